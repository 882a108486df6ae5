import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { adminToken, signInAsAdmin } from './adminSession';
import { setUpChatWorld, startCustomerChat, type ChatWorld } from './chats';
import { switchNpsOn } from './npsSwitch';
import { ensureAdmin } from './team';
import { readServerState } from './server-state';

/**
 * The notification center (issue 4): an administrator who was not looking finds the
 * critical NPS alerts under the bell — the list, the unread filter, mark one read, mark
 * all read, and a click that opens the conversation. The alerts are real: customers
 * answer NPS surveys with a 2 through the API and the default bot alerts the admin.
 */
const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });

let api: APIRequestContext;
let headers: Record<string, string>;
let world: ChatWorld;
let restoreNps: () => Promise<void>;

test.beforeAll(async () => {
  await ensureAdmin(server);
  world = await setUpChatWorld(server, 'notif');
  headers = { Authorization: `Bearer ${await adminToken(server)}` };
  api = await request.newContext({ baseURL: server.baseURL });
  ({ restore: restoreNps } = await switchNpsOn(api, headers));
});

test.afterAll(async () => {
  await restoreNps();
  await api.dispose();
});

/** criticalAlert: a customer starts a chat, the manager sends NPS, the customer answers 2. */
async function criticalAlert(name: string): Promise<number> {
  const { conversation_id: id, visitor_token: visitor } = await startCustomerChat(api, world.channelKey, name);
  const sent = await api.post(`/api/v1/conversations/${id}/nps`, {
    headers: { Authorization: `Bearer ${world.manager.token}` },
  });
  expect(sent.status(), await sent.text()).toBe(201);
  const answer = await api.post(`/api/v1/public/conversations/${id}/messages`, {
    headers: { Authorization: `Bearer ${visitor}` },
    data: { text: '2' },
  });
  expect(answer.status(), await answer.text()).toBe(201);
  return id;
}

test('the bell lists alerts, filters unread, marks one and all read, and opens the conversation', async ({ page }) => {
  // Start from nothing unread, so the counts below are this test's alone.
  expect((await api.post('/api/v1/notifications/read-all', { headers })).status()).toBe(204);
  const run = Date.now().toString(36);
  const names = ['Olga', 'Pavel', 'Rita'].map((n) => `${n} ${run}`);
  const ids: number[] = [];
  for (const name of names) ids.push(await criticalAlert(name));
  await expect
    .poll(async () => (await (await api.get('/api/v1/notifications?unread=true', { headers })).json()).unread_count)
    .toBe(3);

  // Offline while it happened: the admin signs in later and finds them under the bell.
  await signInAsAdmin(page.context(), server);
  await page.goto('/dashboard');
  const bell = page.getByRole('button', { name: 'Notifications, unread: 3', exact: true });
  await expect(bell).toBeVisible();
  await bell.click();
  const panel = page.getByRole('region', { name: 'Notifications' });
  const entry = (name: string) => panel.getByRole('listitem').filter({ hasText: name });
  for (const name of names) await expect(entry(name)).toContainText(`Critical NPS score 2 from ${name}`);
  // Newest first.
  await expect(panel.getByRole('listitem').first()).toContainText(names[2]);

  // The unread filter: older, read alerts of other specs stay out.
  const filter = panel.getByRole('radiogroup', { name: 'Show' });
  await expect(filter.getByRole('radio', { name: 'All' })).toHaveAttribute('aria-checked', 'true');
  await filter.getByRole('radio', { name: 'Unread' }).click();
  await expect(filter.getByRole('radio', { name: 'Unread' })).toHaveAttribute('aria-checked', 'true');
  await expect(panel.getByRole('listitem')).toHaveCount(3);

  // Mark one read: it leaves the unread list, the badge drops.
  await entry(names[1]).getByRole('button', { name: 'Mark read' }).click();
  await expect(entry(names[1])).toHaveCount(0);
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Notifications, unread: 2', exact: true })).toBeVisible();

  // All of them: it is still there, read (no unread dot, no Mark read).
  await filter.getByRole('radio', { name: 'All' }).click();
  await expect(entry(names[1])).toBeVisible();
  await expect(entry(names[1]).getByRole('button', { name: 'Mark read' })).toHaveCount(0);
  await expect(entry(names[0]).getByRole('button', { name: 'Mark read' })).toBeVisible();

  // A click opens the conversation and counts as read.
  await entry(names[0]).getByRole('button', { name: new RegExp(names[0]) }).click();
  await expect(page).toHaveURL(new RegExp(`/inbox/${ids[0]}$`));
  await expect(page.getByRole('button', { name: 'Notifications, unread: 1', exact: true })).toBeVisible();

  // Mark all read, under the unread filter: nothing left.
  await page.getByRole('button', { name: 'Notifications, unread: 1', exact: true }).click();
  await filter.getByRole('radio', { name: 'Unread' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(entry(names[2])).toBeVisible();
  await panel.getByRole('button', { name: 'Mark all read' }).click();
  await expect(panel.getByText('No unread notifications.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();

  // The server agrees, after a reload too.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();
  const left = await (await api.get('/api/v1/notifications?unread=true', { headers })).json();
  expect(left.unread_count).toBe(0);
});
