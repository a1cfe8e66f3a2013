import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { type TempCore, tempCore } from '../../support/temp-core';
import { FakeBrowserWindow, FakeWebContents, recorded, resetRecorded } from './fake-electron';

// Checklist items about what crosses from the page to the main process: IPC sender validation
// (with the real core behind it), the app:// protocol's file resolution (real files and links),
// the scheme's privileges, and what the sandboxed preload exposes.
vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { hostIpc, isTrustedSender } = await import('../../../src/main/electron/ipc-host');
const { registerAppScheme, serveRenderer } = await import('../../../src/main/electron/protocol');

let core: TempCore;
let root: string;
let rendererDir: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-protocol-'));
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>AIM Licences</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer');
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(rendererDir, 'assets', 'link.js'));
  fs.symlinkSync(root, path.join(rendererDir, 'up'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
beforeEach(() => resetRecorded());

/** An IPC event as Electron builds it: the sending frame (URL, parent) and its web contents. */
function ipcEvent(url: string, options: { subframe?: boolean; ownWindow?: boolean } = {}) {
  FakeBrowserWindow.fromWebContentsResult = options.ownWindow === false ? null : new FakeBrowserWindow({});
  return { senderFrame: { url, parent: options.subframe ? {} : null }, sender: new FakeWebContents() } as never;
}

describe('IPC sender validation (checklist 17)', () => {
  beforeEach(() => {
    core = tempCore();
  });

  it('trusts only the main frame of one of our windows, on our origin', () => {
    expect(isTrustedSender(ipcEvent('app://aim/index.html'))).toBe(true);
    expect(isTrustedSender(ipcEvent('app://aim/index.html', { subframe: true }))).toBe(false);
    expect(isTrustedSender(ipcEvent('app://aim/index.html', { ownWindow: false }))).toBe(false);
    expect(isTrustedSender(ipcEvent('https://evil.example/'))).toBe(false);
    expect(isTrustedSender(ipcEvent('app://aim.evil/index.html'))).toBe(false);
    expect(isTrustedSender({ senderFrame: null, sender: new FakeWebContents() } as never)).toBe(false);
    core.dispose();
  });

  it('answers a foreign sender FORBIDDEN without reaching the core, and dispatches ours through the contract', async () => {
    hostIpc(core);
    const handler = recorded.ipcHandlers.get('aim:rpc') as (
      event: unknown,
      method: unknown,
      input: unknown,
    ) => Promise<unknown>;
    const before = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const draft = { ...(await import('../../support/licence-fixtures')).validDraft() };
    expect(await handler(ipcEvent('https://evil.example/'), 'licences.create', draft)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);

    expect(await handler(ipcEvent('app://aim/index.html'), 'licences.create', draft)).toMatchObject({ ok: true });
    for (const method of [42, null, '__proto__', 'constructor']) {
      expect(await handler(ipcEvent('app://aim/index.html'), method, {})).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    expect(
      await handler(ipcEvent('app://aim/index.html'), 'licences.create', { __proto__: { polluted: 1 } }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    core.dispose();
  });
});

describe('the app:// protocol (checklist 18: custom protocol, no file://)', () => {
  const fetchApp = async (url: string, method = 'GET') => {
    serveRenderer(rendererDir);
    const handler = recorded.protocolHandlers.get('app')!;
    return handler(new Request(url, { method }));
  };

  it('serves the renderer with the strict CSP and nosniff', async () => {
    const res = await fetchApp('app://aim/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await (await fetchApp('app://aim/assets/app.js')).text()).toBe('console.log(1)');
  });

  it('never serves a file outside the renderer folder: .., encoded .., backslashes, NUL, links', async () => {
    for (const url of [
      'app://aim/../secret.txt',
      'app://aim/%2e%2e/secret.txt',
      'app://aim/%2e%2e%2fsecret.txt',
      'app://aim/assets/..%2f..%2fsecret.txt',
      'app://aim/..%5csecret.txt',
      'app://aim/assets/app.js%00.html',
      'app://aim/assets/link.js',
      'app://aim/up/secret.txt',
      'app://aim//etc/passwd',
    ]) {
      const res = await fetchApp(url);
      const body = res.status === 200 ? await res.text() : '';
      expect(body, url).not.toContain('outside the renderer');
    }
  });

  it('answers other hosts and other methods with 404', async () => {
    expect((await fetchApp('app://other/index.html')).status).toBe(404);
    expect((await fetchApp('app://aim/index.html', 'POST')).status).toBe(404);
  });

  it('is registered as standard and secure, without bypassing the CSP or CORS', () => {
    registerAppScheme();
    expect(recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('the sandboxed preload (checklist 20: expose no Electron API)', () => {
  it('exposes one object with three functions, on fixed channels', async () => {
    await import('../../../src/main/electron/preload');
    expect([...recorded.exposed.keys()]).toEqual(['aimBridge']);
    const bridge = recorded.exposed.get('aimBridge') as {
      rpc: (m: string, i: unknown) => Promise<unknown>;
      on: (e: string, l: (p: unknown) => void) => () => void;
    };
    expect(Object.keys(bridge).sort()).toEqual(['grantDropped', 'on', 'rpc']);
    await bridge.rpc('licences.list', {});
    expect(recorded.ipcRendererCalls).toEqual([['aim:rpc', 'licences.list', {}]]);

    const seen: unknown[] = [];
    const stop = bridge.on('licences.changed', (p) => seen.push(p));
    const [listener] = recorded.ipcRendererListeners.get('aim:event')!;
    (listener as (e: unknown, name: string, payload: unknown) => void)({}, 'settings.changed', { x: 1 });
    (listener as (e: unknown, name: string, payload: unknown) => void)({}, 'licences.changed', { ids: [] });
    expect(seen).toEqual([{ ids: [] }]);
    stop();
    expect(recorded.ipcRendererListeners.get('aim:event')).toEqual([]);
  });
});
