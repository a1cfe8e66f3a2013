import type { z } from 'zod';
import {
  changesResponseSchema,
  lookupResponseSchema,
  portalErrorSchema,
  portalPaths,
  recordResponseSchema,
  signInResponseSchema,
  signOutResponseSchema,
  submitResponseSchema,
} from '../../../shared/sync/portal-protocol';
import type { Clock } from '../clock';
import { parseRetryAfter } from './backoff';
import { GatewayError, type PortalGateway } from './portal-gateway';

export interface HttpGatewayOptions {
  readonly baseUrl: string;
  readonly clock: Clock;
  readonly timeoutMs: number;
  /** Aborts every request in progress (the engine stopping). */
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
  /** The largest reply read (default 32 MB); a bigger one is refused unread. */
  readonly maxResponseBytes?: number;
}

/**
 * The portal's replies are small JSON documents; the largest, a reference-data update, is a few
 * megabytes. 32 MB is far beyond any of them and keeps a broken or hostile server from filling
 * the app's memory (the app's own choice).
 */
export const defaultMaxResponseBytes = 32 * 1024 * 1024;

/** The reply's text, read chunk by chunk and abandoned as soon as it passes `max` bytes. */
async function readLimited(response: Response, max: number, what: string): Promise<string> {
  const tooLarge = () =>
    new GatewayError(
      'PROTOCOL',
      `${what}: the answer is larger than ${Math.round(max / 1024 / 1024)} MB, far more than any portal reply; it was not read.`,
      { httpStatus: response.status },
    );
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > max) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// Errors where the request never left this computer: nothing can have reached the portal.
const offlineCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function causeCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return '';
}

/**
 * The portal gateway over HTTP with Node's fetch. Every reply is parsed with the protocol's zod
 * schemas; anything else is a PROTOCOL error rather than data. The token goes only into the
 * Authorization header and never into a message, so it cannot leak into the sync log.
 */
export function createHttpGateway(options: HttpGatewayOptions): PortalGateway {
  const doFetch = options.fetch ?? fetch;
  const maxResponse = options.maxResponseBytes ?? defaultMaxResponseBytes;
  const base = options.baseUrl.replace(/\/+$/, '');

  async function call<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    schema: S,
    init: { token?: string; body?: unknown; idempotencyKey?: string } = {},
  ): Promise<z.output<S>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    const what = `${method} ${path.split('?')[0]}`;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        signal,
        redirect: 'error',
      });
      text = await readLimited(response, maxResponse, what);
    } catch (error) {
      if (error instanceof GatewayError) throw error;
      if (timeout.aborted)
        throw new GatewayError(
          'TIMEOUT',
          `${what}: no answer within ${options.timeoutMs} ms; the portal may still have acted on it.`,
        );
      if (options.signal?.aborted) throw new GatewayError('NETWORK', `${what}: stopped because sync is shutting down.`);
      const code = causeCode(error);
      if (offlineCodes.has(code))
        throw new GatewayError('OFFLINE', `${what}: the portal at ${base} cannot be reached (${code}).`);
      throw new GatewayError(
        'NETWORK',
        `${what}: the connection failed mid-request (${code || (error as Error).message}).`,
      );
    }
    let json: unknown = null;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = null;
    }
    if (!response.ok) throw errorFor(response, json, what);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new GatewayError(
        'PROTOCOL',
        `${what}: the answer does not follow the portal protocol (${parsed.error.issues[0]?.message ?? 'unreadable'}).`,
        {
          httpStatus: response.status,
        },
      );
    }
    return parsed.data;
  }

  function errorFor(response: Response, json: unknown, what: string): GatewayError {
    const body = portalErrorSchema.safeParse(json);
    const portalCode = body.success ? body.data.error.code : '';
    const detail = body.success ? body.data.error.message : `HTTP ${response.status}`;
    const extra = {
      httpStatus: response.status,
      reasons: body.success ? (body.data.error.reasons ?? []) : [],
      current: body.success ? (body.data.current ?? null) : null,
    };
    const status = response.status;
    if (status === 401)
      return new GatewayError('AUTH_REQUIRED', `${what}: the portal wants you to sign in again (${detail}).`, extra);
    if (status === 429) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.clock.now());
      return new GatewayError('RATE_LIMITED', `${what}: the portal asked us to slow down (${detail}).`, {
        ...extra,
        retryAfterMs,
      });
    }
    if (status >= 500 || status === 408) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.clock.now());
      return new GatewayError('SERVER_ERROR', `${what}: the portal failed (HTTP ${status}: ${detail}).`, {
        ...extra,
        retryAfterMs,
      });
    }
    if (status === 409 && portalCode === 'KEY_FENCED') return new GatewayError('FENCED', `${what}: ${detail}`, extra);
    if (status === 409) return new GatewayError('CONFLICT', `${what}: ${detail}`, extra);
    if (status === 404) return new GatewayError('NOT_FOUND', `${what}: ${detail}`, extra);
    if (status === 422) return new GatewayError('REJECTED', `${what}: ${detail}`, extra);
    return new GatewayError('PROTOCOL', `${what}: unexpected HTTP ${status} (${detail}).`, extra);
  }

  /** A change to a licence the portal holds (cancel, correct): sent once under its key, answered with the new record. */
  async function amend(
    path: string,
    token: string,
    key: string,
    body: { baseVersion: number } & Record<string, unknown>,
  ) {
    const reply = await call('POST', path, recordResponseSchema, { token, idempotencyKey: key, body });
    return reply.record;
  }

  return {
    signIn: (username, password) =>
      call('POST', portalPaths.session, signInResponseSchema, { body: { username, password } }),
    async signOut(token) {
      await call('DELETE', portalPaths.session, signOutResponseSchema, { token });
    },
    async submit(token, items) {
      const reply = await call('POST', portalPaths.licences, submitResponseSchema, { token, body: { items } });
      return reply.results;
    },
    async lookup(token, keys, fence) {
      const reply = await call('POST', portalPaths.lookup, lookupResponseSchema, { token, body: { keys, fence } });
      return reply.results;
    },
    changes: (token, cursor, limit) =>
      call('GET', `${portalPaths.changes}?cursor=${encodeURIComponent(cursor)}&limit=${limit}`, changesResponseSchema, {
        token,
      }),
    cancel: (token, key, portalId, baseVersion, reason) =>
      amend(portalPaths.cancel(portalId), token, key, { baseVersion, reason }),
    correct: (token, key, portalId, baseVersion, licence) =>
      amend(portalPaths.correct(portalId), token, key, { baseVersion, licence }),
  };
}
