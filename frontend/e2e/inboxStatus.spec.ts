import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { setUpChatWorld, startCustomerChat, type ChatWorld, type StartedChat } from './chats';
import { readServerState } from './server-state';

/**
 * The inbox's Open / Closed tabs with the Close and Reopen buttons (and a customer who
 * writes into a closed conversation, which reopens it), and attaching a conversation to
 * an existing deal, then to an existing customer, from the side panel's dialog.
 */
const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US', viewport: { width: 1440, height: 900 } });

let world: ChatWorld;
let api: APIRequestContext;
let run: string;
let managerHeaders: Record<string, string>;

test.beforeAll(async () => {
  world = await setUpChatWorld(server, 'status');
  api = await request.newContext({ baseURL: server.baseURL });
  run = Date.now().toString(36);
  managerHeaders = { Authorization: `Bearer ${world.manager.token}` };
});

test.afterAll(async () => {
  await api.dispose();
});

async function customerSays(v: StartedChat, text: string) {
  const res = await api.post(`/api/v1/public/conversations/${v.conversation_id}/messages`, {
    headers: { Authorization: `Bearer ${v.visitor_token}` },
    data: { text },
  });
  expect(res.status(), await res.text()).toBe(201);
}

async function statusOf(v: StartedChat): Promise<string> {
  const res = await api.get(`/api/v1/conversations/${v.conversation_id}`, { headers: managerHeaders });
  return (await res.json()).status;
}

/** openInbox opens the manager's inbox with the list narrowed to one contact's name. */
async function openInbox(page: Page, name: string) {
  await page.goto('/inbox');
  await page.getByRole('searchbox', { name: 'Search conversations by contact name' }).fill(name);
}

test('a manager closes and reopens a conversation; it moves between the Open and Closed lists, and a customer writing again reopens it', async ({
  browser,
}) => {
  const name = `Olga Closing ${run}`;
  const olga = await startCustomerChat(api, world.channelKey, name);
  await customerSays(olga, 'My parcel is late');

  const context = await browser.newContext({ storageState: world.managerState });
  const page = await context.newPage();
  await openInbox(page, name);
  const tabs = page.getByRole('tablist', { name: 'Conversation status' });
  const openTab = tabs.getByRole('tab', { name: 'Open' });
  const closedTab = tabs.getByRole('tab', { name: 'Closed' });
  const row = page.getByRole('link', { name: new RegExp(name) });
  await expect(openTab).toHaveAttribute('aria-selected', 'true');
  await row.click();
  await expect(page).toHaveURL(new RegExp(`/inbox/${olga.conversation_id}$`));

  const header = page.locator('.thread-header');
  const actions = page.getByRole('group', { name: 'Conversation actions' });
  await expect(header.getByRole('heading', { name })).toBeVisible();
  await expect(header.locator('.conv-status')).toHaveText('Open');

  // Close: the header says so, the thread explains it, and the row leaves the Open list.
  await actions.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByText('Conversation closed.')).toBeVisible();
  await expect(header.locator('.conv-status')).toHaveText('Closed');
  await expect(page.getByText('This conversation is closed. A new message from the customer reopens it.')).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(row).toHaveCount(0);
  expect(await statusOf(olga)).toBe('closed');

  // It is under Closed, with its status, after a reload too.
  await closedTab.click();
  await expect(closedTab).toHaveAttribute('aria-selected', 'true');
  await expect(row).toBeVisible();
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search conversations by contact name' }).fill(name);
  await expect(row).toHaveCount(0); // a fresh page starts on Open
  await closedTab.click();
  await expect(row).toBeVisible();
  await expect(header.locator('.conv-status')).toHaveText('Closed');

  // Reopen: back under Open, gone from Closed.
  await actions.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByText('Conversation reopened.')).toBeVisible();
  await expect(header.locator('.conv-status')).toHaveText('Open');
  await expect(page.getByText('This conversation is closed.', { exact: false })).toHaveCount(0);
  await expect(row).toHaveCount(0);
  await openTab.click();
  await expect(row).toBeVisible();
  expect(await statusOf(olga)).toBe('open');

  // Closed again, then the customer writes: the server reopens it (storage/messages.go,
  // "a customer writing again reopens the chat") and the manager sees that live.
  await actions.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(header.locator('.conv-status')).toHaveText('Closed');
  await closedTab.click();
  await expect(row).toBeVisible();
  await customerSays(olga, 'Hello? It still hasn’t come');
  await expect(row).toHaveCount(0);
  await expect(header.locator('.conv-status')).toHaveText('Open');
  await expect(page.getByRole('log', { name: 'Messages' }).getByText('Hello? It still hasn’t come')).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Close', exact: true })).toBeVisible();
  expect(await statusOf(olga)).toBe('open');
  await openTab.click();
  await expect(row).toBeVisible();
  await context.close();
});

