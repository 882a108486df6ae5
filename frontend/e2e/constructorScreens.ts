import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { signInAsAdmin } from './adminSession';
import { readServerState } from './server-state';
import { ensureAdmin } from './team';

/**
 * The bot constructor's part of the screenshot tour (@screens), on a 1366×768
 * laptop screen: the default bot, a step's settings, the problems of a broken
 * bot, the "Try it" preview — in English and Russian, light and dark.
 * screens.spec.ts registers it; `npm run screens` runs it.
 */

const OUT = process.env.NPSDESK_SCREENS_DIR ?? '/tmp/npsdesk-screens';
const LANGS = ['en', 'ru'] as const;
type Lang = (typeof LANGS)[number];

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}.png` });
}

/** prepare signs in, restores the default bot and returns its id. */
async function prepare(page: Page, lang: Lang): Promise<number> {
  await page.addInitScript((value) => window.localStorage.setItem('npsdesk.lang', value), lang);
  // Leaving a page with unsaved changes asks; the tour always leaves.
  page.on('dialog', (dialog) => dialog.accept().catch(() => undefined));
  const headers = { Authorization: `Bearer ${await signInAsAdmin(page.context(), readServerState())}` };
  const bots = await (await page.request.get('/api/v1/bots', { headers })).json();
  const id = (bots.items.find((b: { kind?: string }) => b.kind === 'nps') ?? bots.items[0]).id;
  await page.request.post(`/api/v1/bots/${id}/restore-default`, { headers });
  return id;
}

const step = (page: Page, id: string) => page.getByTestId(`rf__node-${id}`);

/** registerConstructorScreens adds the constructor's tests to the screenshot tour. */
export function registerConstructorScreens(): void {
  const server = readServerState();

  test.describe('constructor tour', () => {
    test.use({ baseURL: server.baseURL, viewport: { width: 1366, height: 768 } });
    test.beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      await ensureAdmin(server);
    });

    for (const lang of LANGS) {
      test(`@screens constructor: ${lang}`, async ({ page }) => {
        const id = await prepare(page, lang);
        await page.goto(`/settings/bot/${id}`);
        await expect(page.locator('.react-flow__node')).toHaveCount(5);
        await shot(page, `${lang}-b01-constructor`);

        await step(page, 'critical_score').click();
        await shot(page, `${lang}-b02-condition`);
        await step(page, 'critical_alert').click();
        await shot(page, `${lang}-b03-internal-message`);

        // Break it: no way out of Start, and a loose pause.
        await page.getByTestId('rf__edge-e_start_question').click();
        await page.locator('.link-delete').click();
        await page.locator('.palette-item[data-step-type=pause]').click();
        await page.getByRole('tab').nth(1).click();
        await shot(page, `${lang}-b04-problems`);

        await page.keyboard.press('Control+z');
        await page.keyboard.press('Control+z');
        await page.getByRole('tab').nth(2).click();
        await page.locator('.preview-choice').nth(3).click();
        await shot(page, `${lang}-b05-try-it`);
      });
    }

    test.describe('dark', () => {
      test.use({ colorScheme: 'dark' });

      test('@screens constructor: dark', async ({ page }) => {
        const id = await prepare(page, 'en');
        await page.goto(`/settings/bot/${id}`);
        await expect(page.locator('.react-flow__node')).toHaveCount(5);
        await step(page, 'nps_question').click();
        await shot(page, 'en-b06-dark-constructor');
        await page.getByTestId('rf__edge-e_start_question').click();
        await page.locator('.link-delete').click();
        await shot(page, 'en-b07-dark-problems');
        await page.keyboard.press('Control+z');
        await page.getByRole('tab').nth(2).click();
        await page.locator('.preview-choice').nth(9).click();
        await shot(page, 'en-b08-dark-try-it');
      });
    });
  });
}
