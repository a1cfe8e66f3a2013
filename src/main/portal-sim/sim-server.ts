import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { z } from 'zod';

import { referenceDataSchema } from '#shared/reference/reference-schema';
import {
  cancelRequestSchema,
  correctRequestSchema,
  lookupRequestSchema,
  portalLicenceContentSchema,
  signInRequestSchema,
  submitRequestSchema,
} from '#shared/sync/portal-protocol';

import { createFaultInjector, type FaultInjector, type FaultKind, type FaultPlanInput } from './sim-faults';
import { createSimState, type SimAccount, type SimClock, type SimReply, type SimState } from './sim-state';

export interface PortalSimOptions {
  readonly port?: number;
  readonly clock?: SimClock;
  readonly accounts?: readonly SimAccount[];
  readonly faults?: FaultPlanInput;
  readonly tokenTtlMs?: number;
  readonly reviewMs?: number;
  /** Protects /admin; random when not given. */
  readonly adminToken?: string;
  /** The memory of a simulator that was stopped: a restart on it is the same portal coming back. */
  readonly state?: SimState;
}

export interface PortalSim {
  readonly url: string;
  readonly port: number;
  readonly adminToken: string;
  readonly state: SimState;
  readonly faults: FaultInjector;
  /** Requests received per route (after faults that answered without doing anything). */
  readonly requests: Record<string, number>;
  close(): Promise<void>;
}

export const defaultAccount: SimAccount = {
  username: 'filer@lakeside-al.example',
  password: 'portal-demo',
  company: 'Lakeside Aluminum Imports LLC',
};

const maxBody = 32 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// Unref'd: a held answer never keeps the process alive on its own.
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
const error = (status: number, code: string, message: string): SimReply => ({
  status,
  body: { error: { code, message } },
});

function parse<S extends z.ZodType>(
  schema: S,
  text: string,
): { ok: true; value: z.output<S> } | { ok: false; reply: SimReply } {
  let json: unknown;
  try {
    json = text === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, reply: error(400, 'BAD_REQUEST', 'The body is not valid JSON.') };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reply: error(
        400,
        'BAD_REQUEST',
        `Invalid request: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable'}.`,
      ),
    };
  }
  return { ok: true, value: parsed.data };
}

type Route =
  | { name: 'session'; method: 'POST' | 'DELETE' }
  | { name: 'submit' }
  | { name: 'lookup' }
  | { name: 'changes' }
  | { name: 'cancel' | 'correct'; portalId: string };

function route(method: string, pathname: string): Route | null {
  if (pathname === '/v1/session' && (method === 'POST' || method === 'DELETE')) return { name: 'session', method };
  if (pathname === '/v1/licences' && method === 'POST') return { name: 'submit' };
  if (pathname === '/v1/operations/lookup' && method === 'POST') return { name: 'lookup' };
  if (pathname === '/v1/changes' && method === 'GET') return { name: 'changes' };
  const m = /^\/v1\/licences\/([^/]+)\/(cancel|correct)$/.exec(pathname);
  if (m && method === 'POST') return { name: m[2] as 'cancel' | 'correct', portalId: decodeURIComponent(m[1]!) };
  return null;
}

const bearer = (req: IncomingMessage): string | null => {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
};

/**
 * A local stand-in for a filing gateway (the service an organisation chooses to file with ITA),
 * speaking the documented JSON protocol on 127.0.0.1: gateway accounts and tokens, licence
 * numbers, the app's rules plus its own, and faults on demand (see sim-faults.ts). For
 * development and tests only; it is not trade.gov and never talks to it.
 */
