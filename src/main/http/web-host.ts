import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventName } from '../../shared/contract';
import type { Dispatch } from '../core/dispatch';
import type { EventBus } from '../core/events';
import { contentSecurityPolicy } from '../hosting/content-security-policy';
import { contentTypeOf, resolveRendererFile } from '../hosting/renderer-files';
import {
  checkApiToken,
  checkHost,
  checkOrigin,
  checkPageToken,
  sessionCookie,
  type GuardVerdict,
} from './request-guard';

export interface WebHostOptions {
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  /** The built renderer (index.html and assets). */
  readonly rendererDir: string;
  readonly port?: number;
  readonly token?: string;
  readonly maxBodyBytes?: number;
  /** Where the host's own failures go (the web host's log file; the console in tests). */
  readonly logError?: (error: unknown, where: string) => void;
}

export interface WebHost {
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
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
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const streams = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = options.events.subscribe((event: EventName, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of streams) res.write(frame);
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
    const queryToken = url.searchParams.get('token');
    const verdict = checkPageToken(req.headers, queryToken, { port, token });
    if (!verdict.ok) {
      refuse(res, verdict);
      return;
    }
    const file = resolveRendererFile(options.rendererDir, url.pathname);
    if (!file) {
      sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: `Nothing at ${url.pathname}.` } });
      return;
    }
    const headers: Record<string, string> = { ...securityHeaders, 'content-type': contentTypeOf(file) };
    if (queryToken) headers['set-cookie'] = `${sessionCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  }

  const server = http.createServer((req, res) => {
    const config = { port, token };
    const host = checkHost(req.headers, config);
    if (!host.ok) return refuse(res, host);
    const origin = checkOrigin(req.headers, config);
    if (!origin.ok) return refuse(res, origin);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/rpc/') || url.pathname === '/events') {
      const api = checkApiToken(req.headers, config);
      if (!api.ok) return refuse(res, api);
      if (url.pathname === '/events' && req.method === 'GET') return handleEvents(req, res);
      if (req.method === 'POST') {
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
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
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
