import fs from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test as base } from '@playwright/test';

import { type RunningWebHost, startWebHostProcess, tempDataDir, testResultsDir } from '../../support/web-host-process';

export const screenshotDir = path.join(testResultsDir, 'screenshots');

interface Fixtures {
  /** A real web host process on its own temporary data directory; `restart()` keeps the data. */
  host: RunningWebHost & { restart(): Promise<RunningWebHost> };
  /** Console errors and CSP violations seen by the page; each test ends by expecting none. */
  pageProblems: string[] & { expectRefusedConnections?: boolean };
  app: Page;
}

export const test = base.extend<Fixtures>({
  host: async ({ pageProblems }, use) => {
    const dataDir = tempDataDir('e2e');
    let current = await startWebHostProcess(dataDir);
    const handle = {
      get origin() {
        return current.origin;
      },
      get secret() {
        return current.secret;
      },
      pageUrl: () => current.pageUrl(),
      dataDir,
      output: () => current.output(),
      stop: () => current.stop(),
      restart: async () => {
        // While the old process is gone the page's event stream retries and the browser logs
        // refused connections: expected here, so they are not counted as problems.
        pageProblems.expectRefusedConnections = true;
        await current.stop();
        current = await startWebHostProcess(dataDir);
        return current;
      },
    };
    await use(handle);
    await current.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  pageProblems: async ({}, use) => {
    await use([]);
  },
  app: async ({ page, host, pageProblems }, use) => {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (pageProblems.expectRefusedConnections && message.text().includes('ERR_CONNECTION_REFUSED')) return;
      pageProblems.push(message.text());
    });
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    await page.goto(await host.pageUrl());
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await use(page);
    expect([...pageProblems], 'console errors or CSP violations').toEqual([]);
  },
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Runs axe on the current page; serious and critical findings fail the test. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${label}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}
