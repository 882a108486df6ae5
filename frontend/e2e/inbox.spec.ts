import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, request, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { signInAsAdmin } from './adminSession';
import { setUpChatWorld, startCustomerChat, type ChatWorld, type StartedChat } from './chats';
import { readServerState } from './server-state';

/**
 * The inbox and cards beyond the live chat of chat.spec.ts (issue 3): unread counts,
 * search by contact name, infinite scroll up through a long history, subscribing
 * yourself to a card (and being told, or not, about its chats), rotating a channel's
 * public key, and the customer's chat and widget on a phone-sized screen.
 */
const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });

type Visitor = StartedChat;

let world: ChatWorld;
let api: APIRequestContext;
let run: string;
let uma: Visitor;
let viktor: Visitor;
const umaName = () => `Uma Older ${run}`;
const viktorName = () => `Viktor Search ${run}`;
const HISTORY = 90;
const pad = (i: number) => String(i).padStart(3, '0');

/** startChat opens a web chat through the public API. */
const startChat = (name: string): Promise<Visitor> => startCustomerChat(api, world.channelKey, name);

async function customerSays(v: Visitor, text: string) {
  const res = await api.post(`/api/v1/public/conversations/${v.conversation_id}/messages`, {
    headers: { Authorization: `Bearer ${v.visitor_token}` },
    data: { text },
  });
  expect(res.status(), await res.text()).toBe(201);
}

async function teamSays(token: string, v: Visitor, text: string) {
  const res = await api.post(`/api/v1/conversations/${v.conversation_id}/messages`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { text },
  });
  expect(res.status(), await res.text()).toBe(201);
}

/** unreadNotesAbout counts a user's unread notifications about one conversation. */
async function unreadNotesAbout(token: string, v: Visitor): Promise<number> {
  const res = await api.get('/api/v1/notifications?unread=true&limit=100', { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(200);
  const items: { conversation_id?: number }[] = (await res.json()).items;
  return items.filter((n) => n.conversation_id === v.conversation_id).length;
}

/** remember makes the customer's browser open a conversation it started before, as a returning customer's would. */
async function remember(context: BrowserContext, v: Visitor) {
  await context.addInitScript(
    ([k, value]) => window.localStorage.setItem(`npsdesk.chat.${k}`, value),
    [world.channelKey, JSON.stringify(v)] as const,
  );
}

test.beforeAll(async () => {
  world = await setUpChatWorld(server, 'inbox');
  api = await request.newContext({ baseURL: server.baseURL });
  run = Date.now().toString(36);
  uma = await startChat(umaName());
  viktor = await startChat(viktorName());
  // A long history: team messages (the per-conversation limit is the customer's), then
  // three from the customer that nobody has read yet.
  for (let i = 1; i <= HISTORY; i++) await teamSays(world.manager.token, uma, `History ${pad(i)}`);
  for (let i = 1; i <= 3; i++) await customerSays(uma, `Customer ${i} of 3`);
  await customerSays(viktor, 'Hello from Viktor');
});

test.afterAll(async () => {
  await api.dispose();
});

test('the inbox shows unread counts, searches by contact name, and loads older history as the manager scrolls up', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: server.baseURL, locale: 'en-US', storageState: world.managerState, viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto('/inbox');

  // Unread counts on the rows.
  const umaRow = page.getByRole('link', { name: new RegExp(umaName()) });
  const viktorRow = page.getByRole('link', { name: new RegExp(viktorName()) });
  await expect(umaRow.getByLabel('3 unread')).toBeVisible();
  await expect(viktorRow.getByLabel('1 unread')).toBeVisible();

  // Search by contact name (any case, part of the name): only Viktor is left.
  const search = page.getByRole('searchbox', { name: 'Search conversations by contact name' });
  await search.fill(`viktor search ${run}`.toUpperCase());
  await expect(umaRow).toHaveCount(0);
  await expect(viktorRow).toBeVisible();
  await search.press('Escape');
  await expect(umaRow).toBeVisible();

  // Opening the conversation reads it: the badge goes, and stays gone after a reload.
  await umaRow.click();
  await expect(page).toHaveURL(new RegExp(`/inbox/${uma.conversation_id}$`));
  const log = page.getByRole('log', { name: 'Messages' });
  await expect(log.getByText('Customer 3 of 3')).toBeVisible();
  await expect(umaRow.getByLabel(/unread/)).toHaveCount(0);
  await expect
    .poll(async () => {
      const res = await api.get(`/api/v1/conversations/${uma.conversation_id}`, {
        headers: { Authorization: `Bearer ${world.manager.token}` },
      });
      return (await res.json()).unread;
    })
    .toBe(0);
  await page.goto('/inbox');
  await expect(umaRow).toBeVisible();
  await expect(umaRow.getByLabel(/unread/)).toHaveCount(0);
  await expect(viktorRow.getByLabel('1 unread')).toBeVisible();
  await umaRow.click();
  await expect(log.getByText('Customer 3 of 3')).toBeVisible();

  // Only the newest page is loaded: 40 of the 93 messages.
  const newestOnPage = HISTORY + 3 - 40 + 1; // History 054
  await expect(log.getByText(`History ${pad(newestOnPage)}`, { exact: true })).toBeAttached();
  await expect(log.getByText(`History ${pad(newestOnPage - 1)}`, { exact: true })).toHaveCount(0);
  await expect(log.getByText('The conversation starts here')).toHaveCount(0);

  // Scrolling up with the wheel loads the page before, and keeps the reader in place.
  await log.hover();
  await page.mouse.wheel(0, -50_000);
  await expect(log.getByText(`History ${pad(newestOnPage - 1)}`, { exact: true })).toBeAttached();
  await expect(log.getByText(`History ${pad(newestOnPage)}`, { exact: true })).toBeInViewport();
  await expect(log.getByText('History 001', { exact: true })).toHaveCount(0);

  // On up to the start of the conversation.
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, -50_000);
      return log.getByText('History 001', { exact: true }).count();
    })
    .toBe(1);
  await expect(log.getByText('The conversation starts here')).toBeVisible();
  await expect(log.getByText(/^History \d{3}$/)).toHaveCount(HISTORY);

  // A new message elsewhere moves that conversation to the top, counts it and flashes the row (no sound).
  await customerSays(viktor, 'Are you there?');
  await expect(viktorRow.getByLabel('2 unread')).toBeVisible();
  await expect(viktorRow.locator('.conv-flash')).toBeAttached();
  await expect(page.locator('.conv-row').first()).toHaveAttribute('data-conversation', String(viktor.conversation_id));
  await context.close();
});

