import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixedClock } from '#core/clock';
import { errorCodes, procedures } from '#shared/contract';

import { startWebHost, type WebHost } from '../../src/main/http/web-host';
import { hostileValue } from '../support/hostile-values';
import { openTestCore, type TestCore } from '../support/temp-core';
import { emptyRendererDir } from './transports';

// The web host with hostile requests: malformed addresses, bodies that are not JSON, not UTF-8,
// too large or nested 100,000 deep, and hostile JSON for every procedure. Each request must end in
// a JSON envelope with a stable code (never a stack trace, never a crash of the host).
const seed = Number(process.env.AIM_FUZZ_SEED ?? 20260302);
const runs = Number(process.env.AIM_FUZZ_RUNS ?? 12) * 10;
const bodyLimit = 256 * 1024;

let core: TestCore;
let host: WebHost;
let secret: string;
let dataDir: string;
let rendererDir: string;
const unexpected: string[] = [];

interface Reply {
  status: number;
  body: string;
}

function send(
  pathname: string,
  options: { method?: string; contentType?: string | null; body?: Buffer | string; token?: boolean } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (options.token !== false) headers.authorization = `Bearer ${secret}`;
    if (options.contentType !== null) headers['content-type'] = options.contentType ?? 'application/json';
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: pathname, method: options.method ?? 'POST', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    // A body over the limit is cut off by the host: the reply still arrives, the upload may not finish.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve({ status: -1, body: '' }) : reject(error),
    );
    req.end(options.body);
  });
}

function expectEnvelope(reply: Reply): void {
  if (reply.status === -1) return; // connection closed on an oversized upload (checked separately)
  expect([200, 400, 401, 403, 404, 405, 413, 415]).toContain(reply.status);
  const parsed = JSON.parse(reply.body) as { ok: boolean; error?: { code: string; message: string } };
  expect(typeof parsed.ok).toBe('boolean');
  if (!parsed.ok) {
    expect(errorCodes).toContain(parsed.error!.code);
    expect(parsed.error!.code).not.toBe('INTERNAL');
  }
  expect(reply.body).not.toMatch(/\bat .+\.(ts|js):\d+/);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-fuzz-http-'));
  rendererDir = emptyRendererDir();
  core = openTestCore({
    dataDir,
    clock: fixedClock('2026-03-02T15:00:00.000Z'),
    checkOutputs: true,
    logError: (e, m) => unexpected.push(`${m}: ${String(e)}`),
  });
  host = await startWebHost({ dispatch: core.dispatch, events: core.events, rendererDir, maxBodyBytes: bodyLimit });
  secret = host.newSessionSecret();
});
afterAll(async () => {
  await host.close();
  core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

describe('the web host, with hostile requests', () => {
  it('answers every procedure address, well-formed or not, with an envelope', async () => {
    const names = fc.oneof(
      fc.constantFrom(...Object.keys(procedures)),
      fc.constantFrom(
        '%E0%A4%A',
        '%',
        '%zz',
        '%00',
        '..%2F..%2Fetc%2Fpasswd',
        '__proto__',
        'constructor',
        'licences.list%00',
        'a'.repeat(5000),
        '%F0%9F%98%80',
      ),
      fc.string({ maxLength: 40 }).map(encodeURIComponent),
    );
    await fc.assert(
      fc.asyncProperty(names, async (name) => {
        expectEnvelope(await send(`/rpc/${name}`, { body: '{}' }));
      }),
      { seed, numRuns: runs },
    );
  });

  it('answers bodies that are not JSON, not UTF-8 or hostile JSON with an envelope', async () => {
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
      fc
        .constantFrom(
          '',
          '{',
          '{"a":',
          'null',
          '[]',
          '"x"',
          '1e999',
          '{"__proto__":{"polluted":true}}',
          '\uFEFF{}',
          '{}garbage',
        )
        .map((s) => Buffer.from(s)),
      fc.constant(Buffer.from([0xff, 0xfe, 0x7b, 0x7d, 0xc3, 0x28])),
      hostileValue.map((v) => {
        try {
          return Buffer.from(JSON.stringify(v) ?? 'undefined');
        } catch {
          return Buffer.from('{"unserialisable":true}');
        }
      }),
    );
    const method = fc.constantFrom(...Object.keys(procedures));
    const contentType = fc.constantFrom<string | null>(
      'application/json',
      'application/json; charset=utf-16',
      'text/plain',
      'multipart/form-data; boundary=x',
      null,
    );
    await fc.assert(
      fc.asyncProperty(method, body, contentType, async (m, b, ct) => {
        expectEnvelope(await send(`/rpc/${m}`, { body: b, contentType: ct }));
      }),
      { seed, numRuns: runs },
    );
  });

  it('refuses JSON nested 100,000 deep and bodies over the limit, and keeps serving', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expectEnvelope(await send('/rpc/licences.create', { body: deep }));
    // Written out directly: JSON.stringify itself recurses, and would overflow the test's stack first.
    expectEnvelope(
      await send('/rpc/licences.create', { body: `${'{"lines":'.repeat(100_000)}1${'}'.repeat(100_000)}` }),
    );
    expectEnvelope(
      await send('/rpc/licences.update', {
        body: `{"id":"x","version":1,"draft":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
      }),
    );
    const tooLarge = await send('/rpc/licences.create', { body: Buffer.alloc(bodyLimit + 10, 0x20) });
    expect([413, -1]).toContain(tooLarge.status);
    if (tooLarge.status === 413)
      expect(JSON.parse(tooLarge.body)).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    for (const verb of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])
      expectEnvelope(await send('/rpc/app.info', { method: verb }));
  });

  it('is still alive, unpolluted and whole afterwards', async () => {
    const reply = await send('/rpc/licences.list', { body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(unexpected).toEqual([]);
    expect(core.audit.verify().ok).toBe(true);
  });
});
