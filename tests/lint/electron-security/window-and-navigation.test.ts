import { beforeEach, describe, expect, it, vi } from 'vitest';

import { FakeSession, FakeWebContents, recorded, resetRecorded } from './fake-electron';

// Electron's security checklist, items about the window and what its page may do. Electron is
// not installed on this machine, so its module is a recording stand-in (./fake-electron) and the
// app's own handlers are driven the way Electron drives them.
vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { createMainWindow } = await import('../../../src/main/electron/window');
const { guardWebContents, lockDownSession } = await import('../../../src/main/electron/security');

beforeEach(() => resetRecorded());

/** The web contents the app's 'web-contents-created' listener has been given. */
function guardedContents(devServerUrl?: string): FakeWebContents {
  guardWebContents(devServerUrl);
  const contents = new FakeWebContents();
  for (const listener of recorded.appListeners.get('web-contents-created') ?? [])
    (listener as (e: unknown, c: unknown) => void)({}, contents);
  return contents;
}

describe('the main window (checklist 2, 3, 4, 6, 8, 9, 10)', () => {
  it('is sandboxed, context-isolated, without Node, with web security and no risky switches', () => {
    createMainWindow(undefined);
    expect(recorded.windows).toHaveLength(1);
    const prefs = recorded.windows[0]!.options.webPreferences!;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('preload', expect.stringMatching(/^https?:/));
    expect(String(prefs.preload)).toMatch(/preload\.js$/);
  });

  it('loads the app from its own app:// origin, never file:// or the network (checklist 1, 18)', () => {
    createMainWindow(undefined);
    expect(recorded.windows[0]!.loadedUrl).toBe('app://aim/index.html');
  });
});

describe('navigation and new windows (checklist 13, 14, 15)', () => {
  const foreign = [
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://aim.evil/',
    'app://evil/index.html',
    'javascript:alert(1)',
    'data:text/html,x',
    'about:blank#x',
  ];

  it('refuses navigation and redirects away from the app origin', () => {
    const contents = guardedContents();
    for (const url of foreign) {
      expect(contents.emit('will-navigate', url), url).toBe(true);
      expect(contents.emit('will-redirect', url), url).toBe(true);
    }
    expect(contents.emit('will-navigate', 'app://aim/index.html#/licences')).toBe(false);
  });

  it('allows the dev server origin only under `forge start`', () => {
    expect(guardedContents('http://localhost:5173').emit('will-navigate', 'http://localhost:5173/#/x')).toBe(false);
    expect(guardedContents().emit('will-navigate', 'http://localhost:5173/#/x')).toBe(true);
  });

  it('refuses <webview> (checklist 11, 12)', () => {
    expect(guardedContents().emit('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies every new window, opening only https official references in the browser', () => {
    const contents = guardedContents();
    for (const url of [
      ...foreign,
      'http://www.trade.gov/',
      'https://www.trade.gov.evil.example/',
      'https://user:pw@www.trade.gov/',
      'https://www.trade.gov/aluminum',
    ]) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(recorded.openedExternally).toEqual(['https://www.trade.gov/aluminum']);
  });
});

describe('permissions and the CSP header in development (checklist 5, 7)', () => {
  it('denies every permission request and check', () => {
    const session = new FakeSession();
    lockDownSession(session as never);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
      'serial',
      'usb',
    ]) {
      let granted: boolean | null = null;
      session.permissionRequestHandler!({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(session.permissionCheckHandler!({}, permission), permission).toBe(false);
    }
    expect(session.headersListener).toBeNull();
  });

  it('adds a CSP header to the dev server pages, which send none of their own', () => {
    const session = new FakeSession();
    lockDownSession(session as never, 'http://localhost:5173');
    let reply: { responseHeaders?: Record<string, string[]> } = {};
    session.headersListener!({ responseHeaders: {} }, (r) => (reply = r as typeof reply));
    expect(reply.responseHeaders!['Content-Security-Policy']![0]).toMatch(/object-src 'none'/);
  });
});
