import { mkdirSync } from 'node:fs';
import { expect, request, test, type Page } from '@playwright/test';
import { adminToken, writeSignedInState } from './adminSession';
import { startCustomerChat } from './chats';
import { tallShot } from './shots';
import { readServerState, type ServerState } from './server-state';

const OUT = process.env.NPSDESK_SCREENS_DIR ?? '/tmp/npsdesk-screens';
const LANGS = ['en', 'ru'] as const;

/** npsWorld switches NPS on and leaves three surveyed conversations: answered 3, answered 10, pending. */
async function npsWorld(server: ServerState) {
  const token = await adminToken(server);
  const headers = { Authorization: `Bearer ${token}` };
  const api = await request.newContext({ baseURL: server.baseURL });
  try {
    expect((await api.put('/api/v1/settings/nps', { headers, data: { enabled: true, cooldown_days: 0 } })).ok()).toBe(true);
    const channel = await api.post('/api/v1/channels', { headers, data: { name: 'Acme NPS', type: 'web' } });
    const key: string = (await channel.json()).public_key;
    const ids: Record<string, number> = {};
    for (const [name, score] of [
      ['Ivan Petrov', '3'],
      ['Hana Lee', '10'],
      ['Paula Pending', ''],
    ] as const) {
      const started = await startCustomerChat(api, key, name);
      const visitor = { Authorization: `Bearer ${started.visitor_token}` };
      const path = `/api/v1/public/conversations/${started.conversation_id}/messages`;
      await api.post(path, { headers: visitor, data: { text: 'Hello! Is my order on its way?' } });
      expect((await api.post(`/api/v1/conversations/${started.conversation_id}/nps`, { headers })).status()).toBe(201);
      if (score) await api.post(path, { headers: visitor, data: { text: score } });
      ids[name] = started.conversation_id;
    }
    const signedIn = `${server.tmpDir}/screens-nps-admin.json`;
    writeSignedInState(server, token, signedIn);
    return { ids, signedIn };
  } finally {
    await api.dispose();
  }
}

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}.png` });
}

/** registerNpsScreens adds the NPS settings and a surveyed conversation to the screenshot tour. */
export function registerNpsScreens(): void {
  const server = readServerState();
  test.describe('nps', () => {
    test.use({ baseURL: server.baseURL, viewport: { width: 1440, height: 900 } });

    test('@screens nps settings and survey states', async ({ browser }) => {
      mkdirSync(OUT, { recursive: true });
      const { ids, signedIn } = await npsWorld(server);
      for (const lang of LANGS) {
        const context = await browser.newContext({ storageState: signedIn, baseURL: server.baseURL, viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript((value) => window.localStorage.setItem('npsdesk.lang', value), lang);
        await page.goto('/settings/channels');
        await expect(page.getByRole('switch')).toHaveAttribute('aria-checked', 'true');
        await shot(page, `${lang}-60-nps-settings`);
        await page.goto(`/inbox/${ids['Ivan Petrov']}`);
        await expect(page.getByTestId('nps-state')).toBeVisible();
        await shot(page, `${lang}-61-nps-answered-3`);
        await page.goto(`/inbox/${ids['Hana Lee']}`);
        await expect(page.getByTestId('nps-state')).toHaveClass(/is-promoter/);
        await shot(page, `${lang}-62-nps-answered-10`);
        await page.goto(`/inbox/${ids['Paula Pending']}`);
        await expect(page.getByTestId('nps-state')).toHaveClass(/is-pending/);
        await shot(page, `${lang}-63-nps-pending`);
        await context.close();
      }
    });

    test('@screens nps settings, phone and laptop, light and dark', async ({ browser }) => {
      test.setTimeout(120_000);
      mkdirSync(OUT, { recursive: true });
      const { ids, signedIn } = await npsWorld(server);
      const sizes = [
        { tag: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
        { tag: 'laptop', viewport: { width: 1024, height: 768 }, isMobile: false, hasTouch: false },
      ] as const;
      for (const { tag, ...device } of sizes) {
        for (const scheme of ['light', 'dark'] as const) {
          const context = await browser.newContext({ storageState: signedIn, baseURL: server.baseURL, colorScheme: scheme, ...device });
          const page = await context.newPage();
          for (const lang of LANGS) {
            await page.addInitScript((value) => window.localStorage.setItem('npsdesk.lang', value), lang);
            await page.goto('/settings/channels');
            await expect(page.getByRole('switch')).toHaveAttribute('aria-checked', 'true');
            await tallShot(page, `${OUT}/${lang}-64-${tag}-nps-settings-${scheme}.png`);
            await page.goto(`/inbox/${ids['Ivan Petrov']}`);
            await expect(page.getByTestId('nps-state')).toBeVisible();
            await shot(page, `${lang}-65-${tag}-nps-answered-3-${scheme}`);
          }
          await context.close();
        }
      }
    });
  });
}
