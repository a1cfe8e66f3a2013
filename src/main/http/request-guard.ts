import type { IncomingHttpHeaders } from 'node:http';

import type { BrowserSessions } from './browser-sessions';

/** The cookie that lets a tab reload the page's files; never a secret for the API (browser-sessions.ts). */
export const staticCookieName = 'aim_static';

export interface GuardConfig {
  readonly port: number;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

const allow: GuardVerdict = { ok: true };

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

const noSession: GuardVerdict = {
  ok: false,
  status: 401,
  message:
    'This tab has no session with the app. Open the address the web host printed (each address opens one tab), or ask an open tab for another window.',
};

/** The procedures and event stream need a session secret in a header only our own page's script has; cookies never count. */
export function checkApiSession(headers: IncomingHttpHeaders, sessions: BrowserSessions): GuardVerdict {
  return sessions.isSession(bearerToken(headers)) ? allow : noSession;
}

/** Page files: for a live one-time code in the address (not spent by this), or the static-file cookie. */
export function checkPageAccess(
  headers: IncomingHttpHeaders,
  queryCode: string | null,
  sessions: BrowserSessions,
): GuardVerdict {
  if (sessions.codeIsLive(queryCode) || sessions.isStaticCookie(cookieValue(headers, staticCookieName))) return allow;
  return {
    ok: false,
    status: 401,
    message:
      'This address has already been used, or is not from this run of the app. Open the newest address the web host printed (press Enter in its terminal for a new one), or use “Open in a new tab” in a tab where the app is open.',
  };
}
