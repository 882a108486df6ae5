import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, request, test, type Page } from '@playwright/test';
import { setUpChatWorld, type ChatWorld } from './chats';
import { readServerState } from './server-state';

const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US' });

let world: ChatWorld;
test.beforeAll(async () => {
  world = await setUpChatWorld(server, 'chat');
});

const XSS = '<img src=x onerror=alert(1)>';

/** serveShopPage serves one HTML page on a free loopback port: a stand-in for the team's site. */
async function serveShopPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const shop = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  const { port } = shop.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => shop.close(() => resolve())),
  };
}

/** showDetails opens the contact panel where the screen is too narrow to show it beside the thread. */
async function showDetails(page: Page) {
  const toggle = page.getByRole('button', { name: 'Show contact details' });
  if (await toggle.isVisible()) await toggle.click();
}

/** noDialogs records every alert/confirm a page opens: none may fire. */
function noDialogs(...pages: Page[]): string[] {
  const fired: string[] = [];
  for (const page of pages) {
    page.on('dialog', (dialog) => {
      fired.push(dialog.message());
      dialog.dismiss().catch(() => undefined);
    });
  }
  return fired;
}

test('a customer and a manager chat live, attach the chat to a new deal, and reloads keep it all', async ({
  browser,
}) => {
  const customerContext = await browser.newContext({ baseURL: server.baseURL, locale: 'en-US' });
  const managerContext = await browser.newContext({
    baseURL: server.baseURL,
    locale: 'en-US',
    storageState: world.managerState,
  });
  const customer = await customerContext.newPage();
  const manager = await managerContext.newPage();
  const dialogs = noDialogs(customer, manager);
  const customerName = `Carol ${Date.now().toString(36)}`;
  const dealName = `Carol's spring order ${Date.now().toString(36)}`;

  // The manager watches the inbox; the customer's new conversation must appear in it live.
  await manager.goto('/inbox');
  await expect(manager.locator('[data-connection=online]')).toBeVisible();

  await customer.goto(`/chat/${world.channelKey}`);
  await expect(customer.getByRole('heading', { name: world.channelName })).toBeVisible();
  await customer.getByLabel('Your name').fill(customerName);
  const customerBox = customer.getByRole('textbox', { name: 'Message' });
  await customerBox.fill('Hello, I need help with my order');
  await customerBox.press('Enter');
  const customerLog = customer.getByRole('log', { name: 'Messages' });
  await expect(customerLog.getByText('Hello, I need help with my order')).toBeVisible();

  const row = manager.getByRole('link', { name: new RegExp(customerName) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Hello, I need help with my order');
  await row.click();
  await expect(manager).toHaveURL(/\/inbox\/\d+$/);
  const managerLog = manager.getByRole('log', { name: 'Messages' });
  await expect(managerLog.getByText('Hello, I need help with my order')).toBeVisible();

  // Manager → customer, live.
  const managerBox = manager.getByRole('textbox', { name: 'Message' });
  await managerBox.fill('Hi! Let me check that for you.');
  await manager.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(managerLog.getByText('Hi! Let me check that for you.')).toBeVisible();
  await expect(customerLog.getByText('Hi! Let me check that for you.')).toBeVisible();

  // Customer → manager, live, into the open conversation.
  await customerBox.fill('Thanks!');
  await customer.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(managerLog.getByText('Thanks!', { exact: true })).toBeVisible();

  // Markup in a message is text on both sides, never run.
  await customerBox.fill(XSS);
  await customerBox.press('Enter');
  await expect(customerLog.getByText(XSS, { exact: true })).toBeVisible();
  await expect(managerLog.getByText(XSS, { exact: true })).toBeVisible();
  await expect(manager.locator('.thread img')).toHaveCount(0);
  await expect(customer.locator('.thread img')).toHaveCount(0);

  // Attach the conversation to a new deal, from the contact panel.
  await showDetails(manager);
  const panel = manager.getByRole('complementary', { name: 'Contact' });
  await expect(panel.getByRole('heading', { name: customerName })).toBeVisible();
  await panel.getByRole('button', { name: 'Attach to a deal / customer' }).click();
  const dialog = manager.getByRole('dialog', { name: 'Attach the conversation' });
  await dialog.getByRole('radio', { name: 'Create a new one' }).click();
  await dialog.getByLabel('Name').fill(dealName);
  await dialog.getByRole('button', { name: 'Create and attach' }).click();
  await expect(dialog).toBeHidden();
  const dealLink = panel.getByRole('link', { name: new RegExp(dealName) });
  await expect(dealLink).toBeVisible();
  await expect(dealLink).toContainText(world.manager.name);

  // Reload both sides: the conversation, its history and the deal are all still there.
  await customer.reload();
  await expect(customerLog.getByText('Hi! Let me check that for you.')).toBeVisible();
  await expect(customerLog.getByText(XSS, { exact: true })).toBeVisible();
  await expect(customer.getByLabel('Your name')).toHaveCount(0);
  await manager.reload();
  await expect(managerLog.getByText('Thanks!', { exact: true })).toBeVisible();
  await showDetails(manager);
  await expect(dealLink).toBeVisible();

  // Still live after the reloads.
  await expect(customer.getByText('We’ll reply right here')).toBeVisible();
  await managerBox.fill('Your order ships tomorrow.');
  await managerBox.press('Enter');
  await expect(customerLog.getByText('Your order ships tomorrow.')).toBeVisible();

  // The deal's page lists the conversation.
  await dealLink.click();
  await expect(manager.getByRole('heading', { name: dealName, level: 1 })).toBeVisible();
  await expect(manager.getByRole('main').getByRole('link', { name: new RegExp(customerName) }).first()).toBeVisible();

  expect(dialogs).toEqual([]);
  await customerContext.close();
  await managerContext.close();
});

test('the widget on another site opens the chat in an isolated frame and chats', async ({ page }) => {
  const dialogs = noDialogs(page);
  // The team's own site: another origin (its own port), with hostile CSS that must
  // not reach the widget. A real server, not a routed page: Chromium lets only a page
  // on the loopback address load a script from another loopback address.
  const shop = await serveShopPage(`<!doctype html><html><head><title>Shop</title><style>
      * { font-family: serif !important; }
      button { display: none !important; }
      div, iframe { display: none !important; }
    </style></head><body><h1>Welcome to the shop</h1>
    <script src="${server.baseURL}/widget.js" data-key="${world.channelKey}" data-lang="en" async></script>
    </body></html>`);
  await page.goto(shop.url);
  await expect(page.getByRole('heading', { name: 'Welcome to the shop' })).toBeVisible();
  await page.getByRole('button', { name: 'Open chat' }).click();

  const chat = page.frameLocator('iframe[title="Chat"]');
  await expect(chat.getByRole('heading', { name: world.channelName })).toBeVisible();
  const box = chat.getByRole('textbox', { name: 'Message' });
  await box.fill('Hi from the widget');
  await box.press('Enter');
  await expect(chat.getByRole('log').getByText('Hi from the widget')).toBeVisible();

  // The team answers (through the API); the widget shows it live.
  const api = await request.newContext({ baseURL: server.baseURL });
  const headers = { Authorization: `Bearer ${world.manager.token}` };
  // The frame's conversation: the newest one that says so (the bubble shows before the
  // server has stored it, so ask until it has).
  let conversation: { id: number } | undefined;
  await expect
    .poll(async () => {
      const inbox = await (await api.get('/api/v1/conversations', { headers })).json();
      conversation = inbox.items.find((c: { last_message: string }) => c.last_message === 'Hi from the widget');
      return conversation !== undefined;
    })
    .toBe(true);
  const reply = await api.post(`/api/v1/conversations/${conversation!.id}/messages`, {
    headers,
    data: { text: 'Hello from the team!' },
  });
  expect(reply.status()).toBe(201);
  await api.dispose();
  await expect(chat.getByRole('log').getByText('Hello from the team!')).toBeVisible();

  // The chat's own close button folds the panel; the launcher opens it again, same conversation.
  await chat.getByRole('button', { name: 'Close the chat' }).click();
  await expect(page.getByRole('button', { name: 'Open chat' })).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: 'Open chat' }).click();
  await expect(chat.getByRole('log').getByText('Hello from the team!')).toBeVisible();
  expect(dialogs).toEqual([]);
  await shop.close();
});

test('a chat link with an unknown key says the chat is not available', async ({ page }) => {
  await page.goto('/chat/no-such-key');
  await expect(page.getByRole('heading', { name: 'This chat isn’t available' })).toBeVisible();
});
