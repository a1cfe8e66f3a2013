import fs from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { validDraft } from '../../support/licence-fixtures';
import { electronBinary, launchApp, newDataDir, projectRoot, skipReason } from './electron-app';

const available = electronBinary() !== null;
if (!available) console.log(`[electron suite skipped] ${skipReason}`);

test.describe('the desktop app', () => {
  // Reason: see skipReason (Electron binary missing on this machine).
  test.skip(!available, skipReason);

  let dataDir: string;
  test.beforeEach(() => {
    dataDir = newDataDir();
  });
  test.afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('opens its window on the app:// origin with the navigation', async () => {
    const app = await launchApp(dataDir);
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/aim\//);
    expect(await page.title()).toBe('AIM Licences');
    await app.close();
  });

  test('runs the renderer sandboxed, isolated and without Node', async () => {
    const app = await launchApp(dataDir);
    const page = await app.firstWindow();
    // What sandbox + context isolation + no Node integration mean for page code: no Node at all,
    // and only the three functions the preload exposes.
    const globals = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      return [typeof g.require, typeof g.process, typeof g.module, typeof g.Buffer, typeof g.ipcRenderer];
    });
    expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
    expect(await page.evaluate(() => Object.keys(window.aimBridge ?? {}).sort())).toEqual([
      'grantDropped',
      'on',
      'rpc',
    ]);
    const csp = await page.evaluate(() =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    );
    expect(csp).toContain("script-src 'self'");
    await app.close();
  });

  test('blocks navigation away, new windows and permission requests', async () => {
    const app = await launchApp(dataDir);
    const page = await app.firstWindow();
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => window.open('https://example.com/'))).toBeNull();
    expect(app.windows()).toHaveLength(1);
    const permission = await page.evaluate(() =>
      navigator.permissions.query({ name: 'geolocation' as PermissionName }).then((s) => s.state),
    );
    expect(permission).not.toBe('granted');
    await app.close();
  });

  test('refuses IPC calls from a page that is not the app', async () => {
    const app = await launchApp(dataDir);
    await app.firstWindow();
    const preload = path.join(projectRoot, '.vite/build/preload.js');
    const opened = app.waitForEvent('window');
    await app.evaluate(({ BrowserWindow }, preloadPath) => {
      const stranger = new BrowserWindow({
        show: false,
        webPreferences: { preload: preloadPath, sandbox: true, contextIsolation: true },
      });
      void stranger.loadURL('data:text/html,<title>stranger</title>');
    }, preload);
    const stranger = await opened;
    await stranger.waitForLoadState();
    const answer = await stranger.evaluate(() => window.aimBridge!.rpc('app.info', {}));
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await app.close();
  });

  test('keeps what was saved across a restart', async () => {
    let app = await launchApp(dataDir);
    let page = await app.firstWindow();
    const created = await page.evaluate(
      (draft) => window.aimBridge!.rpc('licences.create', draft),
      validDraft({ reference: 'DESKTOP-1' }),
    );
    expect(created).toMatchObject({ ok: true });
    await app.close();

    app = await launchApp(dataDir);
    page = await app.firstWindow();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Licences' }).click();
    await expect(page.getByTestId('licence-row-DESKTOP-1')).toBeVisible();
    await app.close();
  });
});
