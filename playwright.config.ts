import { defineConfig } from '@playwright/test';

import { findTestBrowser } from './scripts/test-browser.cjs';

// CHROMIUM_PATH, else the Chrome or Chromium installed here (Debian's on build machines: never
// `npx playwright install` there), else Playwright's own. `npm test` stops first, with what to
// install, when there is none.
const browser = findTestBrowser();
const executablePath = browser.executablePath ?? undefined;
// Each project cleans only its own folder when it starts, so the Electron run that follows the
// browser run in `npm test` keeps the browser run's screenshots (written to <results>/screenshots).
const results = process.env.AIM_TEST_RESULTS ?? 'test-results';

export default defineConfig({
  testDir: 'tests/e2e',
  // Two-core build machines: a cold browser plus an accessibility scan can take most of a minute.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1400, height: 1000 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--headless=new',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'web', testDir: 'tests/e2e/web', outputDir: `${results}/web` },
    { name: 'electron', testDir: 'tests/e2e/electron', outputDir: `${results}/electron` },
  ],
});
