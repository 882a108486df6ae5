import { mkdirSync } from 'node:fs';
import { expect, request, test, type Page } from '@playwright/test';
import { registerChatScreens } from './chatScreens';
import { registerConstructorScreens } from './constructorScreens';
import { registerNpsScreens } from './npsScreens';
import { registerDashboardScreens } from './dashboardScreens';
import { registerIntegrationsScreens } from './integrationsScreens';
import { manager } from './people';
import { readServerState } from './server-state';
import { ensureAdmin } from './team';
import { adminToken, writeSignedInState } from './adminSession';

/**
 * The screenshot tour (@screens): every page in English and Russian, light and
 * dark, wide and phone-sized, saved to /tmp/npsdesk-screens/ for a person to
 * look at. Not a test of behaviour; run it with `npm run screens`.
 */
const server = readServerState();
const OUT = process.env.NPSDESK_SCREENS_DIR ?? '/tmp/npsdesk-screens';
const LANGS = ['en', 'ru'] as const;
type Lang = (typeof LANGS)[number];

const SIGNED_IN = `${server.tmpDir}/screens-admin.json`;

test.use({ baseURL: server.baseURL });
test.describe.configure({ mode: 'serial' });

/** signedIn makes a test's browser start logged in as the admin (no login per test: logins are rate limited). */
const signedIn = { storageState: SIGNED_IN };

const team = [
  { name: 'Olga Smirnova', email: 'olga@example.com', role: 'manager' },
  { name: 'Dmitry Volkov', email: 'dmitry@example.com', role: 'admin' },
  { name: 'Sarah Chen', email: 'sarah@example.com', role: 'manager' },
];

/** ensureTeam creates the admin (when the server is fresh) and a few teammates, through the API. */
async function ensureTeam() {
  await ensureAdmin(server);
  const api = await request.newContext({ baseURL: server.baseURL });
  const token = await adminToken(server);
  const headers = { Authorization: `Bearer ${token}` };
  const existing = await (await api.get('/api/v1/users', { headers })).json();
  const emails = new Set(existing.items.map((u: { email: string }) => u.email));
  for (const person of [...team, { ...manager, role: 'manager' }]) {
    if (emails.has(person.email)) continue;
    await api.post('/api/v1/users', {
      headers,
      data: { ...person, password: 'password-123' },
    });
  }
  const users = await (await api.get('/api/v1/users', { headers })).json();
  const sarah = users.items.find((u: { email: string }) => u.email === 'sarah@example.com');
  if (sarah?.active)
    await api.patch(`/api/v1/users/${sarah.id}`, { headers, data: { active: false } });
  // The tests that start signed in use the admin's shared session.
  writeSignedInState(server, token, SIGNED_IN);
  await api.dispose();
}

async function useLang(page: Page, lang: Lang) {
  await page.addInitScript((value) => window.localStorage.setItem('npsdesk.lang', value), lang);
}

async function shot(page: Page, name: string) {
  // Let entrance animations settle.
  await page.waitForTimeout(350);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
}

/** sampleNotifications stands in for real alerts (the NPS bot that sends them comes later). */
function sampleNotifications(lang: Lang) {
  const now = Date.now();
  const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
  const text =
    lang === 'ru'
      ? [
          'Клиент Иван Петров поставил оценку 3 в разговоре №12',
          'Клиент Анна Орлова поставил(а) оценку 5',
          'Новый сотрудник в команде',
        ]
      : ['Ivan Petrov rated 3 in conversation #12', 'Anna Orlova rated 5', 'A new teammate joined'];
  return [
    {
      id: 3,
      type: 'nps_critical',
      text: text[0],
      conversation_id: 12,
      read: false,
      created_at: ago(2),
    },
    {
      id: 2,
      type: 'nps_critical',
      text: text[1],
      conversation_id: 9,
      read: false,
      created_at: ago(95),
    },
    { id: 1, type: 'info', text: text[2], read: true, created_at: ago(60 * 26) },
  ];
}

test.beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
});

test('@screens setup page', async ({ page }) => {
  const fresh = (await (await page.request.get('/api/v1/setup')).json()).needed;
  for (const lang of LANGS) {
    await useLang(page, lang);
    await page.goto(`/setup?token=${fresh ? server.setupToken : 'x'}`);
    await page.locator('button[type=submit]').click();
    await shot(page, `${lang}-01-setup${fresh ? '' : '-done'}`);
  }
});

test('@screens team', async () => {
  await ensureTeam();
});

