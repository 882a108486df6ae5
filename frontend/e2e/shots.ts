import type { Page } from '@playwright/test';

/** SCREENS_DIR is where the screenshot tour (@screens) writes its pictures. */
export const SCREENS_DIR = process.env.NPSDESK_SCREENS_DIR ?? '/tmp/npsdesk-screens';

/**
 * tallShot photographs the whole page by making the viewport as tall as the page: a
 * fullPage screenshot briefly drops touch emulation, so a phone would be shown with
 * a mouse's (pointer: fine) styles.
 */
export async function tallShot(page: Page, path: string) {
  await page.waitForTimeout(500);
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.waitForTimeout(200);
  await page.screenshot({ path });
  await page.setViewportSize(size);
}
