import http from 'node:http';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { WebHost } from '../../src/main/http/web-host';
import { overHttp, type Transport } from './transports';

let t: Transport & { host: WebHost };
let secret: string;
beforeAll(async () => {
  t = await overHttp();
  secret = t.host.newSessionSecret();
});
afterAll(async () => {
  await t.close();
});

/** A raw request, so Host and Origin can be set the way a hostile page or a rebinding DNS would. */
function request(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: t.host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const rpc = (headers: Record<string, string>, body = '{}') =>
  request('/rpc/app.info', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const exchange = (code: string, headers: Record<string, string> = {}) =>
  request('/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ code }),
  });
const codeOf = (url: string) => new URL(url).searchParams.get('code')!;
const staticCookieOf = (headers: http.IncomingHttpHeaders) =>
  /^aim_static=([^;]+)/.exec(headers['set-cookie']?.[0] ?? '')?.[1];

describe('the printed address: a one-time code', () => {
  it('serves the page, sets a separate static-file cookie, and trades once for a session secret', async () => {
    const url = t.host.newUrl();
    const code = codeOf(url);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const page = await request(new URL(url).pathname + new URL(url).search);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['set-cookie']?.[0]).toMatch(
      /^aim_static=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/$/,
    );
    const cookie = staticCookieOf(page.headers)!;
    expect(cookie).not.toBe(code);

    const first = await exchange(code);
    expect(first.status).toBe(200);
    const { secret: fresh } = (JSON.parse(first.body) as { value: { secret: string } }).value;
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fresh).not.toBe(code);
    expect(fresh).not.toBe(cookie);
    expect((await rpc({ authorization: `Bearer ${fresh}` })).status).toBe(200);

    // Spent: the same address opens nothing more, and its code is no secret for anything.
    const again = await exchange(code);
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: expect.stringContaining('has already been used') },
    });
    const stale = await request(`/?code=${code}`);
    expect(stale.status).toBe(401);
    expect(stale.body).toMatch(/^AIM Licences: This address has already been used/);
    expect(stale.headers['set-cookie']).toBeUndefined();
    expect((await rpc({ authorization: `Bearer ${code}` })).status).toBe(401);
  });

  it('lets the static-file cookie reload the page files, and refuses it as an API secret anywhere', async () => {
    const page = await request(`/?code=${codeOf(t.host.newUrl())}`);
    const cookie = staticCookieOf(page.headers)!;
    expect((await request('/', { headers: { cookie: `aim_static=${cookie}` } })).status).toBe(200);
    expect((await request('/')).status).toBe(401);
    // Browsers send 127.0.0.1's cookies to every port: another local service holding it gets nowhere.
    expect((await rpc({ cookie: `aim_static=${cookie}` })).status).toBe(401);
    expect((await rpc({ authorization: `Bearer ${cookie}` })).status).toBe(401);
    expect((await request('/events', { headers: { cookie: `aim_static=${cookie}` } })).status).toBe(401);
    expect((await exchange(cookie)).status).toBe(401);
  });

  it('refuses a code exchange from another web page', async () => {
    const code = codeOf(t.host.newUrl());
    expect((await exchange(code, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await exchange(code, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // Refused before it was looked at: still good for its own page.
    expect((await exchange(code)).status).toBe(200);
  });

  it('gives an open tab a one-time address for one more tab', async () => {
    expect((await request('/session/code', { method: 'POST' })).status).toBe(401);
    const minted = await request('/session/code', { method: 'POST', headers: { authorization: `Bearer ${secret}` } });
    expect(minted.status).toBe(200);
    const url = (JSON.parse(minted.body) as { value: { url: string } }).value.url;
    expect(url).toMatch(new RegExp(`^${t.host.origin}/\\?code=[A-Za-z0-9_-]{43}$`));
    expect((await exchange(codeOf(url))).status).toBe(200);
    expect((await exchange(codeOf(url))).status).toBe(401);
  });
});

describe('the web host refuses anyone but the page it printed', () => {
  it('answers a call that carries a session secret', async () => {
    const res = await rpc({ authorization: `Bearer ${secret}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
  });

  it('refuses a call without a secret, or with a wrong one', async () => {
    expect((await rpc({})).status).toBe(401);
    const wrong = await rpc({ authorization: 'Bearer guess' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a session secret in a cookie: a cookie is sent by any page that makes the browser ask', async () => {
    expect((await rpc({ cookie: `aim_session=${secret}` })).status).toBe(401);
    expect((await rpc({ cookie: `aim_static=${secret}` })).status).toBe(401);
  });

  it('refuses other web pages (Origin) even when they somehow hold a secret', async () => {
    const res = await rpc({ authorization: `Bearer ${secret}`, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await rpc({ authorization: `Bearer ${secret}`, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('refuses a rebinding DNS name (Host header other than its own loopback address)', async () => {
    const res = await rpc({ authorization: `Bearer ${secret}`, host: `evil.example:${t.host.port}` });
    expect(res.status).toBe(403);
    expect((await request('/', { headers: { host: 'attacker.test' } })).status).toBe(403);
  });

  it('accepts its own origin under both loopback names', async () => {
    for (const origin of [`http://127.0.0.1:${t.host.port}`, `http://localhost:${t.host.port}`]) {
      expect((await rpc({ authorization: `Bearer ${secret}`, origin })).status).toBe(200);
    }
  });

  it('requires JSON bodies and limits their size', async () => {
    const auth = { authorization: `Bearer ${secret}` };
    expect(
      (
        await request('/rpc/app.info', {
          method: 'POST',
          headers: { ...auth, 'content-type': 'text/plain' },
          body: '{}',
        })
      ).status,
    ).toBe(415);
    expect((await rpc(auth, '{not json')).status).toBe(400);
    expect((await request('/rpc/app.info', { method: 'GET', headers: auth })).status).toBe(405);
  });

  it('does not serve files outside the renderer folder', async () => {
    const page = await request(`/?code=${codeOf(t.host.newUrl())}`);
    const cookie = { cookie: `aim_static=${staticCookieOf(page.headers)!}` };
    for (const path of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/assets/%00.js',
    ]) {
      const res = await request(path, { headers: cookie });
      expect(res.body, path).not.toContain('root:');
      expect([200, 404], path).toContain(res.status);
      if (res.status === 200) expect(res.body).toContain('AIM Licences'); // fell back to the page itself
    }
  });
});
