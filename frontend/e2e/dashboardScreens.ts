import { mkdirSync } from 'node:fs';
import { expect, request, test, type Page } from '@playwright/test';
import { adminToken, writeSignedInState } from './adminSession';
import { startCustomerChat } from './chats';
import { tallShot } from './shots';
import { readServerState } from './server-state';

const OUT = process.env.NPSDESK_SCREENS_DIR ?? '/tmp/npsdesk-screens';
const LANGS = ['en', 'ru'] as const;

async function shot(page: Page, name: string) {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
}

/** seedRatings gives the dashboard something to show: a spread of ratings and a counter widget. */
async function seedRatings(signedIn: string): Promise<void> {
  const server = readServerState();
  const token = await adminToken(server);
  writeSignedInState(server, token, signedIn);
  const headers = { Authorization: `Bearer ${token}` };
  const api = await request.newContext({ baseURL: server.baseURL });
  await api.put('/api/v1/settings/nps', { headers, data: { enabled: true } });
  const channels = (await (await api.get('/api/v1/channels', { headers })).json()).items;
  const key: string = channels[0].public_key;
  const names = ['Анна Петрова', 'Chen Wei', 'Tom Baker', 'Игорь Соколов', 'Maria Garcia', 'Lena Novak', 'Павел Орлов'];
  const scores = [10, 9, 9, 8, 7, 4, 10];
  const run = Date.now().toString(36).slice(-4);
  for (const [i, name] of names.entries()) {
    const v = await startCustomerChat(api, key, `${name} ${run}`);
    if ((await api.post(`/api/v1/conversations/${v.conversation_id}/nps`, { headers })).status() !== 201) continue;
    await api.post(`/api/v1/public/conversations/${v.conversation_id}/messages`, {
      headers: { Authorization: `Bearer ${v.visitor_token}` },
      data: { text: String(scores[i]) },
    });
  }
  const dash = await (await api.get('/api/v1/dashboard', { headers })).json();
  const have = new Set(dash.widgets.map((w: { filter?: { type: string } }) => w.filter?.type));
  for (const [type, title] of [
    ['nps_rating_added', 'New NPS ratings'],
    ['incoming_chat_message', 'Incoming messages'],
  ]) {
    if (!have.has(type)) await api.post('/api/v1/dashboard/widgets', { headers, data: { type: 'events', title, filter: { type } } });
  }
  await api.dispose();
}

/** registerDashboardScreens adds the dashboard and events pages, EN/RU, light/dark. */
export function registerDashboardScreens(): void {
  const server = readServerState();
  const signedIn = `${server.tmpDir}/screens-dash-admin.json`;

  test.describe('dashboard tour', () => {
    test.describe.configure({ mode: 'serial' });
    test.use({ baseURL: server.baseURL });

    test('@screens dashboard: seed', async () => {
      test.setTimeout(120_000);
      mkdirSync(OUT, { recursive: true });
      await seedRatings(signedIn);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`@screens dashboard and events, ${scheme}`, async ({ browser }) => {
        const context = await browser.newContext({ storageState: signedIn, colorScheme: scheme, viewport: { width: 1360, height: 900 } });
        const page = await context.newPage();
        for (const lang of LANGS) {
          await page.addInitScript((value) => window.localStorage.setItem('npsdesk.lang', value), lang);
          await page.goto('/dashboard?period=30d');
          await expect(page.getByTestId('nps-value')).toBeVisible();
          await expect(page.locator('.linechart, .trend .muted').first()).toBeVisible();
          await shot(page, `${lang}-40-dashboard-${scheme}`);
          await page.locator('[data-legend=promoters]').click();
          await expect(page.locator('dialog.drawer .rating-item').first()).toBeVisible();
          await shot(page, `${lang}-41-dashboard-drill-${scheme}`);
          await page.keyboard.press('Escape');
          await page.goto('/events');
          await expect(page.locator('tbody tr').first()).toBeVisible();
          await shot(page, `${lang}-42-events-${scheme}`);
          await page.goto('/events?type=nps_rating_added');
          await expect(page.locator('tbody tr').first()).toBeVisible();
          await shot(page, `${lang}-43-events-nps-${scheme}`);
        }
        await context.close();
      });
    }

    // Phone (touch) and a narrow laptop: the same pages, plus the custom period and the bell.
    const sizes = [
      { tag: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      { tag: 'laptop', viewport: { width: 1024, height: 768 }, isMobile: false, hasTouch: false },
    ] as const;
    for (const size of sizes) {
      for (const scheme of ['light', 'dark'] as const) {
        test(`@screens dashboard and events, ${size.tag}, ${scheme}`, async ({ browser }) => {
          const { tag, ...device } = size;
          const context = await browser.newContext({ storageState: signedIn, colorScheme: scheme, ...device });
          const page = await context.newPage();
          for (const lang of LANGS) {
            await page.addInitScript((value) => window.localStorage.setItem('npsdesk.lang', value), lang);
            await page.goto('/dashboard?period=30d');
            await expect(page.getByTestId('nps-value')).toBeVisible();
            await expect(page.locator('.linechart, .trend .muted').first()).toBeVisible();
            await tallShot(page, `${OUT}/${lang}-44-${tag}-dashboard-${scheme}.png`);
            await page.locator('[data-legend=promoters]').click();
            await expect(page.locator('dialog.drawer .rating-item').first()).toBeVisible();
            await tallShot(page, `${OUT}/${lang}-45-${tag}-dashboard-drill-${scheme}.png`);
            await page.keyboard.press('Escape');
            await page.goto('/dashboard?period=custom&from=2026-01-01&to=2026-01-31');
            await expect(page.getByTestId('nps-value')).toBeVisible();
            await tallShot(page, `${OUT}/${lang}-46-${tag}-dashboard-custom-${scheme}.png`);
            await page.goto('/events');
            await expect(page.locator('tbody tr, .event-card').first()).toBeVisible();
            await tallShot(page, `${OUT}/${lang}-47-${tag}-events-${scheme}.png`);
            await page.goto('/events?type=nps_rating_added');
            await expect(page.locator('tbody tr, .event-card').first()).toBeVisible();
            await tallShot(page, `${OUT}/${lang}-48-${tag}-events-nps-${scheme}.png`);
            await page.locator('.page-actions .btn-primary').click();
            await expect(page.locator('dialog[open] input')).toBeVisible();
            await page.waitForTimeout(300);
            await page.screenshot({ path: `${OUT}/${lang}-48-${tag}-events-widget-dialog-${scheme}.png` });
            await page.keyboard.press('Escape');
            await page.locator('.bell-button').click();
            await expect(page.locator('.notif-panel')).toBeVisible();
            await page.waitForTimeout(300);
            await page.screenshot({ path: `${OUT}/${lang}-49-${tag}-notifications-${scheme}.png` });
          }
          await context.close();
        });
      }
    }
  });
}
