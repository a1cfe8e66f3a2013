import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overHttp, type Transport } from './transports';
import type { WebHost } from '../../src/main/http/web-host';

let t: Transport & { host: WebHost };
beforeAll(async () => {
  t = await overHttp();
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

describe('the web host refuses anyone but the page it printed', () => {
  it('answers a call that carries the token', async () => {
    const res = await rpc({ authorization: `Bearer ${t.host.token}` });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    expect((await rpc({})).status).toBe(401);
    const wrong = await rpc({ authorization: 'Bearer guess' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses the token in a cookie for calls: a cookie is sent by any page that makes the browser ask', async () => {
    expect((await rpc({ cookie: `aim_session=${t.host.token}` })).status).toBe(401);
  });

  it('refuses other web pages (Origin) even when they somehow hold the token', async () => {
    const res = await rpc({ authorization: `Bearer ${t.host.token}`, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await rpc({ authorization: `Bearer ${t.host.token}`, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('refuses a rebinding DNS name (Host header other than its own loopback address)', async () => {
    const res = await rpc({ authorization: `Bearer ${t.host.token}`, host: `evil.example:${t.host.port}` });
    expect(res.status).toBe(403);
    expect((await request('/', { headers: { host: 'attacker.test' } })).status).toBe(403);
  });

  it('accepts its own origin under both loopback names', async () => {
    for (const origin of [`http://127.0.0.1:${t.host.port}`, `http://localhost:${t.host.port}`]) {
      expect((await rpc({ authorization: `Bearer ${t.host.token}`, origin })).status).toBe(200);
    }
  });

  it('serves the page only with the token, then by the cookie it sets', async () => {
    expect((await request('/')).status).toBe(401);
    const first = await request(`/?token=${t.host.token}`);
    expect(first.status).toBe(200);
    expect(first.headers['set-cookie']?.[0]).toMatch(/^aim_session=.+; HttpOnly; SameSite=Strict; Path=\//);
    expect(first.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request('/', { headers: { cookie: `aim_session=${t.host.token}` } })).status).toBe(200);
  });

  it('requires JSON bodies and limits their size', async () => {
    const auth = { authorization: `Bearer ${t.host.token}` };
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
    const cookie = { cookie: `aim_session=${t.host.token}` };
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
