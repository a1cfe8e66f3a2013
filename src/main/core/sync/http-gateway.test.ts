import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { createHttpGateway } from './http-gateway';
import { GatewayError } from './portal-gateway';
import { refusedWith } from '../../../../tests/support/refused-with';

// A real HTTP server on 127.0.0.1 standing in for a broken or hostile portal.
let server: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function portal(reply: (res: http.ServerResponse) => void): Promise<{ url: string; sent: () => number }> {
  let sent = 0;
  server = http.createServer((req, res) => {
    req.resume();
    const write = res.write.bind(res);
    res.write = ((chunk: Buffer | string, ...rest: never[]) => {
      sent += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    reply(res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, sent: () => sent };
}

const gateway = (baseUrl: string, maxResponseBytes?: number) =>
  createHttpGateway({
    baseUrl,
    clock: fixedClock('2026-03-02T15:00:00.000Z'),
    timeoutMs: 20_000,
    ...(maxResponseBytes ? { maxResponseBytes } : {}),
  });

const refusal = (run: Promise<unknown>) => refusedWith(run, GatewayError);

describe("the portal's replies", () => {
  it('are read when they are of a sensible size', async () => {
    const { url } = await portal((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          token: 'a'.repeat(32),
          expiresAt: '2026-03-03T15:00:00.000Z',
          account: { username: 'filer@lakeside-al.example', company: 'Lakeside Aluminum Imports LLC' },
        }),
      );
    });
    expect(await gateway(url).signIn('filer@lakeside-al.example', 'portal-demo')).toMatchObject({
      account: { company: 'Lakeside Aluminum Imports LLC' },
    });
  });

  it('are refused unread past the limit: an endless stream is cut off, a declared size refused up front', async () => {
    const endless = await portal((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('close', () => res.destroy());
      pump();
    });
    const error = await refusal(gateway(endless.url, 1024 * 1024).signIn('filer', 'portal-demo'));
    expect(error.code).toBe('PROTOCOL');
    expect(error.message).toBe(
      'POST /v1/session: the answer is larger than 1 MB, far more than any portal reply; it was not read.',
    );
    // The connection was dropped soon after the limit, not read to the end.
    expect(endless.sent()).toBeLessThan(64 * 1024 * 1024);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = null;

    const declared = await portal((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) });
      res.write('{');
    });
    const up = await refusal(gateway(declared.url).signIn('filer', 'portal-demo'));
    expect(up.message).toBe(
      'POST /v1/session: the answer is larger than 32 MB, far more than any portal reply; it was not read.',
    );
  });
});
