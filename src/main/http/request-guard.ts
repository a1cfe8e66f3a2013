import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const sessionCookie = 'aim_session';

export interface GuardConfig {
  readonly port: number;
  readonly token: string;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

const allow: GuardVerdict = { ok: true };

export function sameSecret(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const allowedOrigins = (port: number) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

/**
 * DNS rebinding defence: a page on evil.example resolved to 127.0.0.1 still sends
 * `Host: evil.example`, so only our own loopback names are served.
 */
export function checkHost(headers: IncomingHttpHeaders, config: GuardConfig): GuardVerdict {
  const host = headers.host?.toLowerCase();
  if (host === `127.0.0.1:${config.port}` || host === `localhost:${config.port}`) return allow;
  return { ok: false, status: 403, message: `Host "${headers.host ?? ''}" is not this app's address.` };
}

/** Other web pages may not drive the app: a cross-site Origin or fetch site is refused. */
export function checkOrigin(headers: IncomingHttpHeaders, config: GuardConfig): GuardVerdict {
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(config.port).includes(origin)) {
    return { ok: false, status: 403, message: `Requests from ${origin} are not accepted.` };
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { ok: false, status: 403, message: `Cross-site requests (${site}) are not accepted.` };
  }
  return allow;
}

export function cookieValue(headers: IncomingHttpHeaders, name: string): string | null {
  for (const part of (headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  return match ? match[1]! : null;
}

/** The procedures and event stream need the token in a header only our own page's script has. */
export function checkApiToken(headers: IncomingHttpHeaders, config: GuardConfig): GuardVerdict {
  if (sameSecret(bearerToken(headers), config.token)) return allow;
  return { ok: false, status: 401, message: 'Missing or wrong session token. Open the address the web host printed.' };
}

/** Page files: the token from the printed URL once, then the session cookie it sets. */
export function checkPageToken(
  headers: IncomingHttpHeaders,
  queryToken: string | null,
  config: GuardConfig,
): GuardVerdict {
  if (sameSecret(queryToken, config.token) || sameSecret(cookieValue(headers, sessionCookie), config.token))
    return allow;
  return { ok: false, status: 401, message: 'Missing or wrong session token. Open the address the web host printed.' };
}
