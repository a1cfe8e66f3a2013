import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createAppLog, keptLogFiles, maxLogBytes } from './app-log';
import { redactText, redactValue } from './log-redaction';

let dataDir: string;
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const portalToken = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmaWxlciJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('the log file', () => {
  it('is written to the data folder’s logs/, with no token, passphrase, key or session address in it', () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-log-'));
    const log = createAppLog({ dataDir, name: 'web', console: false });
    log.info('Open: http://127.0.0.1:4800/?token=5f1c2a9e8b7d6c5b4a3f2e1d0c9b8a7f');
    log.error('portal said no', { headers: { Authorization: `Bearer ${portalToken}` }, status: 401 });
    log.logError(new Error(`unlock failed for passphrase: correct horse battery staple`), 'vault.unlock');
    log.warn({ credentials: { token: 'abc', password: 'hunter2' }, key: Buffer.alloc(32).toString('hex') });
    const text = fs.readFileSync(path.join(dataDir, 'logs', 'web.log'), 'utf8');
    expect(text).toContain('portal said no');
    expect(text).toContain('[vault.unlock]');
    expect(text).toContain('status: 401');
    for (const secret of ['5f1c2a9e8b7d', portalToken, 'correct horse', 'hunter2', '0'.repeat(64)])
      expect(text, secret).not.toContain(secret);
    if (process.platform !== 'win32') expect(fs.statSync(log.file).mode & 0o077).toBe(0);
  });

  it('rotates by size and keeps a few older files, not an ever-growing one', () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-log-'));
    const log = createAppLog({ dataDir, name: 'desktop', console: false });
    const line = 'x'.repeat(10_000);
    for (let i = 0; i < ((keptLogFiles + 2) * maxLogBytes) / 10_000; i += 1) log.info(`${i} ${line}`);
    const files = fs.readdirSync(path.join(dataDir, 'logs')).sort();
    expect(files).toEqual(['desktop.1.log', 'desktop.2.log', 'desktop.3.log', 'desktop.4.log', 'desktop.log']);
    for (const file of files)
      expect(fs.statSync(path.join(dataDir, 'logs', file)).size).toBeLessThan(maxLogBytes + 20_000);
  });
});

describe('redaction', () => {
  it('keeps what helps (messages, codes, numbers) and drops what opens something', () => {
    expect(redactText('GET /api/rpc?token=abc123&x=1')).toBe('GET /api/rpc?token=[redacted]&x=1');
    expect(redactText('password: hunter2 tried')).toBe('password: [redacted] tried');
    expect(redactValue({ code: 'NETWORK', attempt: 3, accessToken: 'x' })).toEqual({
      code: 'NETWORK',
      attempt: 3,
      accessToken: '[redacted]',
    });
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    expect(redactValue(circular)).toEqual({ a: 1, self: '[circular]' });
    expect(redactValue(new Uint8Array(10))).toBe('[10 bytes]');
  });
});
