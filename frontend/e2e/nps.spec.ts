import { expect, request, test, type Browser, type Page } from '@playwright/test';
import { adminToken, signInAsAdmin } from './adminSession';
import { setUpChatWorld, type ChatWorld } from './chats';
import { admin } from './people';
import { readServerState } from './server-state';

/**
 * NPS end to end (issue 4) in three real browser contexts against the real server:
 * the admin switches NPS on in Settings; a manager presses Send NPS in a conversation
 * a customer started in the web chat; the customer taps 3 and the admin — the default
 * bot's recipient, who does not follow any deal — sees the critical toast live and the
 * bell's count grow; in another chat the customer taps 10 and is thanked.
 */
const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });

let world: ChatWorld;
let headers: Record<string, string>;

test.beforeAll(async () => {
  world = await setUpChatWorld(server, 'nps');
  headers = { Authorization: `Bearer ${await adminToken(server)}` };
  const api = await request.newContext({ baseURL: server.baseURL });
  try {
    // A known start: NPS off, no cooldown, the default bot (its recipient: the admin).
    expect((await api.put('/api/v1/settings/nps', { headers, data: { enabled: false, cooldown_days: 0 } })).ok()).toBe(true);
    const bots = await (await api.get('/api/v1/bots', { headers })).json();
    const bot = bots.items.find((b: { kind?: string }) => b.kind === 'nps') ?? bots.items[0];
    expect((await api.post(`/api/v1/bots/${bot.id}/restore-default`, { headers })).ok()).toBe(true);
  } finally {
    await api.dispose();
  }
});

test.afterAll(async () => {
  const api = await request.newContext({ baseURL: server.baseURL });
  await api.put('/api/v1/settings/nps', { headers, data: { enabled: false } });
  await api.dispose();
});

/** startChat opens the web chat in a new customer context and writes the first message. */
async function startChat(browser: Browser, name: string, text: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.baseURL, locale: 'en-US' });
  const customer = await context.newPage();
  await customer.goto(`/chat/${world.channelKey}`);
  await expect(customer.getByRole('heading', { name: world.channelName })).toBeVisible();
  await customer.getByLabel('Your name').fill(name);
  const box = customer.getByRole('textbox', { name: 'Message' });
  await box.fill(text);
  await box.press('Enter');
  await expect(customer.getByRole('log', { name: 'Messages' }).getByText(text)).toBeVisible();
  return customer;
}

/** sendNpsFromInbox opens the customer's conversation and presses Send NPS. */
async function sendNpsFromInbox(manager: Page, name: string): Promise<string> {
  await manager.goto('/inbox');
  const row = manager.getByRole('link', { name: new RegExp(name) });
  await row.click();
  await expect(manager).toHaveURL(/\/inbox\/\d+$/);
  const id = manager.url().match(/\/inbox\/(\d+)$/)![1];
  await manager.getByRole('button', { name: 'Send NPS' }).click();
  await expect(manager.getByRole('status').filter({ hasText: `NPS survey sent to ${name}` })).toBeVisible();
  await expect(manager.getByTestId('nps-state')).toHaveText('NPS: waiting for the answer');
  return id;
}

test('admin switches NPS on, a manager sends it, a 3 alerts the admin live, a 10 is thanked', async ({ browser }) => {
  const run = Date.now().toString(36);
  const adminContext = await browser.newContext({ baseURL: server.baseURL, locale: 'en-US' });
  await signInAsAdmin(adminContext, server);
  const adminPage = await adminContext.newPage();
  const managerContext = await browser.newContext({
    baseURL: server.baseURL,
    locale: 'en-US',
    storageState: world.managerState,
  });
  const manager = await managerContext.newPage();

  // With NPS off, the manager's conversations show no Send NPS.
  const unhappy = `Uma ${run}`;
  const customer = await startChat(browser, unhappy, 'My parcel is late again');
  await manager.goto('/inbox');
  await manager.getByRole('link', { name: new RegExp(unhappy) }).click();
  await expect(manager.getByRole('log', { name: 'Messages' }).getByText('My parcel is late again')).toBeVisible();
  await expect(manager.getByRole('button', { name: 'Send NPS' })).toHaveCount(0);

  // The admin switches NPS on in Settings → Chats and messengers.
  await adminPage.goto('/settings/channels');
  const toggle = adminPage.getByRole('switch', { name: 'NPS' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect(adminPage.getByTestId('nps-summary')).toHaveText(
    `Scores of 6 or lower alert ${admin.name}; higher scores get a thank-you.`,
  );
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(adminPage.getByRole('status').filter({ hasText: 'NPS is on' })).toBeVisible();
  await expect(adminPage.locator('[data-connection=online]')).toBeVisible();

  // Send NPS appears live in the manager's open conversation.
  await expect(manager.getByRole('button', { name: 'Send NPS' })).toBeVisible();

  const unread: number = (await (await adminPage.request.get('/api/v1/notifications?unread=true', { headers })).json())
    .unread_count;
  const id = await sendNpsFromInbox(manager, unhappy);

  // A second press while the survey waits is refused in words.
  await manager.getByRole('button', { name: 'Send NPS' }).click();
  await expect(manager.getByRole('status').filter({ hasText: 'still waiting for the customer’s answer' })).toBeVisible();

  // The customer taps 3.
  const customerLog = customer.getByRole('log', { name: 'Messages' });
  await customerLog.getByRole('button', { name: '3', exact: true }).click();

  // The admin, on another page, sees the critical alert at once and the bell grow.
  const toast = adminPage.getByRole('status').filter({ hasText: 'Critical NPS score' });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText(unhappy);
  await expect(adminPage.getByRole('button', { name: `Notifications, unread: ${unread + 1}` })).toBeVisible();
  // The manager sees the answer in the conversation, coloured as a detractor.
  await expect(manager.getByTestId('nps-state')).toContainText('NPS: 3');
  await expect(manager.getByTestId('nps-state')).toHaveClass(/is-detractor/);
  // The toast leads straight to the conversation.
  await toast.getByRole('button', { name: 'Open' }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/inbox/${id}$`));

  // Another chat: a 10 gets the thank-you and no alert.
  const happy = `Hana ${run}`;
  const second = await startChat(browser, happy, 'All good, thanks!');
  await sendNpsFromInbox(manager, happy);
  const secondLog = second.getByRole('log', { name: 'Messages' });
  await secondLog.getByRole('button', { name: '10', exact: true }).click();
  await expect(secondLog.getByText('Thank you for your rating!')).toBeVisible();
  await expect(manager.getByTestId('nps-state')).toContainText('NPS: 10');
  await expect(manager.getByTestId('nps-state')).toHaveClass(/is-promoter/);
  await expect(adminPage.getByRole('button', { name: `Notifications, unread: ${unread + 1}` })).toBeVisible();

  await Promise.all([adminContext.close(), managerContext.close(), customer.context().close(), second.context().close()]);
});
