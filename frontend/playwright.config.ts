import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against
 * the real npsdesk binary, which e2e/global-setup.ts builds and starts on a free
 * port with a fresh data folder. `npm run e2e` rebuilds dist first (pree2e), so
 * the binary embeds the current UI.
 *
 * The screenshot tour (@screens) is left out of the default run:
 * `npm run screens` runs only it.
 */
const screens = !!process.env.NPSDESK_SCREENS;

// Each run writes its artifacts (traces, failure screenshots) to a folder of its own:
// Playwright empties its output folder when a run starts, so two runs sharing one
// would delete each other's traces mid-test. The main process names the run; its
// workers inherit the variable, so they agree on the folder.
process.env.NPSDESK_E2E_RUN ??= `${Date.now().toString(36)}-${process.pid}`;
const run = process.env.NPSDESK_E2E_RUN;

export default defineConfig({
  testDir: './e2e',
  outputDir: `./test-results/run-${run}`,
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  // One server, one database: the specs run in order, one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: `./playwright-report/run-${run}` }]],
  grep: screens ? /@screens/ : undefined,
  grepInvert: screens ? undefined : /@screens/,
  use: {
    ...devices['Desktop Chrome'],
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
