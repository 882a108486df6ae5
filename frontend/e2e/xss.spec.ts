import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { adminToken, signInAsAdmin } from './adminSession';
import { startCustomerChat } from './chats';
import { switchNpsOn } from './npsSwitch';
import { readServerState } from './server-state';

/**
 * XSS in the notification center (issue item: markup in names and texts is rendered
 * as text). A customer whose name is markup answers an NPS survey with a critical 3;
 * the admin — the default bot's recipient — gets the toast live and the entry in the
 * bell's list: both show the name as literal text, no element is made of it, and the
 * markup's script never runs. The inbox, the widget and the constructor are covered by
 * chat.spec.ts and constructor.spec.ts.
 */
const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });

let headers: Record<string, string>;
let api: APIRequestContext;
let channelKey: string;
let restoreNps: () => Promise<void>;

test.beforeAll(async () => {
  headers = { Authorization: `Bearer ${await adminToken(server)}` };
  api = await request.newContext({ baseURL: server.baseURL });
  const channel = await api.post('/api/v1/channels', {
    headers,
    data: { name: `XSS test ${Date.now().toString(36)}`, type: 'web' },
  });
  expect(channel.status()).toBe(201);
  channelKey = (await channel.json()).public_key;

  // Remember the NPS switch and the bot, then: NPS on, no cooldown, the default bot
  // (its critical alert goes to the admin).
  ({ restore: restoreNps } = await switchNpsOn(api, headers));
});

test.afterAll(async () => {
  await restoreNps();
  await api.dispose();
});

test('a customer name with markup is text in the critical toast and the bell’s list', async ({ browser }) => {
  const run = Date.now().toString(36);
  const name = `<img src=x onerror=window.__xss=1> ${run}`;

  const adminContext = await browser.newContext({ baseURL: server.baseURL, locale: 'en-US' });
  await signInAsAdmin(adminContext, server);
  const adminPage = await adminContext.newPage();
  await adminPage.goto('/dashboard');
  await expect(adminPage.locator('[data-connection=online]')).toBeVisible();
  const unread: number = (await (await api.get('/api/v1/notifications?unread=true', { headers })).json())
    .unread_count;

  // The customer starts a chat under that name, the team sends NPS, the customer taps 3.
  const { conversation_id: id, visitor_token: visitor } = await startCustomerChat(api, channelKey, name);
  const visitorHeaders = { Authorization: `Bearer ${visitor}` };
  const messages = `/api/v1/public/conversations/${id}/messages`;
  expect((await api.post(messages, { headers: visitorHeaders, data: { text: 'Hello' } })).status()).toBe(201);
  const sent = await api.post(`/api/v1/conversations/${id}/nps`, { headers });
  expect(sent.status(), await sent.text()).toBe(201);
  expect((await api.post(messages, { headers: visitorHeaders, data: { text: '3' } })).status()).toBe(201);

  // The toast: the name as literal text, no element made of it.
  const toast = adminPage.getByRole('status').filter({ hasText: 'Critical NPS score' }).filter({ hasText: run });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText(name);
  await expect(toast.locator('img')).toHaveCount(0);

  // The bell's list: the same.
  const bell = adminPage.getByRole('button', { name: `Notifications, unread: ${unread + 1}` });
  await expect(bell).toBeVisible();
  await bell.click();
  const panel = adminPage.getByRole('region', { name: 'Notifications' });
  const entry = panel.getByRole('listitem').filter({ hasText: run });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(`Critical NPS score 3 from ${name} in conversation #${id}`);
  await expect(entry.locator('img')).toHaveCount(0);

  // After a reload the list comes from the API, not the live frame: still text.
  await adminPage.reload();
  await adminPage.getByRole('button', { name: /^Notifications/ }).click();
  const reloaded = adminPage.getByRole('region', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: run });
  await expect(reloaded).toContainText(name);
  await expect(reloaded.locator('img')).toHaveCount(0);

  // Nowhere on the page did the markup become an element, and its handler never ran.
  await expect(adminPage.locator('img[src="x"]')).toHaveCount(0);
  expect(await adminPage.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await adminContext.close();
});