export async function startPortalSim(options: PortalSimOptions = {}): Promise<PortalSim> {
  const clock = options.clock ?? { now: () => new Date() };
  const state =
    options.state ??
    createSimState({
      clock,
      accounts: options.accounts ?? [defaultAccount],
      tokenTtlMs: options.tokenTtlMs,
      reviewMs: options.reviewMs,
    });
  const faults = createFaultInjector(options.faults);
  const adminToken = options.adminToken ?? randomBytes(18).toString('base64url');
  const requests: Record<string, number> = {};

  function handle(
    r: Route,
    owner: string,
    req: IncomingMessage,
    url: URL,
    text: string,
    fault: FaultKind | null,
  ): SimReply {
    switch (r.name) {
      case 'session': {
        if (r.method === 'DELETE') return state.signOut(bearer(req) ?? '');
        const body = parse(signInRequestSchema, text);
        return body.ok ? state.signIn(body.value.username, body.value.password) : body.reply;
      }
      case 'submit': {
        const body = parse(submitRequestSchema, text);
        if (!body.ok) return body.reply;
        return { status: 200, body: { results: body.value.items.map((item) => state.submitItem(owner, item)) } };
      }
      case 'lookup': {
        const body = parse(lookupRequestSchema, text);
        return body.ok
          ? { status: 200, body: { results: state.lookup(owner, body.value.keys, body.value.fence) } }
          : body.reply;
      }
      case 'changes': {
        const cursor = Number(url.searchParams.get('cursor') ?? '0');
        const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get('limit') ?? '500')));
        if (!Number.isInteger(cursor) || cursor < 0)
          return error(400, 'BAD_REQUEST', 'cursor must be a cursor returned by this endpoint.');
        return { status: 200, body: state.changes(owner, cursor, limit, fault === 'duplicate' ? 5 : 0) };
      }
      case 'cancel':
      case 'correct': {
        const key = req.headers['idempotency-key'];
        if (typeof key !== 'string' || !/^[0-9a-f-]{36}$/i.test(key))
          return error(400, 'BAD_REQUEST', 'An Idempotency-Key header (a UUID) is required.');
        const body = r.name === 'cancel' ? parse(cancelRequestSchema, text) : parse(correctRequestSchema, text);
        return body.ok ? state.change(owner, r.name, key, r.portalId, body.value) : body.reply;
      }
    }
  }

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.headers['x-admin-token'] !== adminToken) return send(res, error(403, 'FORBIDDEN', 'Admin token required.'));
    const text = await readBody(req);
    const json = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    switch (`${req.method} ${url.pathname}`) {
      case 'POST /admin/faults':
        faults.set(json as FaultPlanInput);
        return send(res, { status: 200, body: faults.plan() });
      case 'POST /admin/expire-tokens':
        state.expireAllTokens();
        return send(res, { status: 200, body: { expired: true } });
      case 'GET /admin/licences':
        return send(res, {
          status: 200,
          body: { licences: state.admin.licences(), injected: faults.injected, requests },
        });
      case 'POST /admin/correct': {
        const patch = portalLicenceContentSchema.partial().safeParse(json.patch);
        const record = patch.success ? state.admin.correctOnPortal(String(json.portalId), patch.data) : null;
        return send(
          res,
          record ? { status: 200, body: { record } } : error(404, 'NOT_FOUND', 'No such licence, or a bad patch.'),
        );
      }
      case 'POST /admin/cancel': {
        const record = state.admin.cancelOnPortal(String(json.portalId));
        return send(
          res,
          record ? { status: 200, body: { record } } : error(404, 'NOT_FOUND', 'No issued licence with that id.'),
        );
      }
      case 'POST /admin/reference': {
        const data = referenceDataSchema.safeParse(json.data);
        return send(
          res,
          data.success
            ? { status: 200, body: { version: state.admin.judgeWith(data.data) } }
            : error(400, 'BAD_REQUEST', 'data must be reference data.'),
        );
      }
      default:
        return send(res, error(404, 'NOT_FOUND', `No admin action ${req.method} ${url.pathname}.`));
    }
  }

  function send(res: ServerResponse, reply: SimReply, headers: Record<string, string> = {}): void {
    if (res.destroyed) return;
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    });
    res.end(JSON.stringify(reply.body));
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/admin/')) return handleAdmin(req, res, url);
    const r = route(req.method ?? 'GET', url.pathname);
    if (!r) return send(res, error(404, 'NOT_FOUND', `No endpoint ${req.method} ${url.pathname}.`));
    const fault = faults.pick(r.name);
    if (fault === 'drop') {
      req.socket.destroy();
      return;
    }
    const text = await readBody(req);
    if (fault === 'error500')
      return send(res, error(500, 'INTERNAL', 'Injected failure: the portal failed before doing anything.'));
    if (fault === 'rate-limit') {
      return send(res, error(429, 'RATE_LIMITED', 'Too many requests.'), {
        'retry-after': String(faults.plan().retryAfterSeconds),
      });
    }
    if (fault === 'latency') await delay(faults.plan().latencyMs);
    if (fault === 'expire-token') state.expireToken(bearer(req));
    let owner = '';
    if (r.name !== 'session') {
      const who = state.authenticate(bearer(req));
      if (!who) return send(res, error(401, 'UNAUTHENTICATED', 'Sign in again: the token is missing or expired.'));
      owner = who;
    }
    requests[r.name] = (requests[r.name] ?? 0) + 1;
    let reply = handle(r, owner, req, url, text, fault);
    // The network delivered the request twice: the client sees the answer to the second copy.
    if (fault === 'duplicate' && r.name !== 'changes') reply = handle(r, owner, req, url, text, null);
    if (fault === 'timeout-after-commit') {
      await delay(faults.plan().hangMs);
      req.socket.destroy();
      return;
    }
    send(res, reply);
  }

  const server = http.createServer((req, res) => {
    serve(req, res).catch((e: unknown) => {
      if (!res.headersSent && !res.destroyed)
        send(res, error(500, 'INTERNAL', `Simulator failure: ${(e as Error).message}`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    adminToken,
    state,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
