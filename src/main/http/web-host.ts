import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Dispatch } from '#core/dispatch';
import type { EventBus } from '#core/events';
import type { EventName } from '#shared/contract';

import { contentSecurityPolicy } from '../hosting/content-security-policy';
import { contentTypeOf, resolveRendererFile } from '../hosting/renderer-files';
import { createBrowserSessions } from './browser-sessions';
import {
  checkApiSession,
  checkHost,
  checkOrigin,
  checkPageAccess,
  type GuardVerdict,
  staticCookieName,
} from './request-guard';

export interface WebHostOptions {
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  /** The built renderer (index.html and assets). */
  readonly rendererDir: string;
  readonly port?: number;
  readonly maxBodyBytes?: number;
  /** Where the host's own failures go (the web host's log file; the console in tests). */
  readonly logError?: (error: unknown, where: string) => void;
}

export interface WebHost {
  /** The first address to open: its one-time code opens one tab, once. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  /** Another one-time address (for the terminal's "new address", valid until used). */
  newUrl(): string;
  /** A session secret minted in-process, for tests and tools that call the API directly. */
  newSessionSecret(): string;
  close(): Promise<void>;
}

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...securityHeaders, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, verdict: Exclude<GuardVerdict, { ok: true }>): void {
  sendJson(res, verdict.status, {
    ok: false,
    error: { code: verdict.status === 401 ? 'UNAUTHORIZED' : 'FORBIDDEN', message: verdict.message },
  });
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Serves the renderer and the same dispatcher as the desktop app over HTTP on 127.0.0.1, for
 * the browser version and the end-to-end tests. Every request needs the per-run token; Host
 * and Origin are checked so neither another web page nor a rebinding DNS name can drive it.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const sessions = createBrowserSessions();
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const streams = new Set<ServerResponse>();
  let port = 0;
  let origin = '';

  const unsubscribe = options.events.subscribe((event: EventName, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of streams) {
      res.write(frame);
      // Node holds a response's writes until the next tick; an event announcing a long synchronous
      // step (an import's write transaction) must leave before that step blocks the loop.
      res.socket?.uncork();
    }
  });
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  async function handleRpc(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      sendJson(res, 415, { ok: false, error: { code: 'VALIDATION', message: 'Send the input as application/json.' } });
      return;
    }
    let text: string;
    try {
      text = await readBody(req, maxBody);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendJson(res, 413, {
          ok: false,
          error: {
            code: 'PAYLOAD_TOO_LARGE',
            message: `The request is larger than ${Math.round(maxBody / 1024 / 1024)} MB.`,
          },
        });
      }
      return;
    }
    let input: unknown;
    try {
      input = text === '' ? {} : JSON.parse(text);
    } catch {
      sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The request body is not valid JSON.' } });
      return;
    }
    sendJson(res, 200, await options.dispatch(method, input, { host: 'web' }));
  }

  /** The page trades the one-time code of its address for a session secret, which only this tab keeps. */
  async function handleSession(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      sendJson(res, 415, { ok: false, error: { code: 'VALIDATION', message: 'Send the code as application/json.' } });
      return;
    }
    let code: unknown;
    try {
      code = (JSON.parse(await readBody(req, 4096)) as { code?: unknown }).code;
    } catch {
      sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Send {"code": "…"}.' } });
      return;
    }
    const secret = typeof code === 'string' ? sessions.exchange(code) : null;
    if (!secret) {
      sendJson(res, 401, {
        ok: false,
        error: {
          code: 'UNAUTHORIZED',
          message:
            'This address has already been used, or is not from this run of the app: each address opens one tab, once. Open the newest address the web host printed (press Enter in its terminal for a new one), or use “Open in a new tab” in a tab where the app is open.',
        },
      });
      return;
    }
    sendJson(res, 200, { ok: true, value: { secret } });
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  function handlePage(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const code = url.searchParams.get('code');
    const verdict = checkPageAccess(req.headers, code, sessions);
    if (!verdict.ok) {
      // A person opened a used or foreign address: say so in words, not JSON.
      res.writeHead(verdict.status, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' });
      res.end(`AIM Licences: ${verdict.message}\n`);
      return;
    }
    const file = resolveRendererFile(options.rendererDir, url.pathname);
    if (!file) {
      sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: `Nothing at ${url.pathname}.` } });
      return;
    }
    const headers: Record<string, string> = { ...securityHeaders, 'content-type': contentTypeOf(file) };
    if (code !== null && sessions.codeIsLive(code))
      headers['set-cookie'] = `${staticCookieName}=${sessions.staticCookie}; HttpOnly; SameSite=Strict; Path=/`;
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  }

  const server = http.createServer((req, res) => {
    const config = { port };
    const host = checkHost(req.headers, config);
    if (!host.ok) return refuse(res, host);
    const sameOrigin = checkOrigin(req.headers, config);
    if (!sameOrigin.ok) return refuse(res, sameOrigin);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname === '/session' && req.method === 'POST') {
      handleSession(req, res).catch(() => {
        if (!res.headersSent) sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Bad request.' } });
      });
      return;
    }
    if (url.pathname.startsWith('/rpc/') || url.pathname.startsWith('/session/') || url.pathname === '/events') {
      const api = checkApiSession(req.headers, sessions);
      if (!api.ok) return refuse(res, api);
      // An open tab asks for an address for one more tab (or window, or browser).
      if (url.pathname === '/session/code' && req.method === 'POST')
        return sendJson(res, 200, { ok: true, value: { url: `${origin}/?code=${sessions.mintCode()}` } });
      if (url.pathname === '/events' && req.method === 'GET') return handleEvents(req, res);
      if (req.method === 'POST' && url.pathname.startsWith('/rpc/')) {
        let method: string;
        try {
          method = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        } catch {
          // A malformed %-escape would otherwise throw out of the request listener and end the process.
          return sendJson(res, 400, {
            ok: false,
            error: { code: 'VALIDATION', message: 'The procedure name in the address is not valid percent-encoding.' },
          });
        }
        handleRpc(req, res, method).catch((error: unknown) => {
          (options.logError ?? ((e: unknown, where: string) => console.error(`[${where}]`, e)))(error, 'web host');
          if (!res.headersSent)
            sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The web host failed.' } });
        });
        return;
      }
      return sendJson(res, 405, {
        ok: false,
        error: { code: 'VALIDATION', message: `${req.method} is not allowed here.` },
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, 405, {
        ok: false,
        error: { code: 'VALIDATION', message: `${req.method} is not allowed here.` },
      });
    }
    handlePage(req, res, url);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?code=${sessions.firstCode()}`,
    origin,
    port,
    newUrl: () => `${origin}/?code=${sessions.firstCode()}`,
    newSessionSecret: () => sessions.exchange(sessions.mintCode())!,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        clearInterval(heartbeat);
        for (const res of streams) res.end();
        streams.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