test('a manager subscribes to a deal and is told about its incoming messages, and not after unsubscribing', async ({ browser }) => {
  const adminToken = await signInAsAdmin(await browser.newContext(), server);
  const admin = await (await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${adminToken}` } })).json();
  const managerHeaders = { Authorization: `Bearer ${world.manager.token}` };
  const conv = await (await api.get(`/api/v1/conversations/${viktor.conversation_id}`, { headers: managerHeaders })).json();
  const dealName = `Viktor's sofa ${run}`;
  const created = await api.post('/api/v1/deals', {
    headers: managerHeaders,
    data: { name: dealName, contact_id: conv.contact_id, responsible_user_id: admin.id, subscriber_ids: [] },
  });
  expect(created.status()).toBe(201);
  const deal = await created.json();
  const attached = await api.patch(`/api/v1/conversations/${viktor.conversation_id}`, {
    headers: managerHeaders,
    data: { card_type: 'deal', card_id: deal.id },
  });
  expect(attached.status()).toBe(200);

  // Not subscribed, not responsible: a message tells the responsible admin only.
  await customerSays(viktor, 'Is the sofa in stock?');
  expect(await unreadNotesAbout(world.manager.token, viktor)).toBe(0);
  expect(await unreadNotesAbout(adminToken, viktor)).toBe(1);

  const context = await browser.newContext({ baseURL: server.baseURL, locale: 'en-US', storageState: world.managerState });
  const page = await context.newPage();
  await page.goto(`/cards/deals/${deal.id}`);
  await expect(page.getByRole('heading', { name: dealName, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Subscribe me' }).click();
  await expect(page.getByText('You’ll be told about new messages in this card’s chats.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unsubscribe me' })).toHaveAttribute('aria-pressed', 'true');

  // Subscribed: the next incoming message reaches the manager too.
  await customerSays(viktor, 'Hello? Anyone?');
  expect(await unreadNotesAbout(world.manager.token, viktor)).toBe(1);
  expect(await unreadNotesAbout(adminToken, viktor)).toBe(2);
  // The team's own replies tell nobody.
  await teamSays(adminToken, viktor, 'Yes, it is in stock.');
  expect(await unreadNotesAbout(world.manager.token, viktor)).toBe(1);

  // Reload: still subscribed. Then unsubscribe: no more notifications.
  await page.reload();
  await page.getByRole('button', { name: 'Unsubscribe me' }).click();
  await expect(page.getByText('You won’t be told about this card’s chats any more.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Subscribe me' })).toHaveAttribute('aria-pressed', 'false');
  await customerSays(viktor, 'Great, I will order it.');
  expect(await unreadNotesAbout(world.manager.token, viktor)).toBe(1);
  expect(await unreadNotesAbout(adminToken, viktor)).toBe(3);
  await context.close();
});

test('an administrator rotates a channel’s key: the old link stops working, the new one works', async ({ page }) => {
  const token = await signInAsAdmin(page.context(), server);
  const name = `Rotating shop ${run}`;
  const created = await api.post('/api/v1/channels', { headers: { Authorization: `Bearer ${token}` }, data: { name, type: 'web' } });
  expect(created.status()).toBe(201);
  const channel: { id: number; public_key: string } = await created.json();
  const oldKey = channel.public_key;

  await page.goto('/settings/channels');
  const card = page.getByRole('article', { name });
  const link = card.getByRole('textbox', { name: 'Chat page' });
  await expect(link).toHaveValue(new RegExp(`/chat/${oldKey}$`));
  await expect(card.getByLabel('Widget for your site')).toContainText(`data-key="${oldKey}"`);

  await card.getByRole('button', { name: 'New key' }).click();
  const dialog = page.getByRole('dialog', { name: `Give “${name}” a new key?` });
  await dialog.getByRole('button', { name: 'Replace the key' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('New key is ready. Update your chat links and widget code.')).toBeVisible();

  const list = await (await api.get('/api/v1/channels', { headers: { Authorization: `Bearer ${token}` } })).json();
  const newKey: string = list.items.find((c: { id: number }) => c.id === channel.id).public_key;
  expect(newKey).not.toBe(oldKey);
  await expect(link).toHaveValue(new RegExp(`/chat/${newKey}$`));
  await expect(card.getByLabel('Widget for your site')).toContainText(`data-key="${newKey}"`);
  await page.reload();
  await expect(link).toHaveValue(new RegExp(`/chat/${newKey}$`));

  const customer = await page.context().browser()!.newPage({ baseURL: server.baseURL, locale: 'en-US' });
  await customer.goto(`/chat/${oldKey}`);
  await expect(customer.getByRole('heading', { name: 'This chat isn’t available' })).toBeVisible();
  await customer.goto(`/chat/${newKey}`);
  await expect(customer.getByRole('heading', { name })).toBeVisible();
  await customer.close();
});

/** expectNoSidewaysScroll checks that a page is no wider than the screen. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test('the customer’s chat page and the widget work on a phone-sized screen', async ({ browser }) => {
  const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, baseURL: server.baseURL, locale: 'en-US' };

  // The chat page at 360 px, reopened by a returning customer.
  const context = await browser.newContext(phone);
  await remember(context, viktor);
  const page = await context.newPage();
  await page.goto(`/chat/${world.channelKey}`);
  await expect(page.getByRole('heading', { name: world.channelName })).toBeVisible();
  const log = page.getByRole('log', { name: 'Messages' });
  await expect(log.getByText('Hello from Viktor')).toBeVisible();
  const box = page.getByRole('textbox', { name: 'Message' });
  await expect(box).toBeInViewport();
  await expectNoSidewaysScroll(page);
  await box.tap();
  await box.fill('Typing on my phone');
  await page.getByRole('button', { name: 'Send', exact: true }).tap();
  await expect(log.getByText('Typing on my phone')).toBeVisible();
  await teamSays(world.manager.token, viktor, 'Got it on the phone too');
  await expect(log.getByText('Got it on the phone too')).toBeInViewport();
  await expectNoSidewaysScroll(page);

  // The widget on a shop page at phone size: the open chat fills the screen.
  const shop = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Shop</title></head>
      <body><h1>Phone shop</h1><script src="${server.baseURL}/widget.js" data-key="${world.channelKey}" data-lang="en" async></script></body></html>`);
  });
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  const shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}/`;
  await page.goto(shopUrl);
  await page.getByRole('button', { name: 'Open chat' }).tap();
  const frame = page.locator('iframe[title="Chat"]');
  await expect(frame).toBeVisible();
  await expect
    .poll(async () => {
      const b = await frame.boundingBox();
      return b && Math.round(b.x) === 0 && Math.round(b.y) === 0 && Math.round(b.width) === 360 && Math.round(b.height) === 740;
    })
    .toBe(true);
  const chat = page.frameLocator('iframe[title="Chat"]');
  await expect(chat.getByRole('log').getByText('Got it on the phone too')).toBeVisible();
  const widgetBox = chat.getByRole('textbox', { name: 'Message' });
  await expect(widgetBox).toBeInViewport();
  await widgetBox.fill('And from the widget');
  await chat.getByRole('button', { name: 'Send', exact: true }).tap();
  await expect(chat.getByRole('log').getByText('And from the widget')).toBeVisible();
  await chat.getByRole('button', { name: 'Close the chat' }).tap();
  await expect(page.getByRole('button', { name: 'Open chat' })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('heading', { name: 'Phone shop' })).toBeVisible();
  await context.close();
  await new Promise((resolve) => shop.close(() => resolve(undefined)));
});