test('@screens login', async ({ page }) => {
  for (const lang of LANGS) {
    await useLang(page, lang);
    await page.goto('/login');
    await shot(page, `${lang}-02-login`);
    await page.locator('input[name=email]').fill('nobody@example.com');
    await page.locator('input[name=password]').fill('wrong-password');
    await page.locator('button[type=submit]').click();
    await expect(page.getByRole('alert')).toBeVisible();
    await shot(page, `${lang}-03-login-error`);
  }
});

test.describe('signed in', () => {
  test.use(signedIn);

  test('@screens every page, both languages', async ({ page }) => {
    for (const lang of LANGS) {
      await useLang(page, lang);
      await page.goto('/inbox');
      await expect(page.locator('h1')).toBeVisible();
      await shot(page, `${lang}-04-inbox`);
      for (const [path, name] of [
        ['/cards', '05-cards'],
        ['/dashboard', '06-dashboard'],
        ['/events', '07-events'],
        ['/settings/users', '08-users'],
      ]) {
        await page.goto(path);
        await expect(page.locator('h1').first()).toBeVisible();
        await shot(page, `${lang}-${name}`);
      }
      await page.locator('.page-actions button').click();
      await page.locator('dialog input[name=name]').fill('Nina');
      await page.locator('dialog input[name=email]').fill('nina@');
      await page.locator('dialog button[type=submit]').click();
      await shot(page, `${lang}-09-add-user`);
      await page.keyboard.press('Escape');

      await page.goto('/settings/channels');
      await shot(page, `${lang}-10-channels`);
      await page.goto('/profile');
      await shot(page, `${lang}-11-profile`);
      await page.goto('/nowhere');
      await shot(page, `${lang}-12-not-found`);

      await page.goto('/inbox');
      await page.locator('.user-menu-button').click();
      await shot(page, `${lang}-13-user-menu`);
      await page.keyboard.press('Escape');

      await page.route('**/api/v1/notifications?**', (route) =>
        route.fulfill({ json: { items: sampleNotifications(lang), unread_count: 2 } }),
      );
      await page.reload();
      await page.locator('.bell-button').click();
      await expect(page.locator('.notif').first()).toBeVisible();
      await shot(page, `${lang}-14-notifications`);
      await page.unroute('**/api/v1/notifications?**');
    }
  });

  test('@screens offline banner', async ({ page }) => {
    await useLang(page, 'en');
    await page.routeWebSocket(/\/api\/v1\/ws/, (ws) => ws.close());
    await page.goto('/inbox');
    await expect(page.locator('.conn-banner')).toBeVisible();
    await shot(page, 'en-15-offline');
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('@screens phone login', async ({ page }) => {
    for (const lang of LANGS) {
      await useLang(page, lang);
      await page.goto('/login');
      await shot(page, `${lang}-20-phone-login`);
    }
  });

  test.describe('signed in', () => {
    test.use(signedIn);

    test('@screens phone layout', async ({ page }) => {
      for (const lang of LANGS) {
        await useLang(page, lang);
        await page.goto('/inbox');
        await expect(page.locator('h1')).toBeVisible();
        await shot(page, `${lang}-21-phone-inbox`);
        await page.goto('/settings/users');
        await expect(page.locator('table')).toBeVisible();
        await shot(page, `${lang}-22-phone-users`);
        await page.locator('.bell-button').click();
        await shot(page, `${lang}-23-phone-notifications`);
      }
    });
  });
});

test.describe('dark', () => {
  test.use({ colorScheme: 'dark' });

  test('@screens dark login', async ({ page }) => {
    await useLang(page, 'en');
    await page.goto('/login');
    await shot(page, 'en-30-dark-login');
  });

  test.describe('signed in', () => {
    test.use(signedIn);

    test('@screens dark theme', async ({ page }) => {
      await useLang(page, 'en');
      await page.goto('/inbox');
      await expect(page.locator('h1')).toBeVisible();
      await shot(page, 'en-31-dark-inbox');
      await page.goto('/settings/users');
      await expect(page.locator('table')).toBeVisible();
      await shot(page, 'en-32-dark-users');
      await page.locator('.page-actions button').click();
      await shot(page, 'en-33-dark-add-user');
      await page.keyboard.press('Escape');
      await page.locator('.user-menu-button').click();
      await shot(page, 'en-34-dark-user-menu');
    });
  });
});

// The chats tour (inbox, cards, channels, the customer's web chat) lives in its own file.
registerChatScreens();
registerConstructorScreens();
registerNpsScreens();
registerDashboardScreens();
registerIntegrationsScreens();
