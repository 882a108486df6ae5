import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, request, test, type Page } from '@playwright/test';
import { adminToken, writeSignedInState } from './adminSession';
import { readServerState, type ServerState } from './server-state';

/**
 * The chats part of the screenshot tour (@screens): the inbox, cards, Settings →
 * Chats and messengers, and the customer's web chat (page, phone, widget), in English
 * and Russian, light and dark. screens.spec.ts registers it; `npm run screens` runs it.
 * It seeds its own conversations through the API, so it needs nothing from the rest.
 */

const OUT = process.env.NPSDESK_SCREENS_DIR ?? '/tmp/npsdesk-screens';
const LANGS = ['en', 'ru'] as const;
type Lang = (typeof LANGS)[number];

interface Visitor {
  conversation_id: number;
  visitor_token: string;
}

interface Seeded {
  channelKey: string;
  anna: Visitor;
  chen: Visitor;
  tom: Visitor;
  dealId: number;
  annaContactId: number;
}

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
}

async function useLang(page: Page, lang: Lang) {
  await page.addInitScript((value) => window.localStorage.setItem('npsdesk.lang', value), lang);
}

/** seed builds a believable inbox: five customers, replies, a survey, cards. */
async function seed(server: ServerState, signedInState: string): Promise<Seeded> {
  const token = await adminToken(server);
  writeSignedInState(server, token, signedInState);
  const headers = { Authorization: `Bearer ${token}` };
  const api = await request.newContext({ baseURL: server.baseURL });
  const me = await (await api.get('/api/v1/me', { headers })).json();
  const users: { id: number; name: string }[] = (await (await api.get('/api/v1/users', { headers })).json()).items;
  const olga = users.find((u) => u.name.startsWith('Olga')) ?? me;
  const channels = (await (await api.get('/api/v1/channels', { headers })).json()).items;
  const channelKey: string = channels[0].public_key;

  const start = async (contact: { name: string; email?: string; phone?: string }): Promise<Visitor> => {
    const res = await api.post(`/api/v1/public/channels/${channelKey}/conversations`, { data: contact });
    expect(res.status()).toBe(201);
    return res.json();
  };
  const says = async (v: Visitor, text: string) => {
    const res = await api.post(`/api/v1/public/conversations/${v.conversation_id}/messages`, {
      headers: { Authorization: `Bearer ${v.visitor_token}` },
      data: { text },
    });
    expect(res.status()).toBe(201);
  };
  const reply = async (v: Visitor, text: string) => {
    const res = await api.post(`/api/v1/conversations/${v.conversation_id}/messages`, { headers, data: { text } });
    expect(res.status()).toBe(201);
  };
  const survey = async (v: Visitor) =>
    (await api.post(`/api/v1/conversations/${v.conversation_id}/nps`, { headers })).status() === 201;
  const contactOf = async (v: Visitor): Promise<number> =>
    (await (await api.get(`/api/v1/conversations/${v.conversation_id}`, { headers })).json()).contact_id;

  await api.put('/api/v1/settings/nps', { headers, data: { enabled: true } });

  const tom = await start({ name: 'Tom Becker', email: 'tom.becker@example.com' });
  await says(tom, 'Got the chairs today, all good. <b>Thanks!</b>');
  await reply(tom, 'Wonderful, enjoy them!');
  if (await survey(tom)) await says(tom, '9');
  await api.patch(`/api/v1/conversations/${tom.conversation_id}`, { headers, data: { status: 'closed' } });

  const chen = await start({ name: 'Chen Wei', email: 'chen.wei@example.com' });
  await says(chen, 'Can I change the delivery address for the office chairs?');
  await reply(chen, 'Of course — send me the new address and I’ll update the order.');

  const maria = await start({ name: 'Maria Garcia', phone: '+34 612 345 678' });
  await says(maria, 'Hello!');
  await says(maria, 'Is the spring sale still on? I’d like two of the oak side tables.');

  const ivan = await start({ name: 'Иван Соколов' });
  await says(ivan, 'Здравствуйте! Доставляете в Казань?');

  const anna = await start({ name: 'Anna Petrova', email: 'anna.petrova@example.com', phone: '+7 912 555-01-23' });
  await says(anna, 'Hi! I ordered a blue armchair last week and it still hasn’t shipped.');
  await reply(anna, 'Hi Anna! Let me check with the warehouse — one moment.');
  await says(anna, 'Thank you! It’s order #4821.');
  await says(anna, 'Here’s the one I mean: https://example.com/catalog/armchair-blue');
  await reply(anna, 'Found it. It ships tomorrow morning, and you’ll get a tracking link by email.\nSorry for the wait!');
  await says(anna, 'Great, thanks so much!');
  await survey(anna);

  const annaContactId = await contactOf(anna);
  const deal = await api.post('/api/v1/deals', {
    headers,
    data: { name: 'Blue armchair, order #4821', contact_id: annaContactId, responsible_user_id: olga.id, subscriber_ids: [me.id, olga.id] },
  });
  expect(deal.status()).toBe(201);
  const dealId: number = (await deal.json()).id;
  await api.patch(`/api/v1/conversations/${anna.conversation_id}`, { headers, data: { card_type: 'deal', card_id: dealId } });
  await api.post('/api/v1/deals', {
    headers,
    data: { name: 'Office chairs × 12', contact_id: await contactOf(chen), responsible_user_id: me.id, subscriber_ids: [] },
  });
  await api.post('/api/v1/customers', {
    headers,
    data: { name: 'Garcia Interiors', contact_id: await contactOf(maria), responsible_user_id: olga.id, subscriber_ids: [olga.id] },
  });
  await api.dispose();
  return { channelKey, anna, chen, tom, dealId, annaContactId };
}