test('a manager attaches a conversation to an existing deal, then to an existing customer; each card lists the chat', async ({
  browser,
}) => {
  const name = `Pavel Attach ${run}`;
  const pavel = await startCustomerChat(api, world.channelKey, name);
  await customerSays(pavel, 'About my kitchen order');
  const conv = await (await api.get(`/api/v1/conversations/${pavel.conversation_id}`, { headers: managerHeaders })).json();
  const me = await (await api.get('/api/v1/me', { headers: managerHeaders })).json();
  const makeCard = async (kind: 'deals' | 'customers', cardName: string, contactId: number) => {
    const res = await api.post(`/api/v1/${kind}`, {
      headers: managerHeaders,
      data: { name: cardName, contact_id: contactId, responsible_user_id: me.id, subscriber_ids: [] },
    });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as { id: number };
  };
  const dealName = `Pavel's kitchen ${run}`;
  const customerName = `Pavel Ltd ${run}`;
  const deal = await makeCard('deals', dealName, conv.contact_id);
  const customer = await makeCard('customers', customerName, conv.contact_id);
  // Another contact's deal, also in the picker, not chosen.
  const other = await startCustomerChat(api, world.channelKey, `Somebody Else ${run}`);
  const otherConv = await (await api.get(`/api/v1/conversations/${other.conversation_id}`, { headers: managerHeaders })).json();
  const otherDealName = `Somebody's deal ${run}`;
  await makeCard('deals', otherDealName, otherConv.contact_id);

  const context = await browser.newContext({ storageState: world.managerState });
  const page = await context.newPage();
  await page.goto(`/inbox/${pavel.conversation_id}`);
  await expect(page.locator('.thread-header').getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('Not attached to a deal or a customer yet.')).toBeVisible();

  /** pick opens the attach dialog and attaches to an existing card of a kind, found by name. */
  const pick = async (button: string, kind: 'Deal' | 'Customer', cardName: string) => {
    await page.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog', { name: 'Attach the conversation' });
    await dialog.getByRole('radiogroup', { name: 'Attach to' }).getByRole('radio', { name: kind }).click();
    await expect(dialog.getByRole('radio', { name: 'Pick an existing one' })).toHaveAttribute('aria-checked', 'true');
    const cards = dialog.getByRole('radiogroup', { name: 'Cards' });
    await expect(cards).toBeVisible();
    const search = dialog.getByRole('searchbox', { name: 'Find by name' });
    if (await search.isVisible()) await search.fill(run);
    const choice = cards.getByRole('radio', { name: new RegExp(cardName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await choice.check();
    await expect(choice).toBeChecked();
    await dialog.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Attached to “${cardName}”.`)).toBeVisible();
  };

  // The picker puts this contact's deal first and marks it; the other contact's deal is there unmarked.
  await page.getByRole('button', { name: 'Attach to a deal / customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Attach the conversation' });
  const search = dialog.getByRole('searchbox', { name: 'Find by name' });
  if (await search.isVisible()) await search.fill(run);
  const items = dialog.getByRole('radiogroup', { name: 'Cards' }).locator('.pick-item');
  await expect(items.filter({ hasText: otherDealName })).toBeVisible();
  await expect(items.first()).toContainText(dealName);
  await expect(items.first()).toContainText('this contact');
  await expect(items.filter({ hasText: otherDealName })).not.toContainText('this contact');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await pick('Attach to a deal / customer', 'Deal', dealName);
  const sideCard = page.locator('.side-card');
  await expect(sideCard).toContainText('Deal');
  await expect(sideCard).toContainText(dealName);
  await expect.poll(async () => (await (await api.get(`/api/v1/conversations/${pavel.conversation_id}`, { headers: managerHeaders })).json()).card_id).toBe(deal.id);

  // The deal's page lists the chat, and it opens the conversation in the inbox.
  await sideCard.click();
  await expect(page).toHaveURL(new RegExp(`/cards/deals/${deal.id}$`));
  await expect(page.getByRole('heading', { name: dealName, level: 1 })).toBeVisible();
  const chats = page.locator('section', { has: page.getByRole('heading', { name: 'Conversations' }) });
  const link = chats.getByRole('link', { name: new RegExp(name) });
  await expect(link).toHaveAttribute('href', `/inbox/${pavel.conversation_id}`);
  await expect(link).toContainText('About my kitchen order');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/inbox/${pavel.conversation_id}$`));

  // Attached elsewhere: to the existing customer; its page lists the chat, the deal's no longer does.
  await pick('Attach elsewhere', 'Customer', customerName);
  await expect(sideCard).toContainText('Customer');
  await expect(sideCard).toContainText(customerName);
  await sideCard.click();
  await expect(page).toHaveURL(new RegExp(`/cards/customers/${customer.id}$`));
  await expect(page.getByRole('heading', { name: customerName, level: 1 })).toBeVisible();
  await expect(chats.getByRole('link', { name: new RegExp(name) })).toHaveAttribute('href', `/inbox/${pavel.conversation_id}`);
  await page.goto(`/cards/deals/${deal.id}`);
  await expect(page.getByRole('heading', { name: dealName, level: 1 })).toBeVisible();
  await expect(chats.getByText('No conversations attached yet. Attach one from the Inbox.')).toBeVisible();
  await context.close();
});
