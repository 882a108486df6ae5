import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, request, test } from '@playwright/test';
import { adminToken, writeSignedInState } from './adminSession';
import { readServerState } from './server-state';
import { SCREENS_DIR, tallShot } from './shots';

/**
 * The integrations tour (@screens): Settings → Integrations with a webhook that has
 * delivered a test ping to a receiver on 127.0.0.1, in both languages, light and dark,
 * wide and on a phone. The webhook is switched off again afterwards.
 */
export function registerIntegrationsScreens() {
  const server = readServerState();

  test.describe('integrations tour', () => {
    test.use({ baseURL: server.baseURL });
    let receiver: Server;
    let signedIn = '';
    let headers: Record<string, string> = {};

    test.beforeAll(async () => {
      mkdirSync(SCREENS_DIR, { recursive: true });
      receiver = createServer((req, res) => req.resume().on('end', () => res.writeHead(204).end()));
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/npsdesk`;
      const token = await adminToken(server);
      headers = { Authorization: `Bearer ${token}` };
      const api = await request.newContext({ baseURL: server.baseURL });
      expect((await api.put('/api/v1/settings/webhook', { headers, data: { url, enabled: true } })).ok()).toBe(true);
      expect((await api.post('/api/v1/settings/webhook/test', { headers })).status()).toBe(202);
      await api.dispose();
      signedIn = `${server.tmpDir}/screens-integrations-admin.json`;
      writeSignedInState(server, token, signedIn);
    });

    test.afterAll(async () => {
      const api = await request.newContext({ baseURL: server.baseURL });
      await api.put('/api/v1/settings/webhook', { headers, data: { url: '', enabled: false } });
      await api.dispose();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    });

    for (const scheme of ['light', 'dark'] as const) {
      for (const [tag, viewport] of [
        ['wide', { width: 1360, height: 900 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        test(`@screens integrations: ${tag}, ${scheme}`, async ({ browser }) => {
          const context = await browser.newContext({
            baseURL: server.baseURL,
            storageState: signedIn,
            colorScheme: scheme,
            viewport,
            isMobile: tag === 'phone',
            hasTouch: tag === 'phone',
          });
          const page = await context.newPage();
          for (const lang of ['en', 'ru'] as const) {
            await page.addInitScript((value) => window.localStorage.setItem('npsdesk.lang', value), lang);
            await page.goto('/settings/integrations');
            await expect(page.getByTestId('webhook-delivery').first()).toHaveAttribute('data-status', 'delivered', {
              timeout: 15_000,
            });
            await tallShot(page, `${SCREENS_DIR}/${lang}-70-${tag}-integrations-${scheme}.png`);
          }
          await context.close();
        });
      }
    }
  });
}