async function openConversation(page: Page, name: string) {
  await page.locator('.conv-row', { hasText: name }).click();
  await expect(page.locator('.thread .msg').first()).toBeVisible();
}

/** remember makes the chat page open a seeded customer's conversation, as their browser would. */
async function remember(page: Page, key: string, visitor: Visitor) {
  await page.addInitScript(
    ([k, v]) => window.localStorage.setItem(`npsdesk.chat.${k}`, v),
    [key, JSON.stringify(visitor)] as const,
  );
}

async function serveHostPage(html: string) {
  const host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(host.address() as AddressInfo).port}/`, close: () => host.close() };
}

/** registerChatScreens adds the chats tour to the file that calls it. */
export function registerChatScreens(): void {
  const server = readServerState();
  const signedIn = `${server.tmpDir}/screens-chats-admin.json`;
  let data: Seeded;

  test.describe('chats tour', () => {
    test.describe.configure({ mode: 'serial' });
    test.use({ baseURL: server.baseURL });

    test('@screens chats: seed', async () => {
      mkdirSync(OUT, { recursive: true });
      data = await seed(server, signedIn);
    });

    test.describe('wide', () => {
      test.use({ storageState: signedIn, viewport: { width: 1440, height: 900 } });

      test('@screens chats: inbox, cards, channels', async ({ page }) => {
        for (const lang of LANGS) {
          await useLang(page, lang);
          await page.goto('/inbox');
          await openConversation(page, 'Anna Petrova');
          await shot(page, `${lang}-c01-inbox`);
          await page.locator('.side-attach').click();
          await expect(page.locator('dialog .pick-list, dialog input[name=name]').first()).toBeVisible();
          await shot(page, `${lang}-c02-attach`);
          await page.keyboard.press('Escape');
          await page.locator('.segmented-item').nth(1).click();
          await openConversation(page, 'Tom Becker');
          await shot(page, `${lang}-c03-inbox-closed`);

          await page.goto('/cards');
          await expect(page.locator('table')).toBeVisible();
          await shot(page, `${lang}-c04-deals`);
          await page.goto('/cards?tab=contacts');
          await expect(page.locator('table')).toBeVisible();
          await shot(page, `${lang}-c05-contacts`);
          await page.goto(`/cards/deals/${data.dealId}`);
          await expect(page.locator('.conv-link').first()).toBeVisible();
          await shot(page, `${lang}-c06-deal`);
          await page.locator('.page-actions .btn-secondary').last().click();
          await shot(page, `${lang}-c07-edit-deal`);
          await page.keyboard.press('Escape');
          await page.goto(`/cards/contacts/${data.annaContactId}`);
          await expect(page.locator('.card-link').first()).toBeVisible();
          await shot(page, `${lang}-c08-contact`);
          await page.goto('/cards?tab=customers');
          await page.locator('.page-actions .btn-primary').click();
          await shot(page, `${lang}-c09-new-customer`);
          await page.keyboard.press('Escape');

          await page.goto('/settings/channels');
          await expect(page.locator('.channel-card').first()).toBeVisible();
          await shot(page, `${lang}-c10-channels`);
          await page.locator('.channel-actions .btn-danger-text').first().click();
          await shot(page, `${lang}-c11-rotate`);
          await page.keyboard.press('Escape');
        }
      });

      test('@screens chats: empty conversation pane and unknown conversation', async ({ page }) => {
        await useLang(page, 'en');
        await page.goto('/inbox');
        await expect(page.locator('.conv-row').first()).toBeVisible();
        await shot(page, 'en-c12-inbox-nothing-open');
        await page.goto('/inbox/99999');
        await expect(page.locator('.empty-state')).toBeVisible();
        await shot(page, 'en-c13-inbox-not-found');
      });
    });

    test.describe('live', () => {
      test.use({ storageState: signedIn, viewport: { width: 1440, height: 720 } });

      test('@screens chats: a new message while reading older ones', async ({ page }) => {
        await useLang(page, 'en');
        await page.goto('/inbox');
        await openConversation(page, 'Anna Petrova');
        await expect(page.locator('[data-connection=online]')).toBeVisible();
        // Scroll events are dispatched at the next frame; send one now, so the thread
        // knows the reader left the bottom before the new messages arrive.
        await page.locator('.thread').evaluate((el) => {
          el.scrollTop = 0;
          el.dispatchEvent(new Event('scroll'));
        });
        const api = await request.newContext({ baseURL: server.baseURL });
        for (const [visitor, text] of [
          [data.anna, 'One more question: can I pay on delivery?'],
          [data.chen, 'Here it is: 12 Harbour Street, Floor 3.'],
        ] as const) {
          await api.post(`/api/v1/public/conversations/${visitor.conversation_id}/messages`, {
            headers: { Authorization: `Bearer ${visitor.visitor_token}` },
            data: { text },
          });
        }
        await api.dispose();
        await expect(page.locator('.new-pill')).toBeVisible();
        await expect(page.locator('.conv-flash').first()).toBeVisible();
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${OUT}/en-c16-inbox-live.png` });
      });
    });

    test.describe('laptop', () => {
      test.use({ storageState: signedIn, viewport: { width: 1100, height: 760 } });

      test('@screens chats: two panes and the details drawer', async ({ page }) => {
        await useLang(page, 'en');
        await page.goto('/inbox');
        await openConversation(page, 'Maria Garcia');
        await shot(page, 'en-c14-inbox-laptop');
        await page.locator('.thread-details-toggle').click();
        await shot(page, 'en-c15-inbox-laptop-details');
      });
    });

    test.describe('phone', () => {
      test.use({ storageState: signedIn, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

      test('@screens chats: phone inbox', async ({ page }) => {
        for (const lang of LANGS) {
          await useLang(page, lang);
          await page.goto('/inbox');
          await expect(page.locator('.conv-row').first()).toBeVisible();
          await shot(page, `${lang}-c20-phone-inbox`);
          await openConversation(page, 'Anna Petrova');
          await shot(page, `${lang}-c21-phone-conversation`);
          await page.goto(`/cards/deals/${data.dealId}`);
          await expect(page.locator('.conv-link').first()).toBeVisible();
          await shot(page, `${lang}-c22-phone-deal`);
          await page.goto('/settings/channels');
          await expect(page.locator('.channel-card').first()).toBeVisible();
          await shot(page, `${lang}-c23-phone-channels`);
        }
      });
    });

    test.describe('customer chat on a phone', () => {
      test('@screens chats: the web chat at 360 px', async ({ browser }) => {
        for (const lang of LANGS) {
          const fresh = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, baseURL: server.baseURL });
          await fresh.goto(`/chat/${data.channelKey}?lang=${lang}`);
          await expect(fresh.locator('.chat-intro')).toBeVisible();
          await shot(fresh, `${lang}-c30-chat-phone-start`);
          await fresh.close();

          const anna = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, baseURL: server.baseURL });
          await remember(anna, data.channelKey, data.anna);
          await anna.goto(`/chat/${data.channelKey}?lang=${lang}`);
          await expect(anna.locator('.msg').first()).toBeVisible();
          await shot(anna, `${lang}-c31-chat-phone-survey`);
          await anna.route('**/api/v1/public/conversations/*/messages', (route) =>
            route.request().method() === 'POST'
              ? route.fulfill({
                  status: 429,
                  headers: { 'Retry-After': '7' },
                  json: { error: { code: 'rate_limited', message: 'slow down' } },
                })
              : route.fallback(),
          );
          await anna.locator('.composer-field').fill('Hello again?');
          await anna.locator('.composer-field').press('Enter');
          await expect(anna.locator('.chat-notice')).toBeVisible();
          await shot(anna, `${lang}-c32-chat-phone-too-fast`);
          await anna.close();
        }
      });
    });

    test.describe('customer chat on a desktop', () => {
      test('@screens chats: the chat page and the widget', async ({ browser }) => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, baseURL: server.baseURL });
        await remember(page, data.channelKey, data.tom);
        await page.goto(`/chat/${data.channelKey}?lang=en`);
        await expect(page.locator('.msg').first()).toBeVisible();
        await shot(page, 'en-c33-chat-desktop');
        await page.goto('/chat/no-such-key?lang=en');
        await expect(page.locator('.chat-status-title')).toBeVisible();
        await shot(page, 'en-c34-chat-unavailable');

        const host = await serveHostPage(`<!doctype html><html><head><title>Oak &amp; Linen</title><style>
          body { margin: 0; font: 16px Georgia, serif; background: #f6f1ea; color: #3b2f2a; }
          header { padding: 28px 48px; background: #3b2f2a; color: #f6f1ea; font-size: 24px; }
          main { padding: 48px; max-width: 720px; } h1 { font-size: 40px; margin: 0 0 16px; }
          button { background: hotpink; border: 4px dashed lime; }
        </style></head><body><header>Oak &amp; Linen — furniture</header><main><h1>Spring sale</h1>
        <p>Solid oak side tables, linen armchairs and everything in between.</p><button>Shop now</button></main>
        <script src="${server.baseURL}/widget.js" data-key="${data.channelKey}" data-lang="en" async></script></body></html>`);
        await page.goto(host.url);
        await expect(page.getByRole('button', { name: 'Open chat' })).toBeVisible();
        await shot(page, 'en-c35-widget-closed');
        await page.getByRole('button', { name: 'Open chat' }).click();
        // This browser remembers Tom's chat (the init script above runs in the frame too).
        await expect(page.frameLocator('iframe').locator('.msg').first()).toBeVisible();
        await shot(page, 'en-c36-widget-open');
        await page.setViewportSize({ width: 390, height: 844 });
        await shot(page, 'en-c37-widget-phone');
        await page.close();
        host.close();
      });
    });

    test.describe('dark', () => {
      test.use({ colorScheme: 'dark', storageState: signedIn, viewport: { width: 1440, height: 900 } });

      test('@screens chats: dark', async ({ page, browser }) => {
        await useLang(page, 'en');
        await page.goto('/inbox');
        await openConversation(page, 'Anna Petrova');
        await shot(page, 'en-c40-dark-inbox');
        await page.goto(`/cards/deals/${data.dealId}`);
        await expect(page.locator('.conv-link').first()).toBeVisible();
        await shot(page, 'en-c41-dark-deal');
        await page.goto('/settings/channels');
        await expect(page.locator('.channel-card').first()).toBeVisible();
        await shot(page, 'en-c42-dark-channels');

        const phone = await browser.newPage({
          viewport: { width: 360, height: 740 },
          colorScheme: 'dark',
          isMobile: true,
          hasTouch: true,
          baseURL: server.baseURL,
        });
        await remember(phone, data.channelKey, data.anna);
        await phone.goto(`/chat/${data.channelKey}?lang=en`);
        await expect(phone.locator('.msg').first()).toBeVisible();
        await shot(phone, 'en-c43-dark-chat-phone');
        await phone.close();
      });
    });
  });
}
