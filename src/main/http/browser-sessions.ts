import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const random = () => randomBytes(32).toString('base64url');
const digest = (value: string) => createHash('sha256').update(value).digest('hex');

/** A code asked for from an open tab ("open another window") is spent within this time or never. */
export const mintedCodeLifetimeMs = 5 * 60 * 1000;

/**
 * The browser version's three kinds of secret, each good for one thing only:
 * - one-time codes, in the address printed or opened (a process list or browser history shows
 *   it, so it is spent at first use and then opens nothing);
 * - session secrets, one per tab, handed out for a code and sent only in the Authorization
 *   header of API calls (kept by the tab in sessionStorage, never in a cookie);
 * - the static-file cookie, which lets a tab reload the page's own files. Browsers send cookies
 *   for 127.0.0.1 to every port, so other local services see it: the API refuses it.
 * Only hashes of the codes and secrets are kept, and compared in constant time.
 */
export function createBrowserSessions(now: () => number = Date.now) {
  const codes = new Map<string, number | null>();
  const sessions = new Set<string>();
  const staticCookie = random();

  function mintCode(lifetimeMs: number | null): string {
    const code = random();
    codes.set(digest(code), lifetimeMs === null ? null : now() + lifetimeMs);
    return code;
  }

  function live(hash: string): boolean {
    const expires = codes.get(hash);
    if (expires === undefined) return false;
    if (expires !== null && expires < now()) {
      codes.delete(hash);
      return false;
    }
    return true;
  }

  return {
    /** The code of the address printed at start: valid until it is used. */
    firstCode: () => mintCode(null),
    /** A code for one more tab, asked for by a tab that already has a session. */
    mintCode: () => mintCode(mintedCodeLifetimeMs),
    /** True while `code` can still be exchanged (pages are served for it, without spending it). */
    codeIsLive: (code: string | null) => code !== null && live(digest(code)),
    /** Spends a code for a new session secret; null when the code is unknown, spent or expired. */
    exchange(code: string): string | null {
      const hash = digest(code);
      if (!live(hash)) return null;
      codes.delete(hash);
      const secret = random();
      sessions.add(digest(secret));
      return secret;
    },
    isSession: (secret: string | null) => secret !== null && sessions.has(digest(secret)),
    staticCookie,
    isStaticCookie(value: string | null): boolean {
      if (value === null) return false;
      const a = Buffer.from(value);
      const b = Buffer.from(staticCookie);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}

export type BrowserSessions = ReturnType<typeof createBrowserSessions>;
