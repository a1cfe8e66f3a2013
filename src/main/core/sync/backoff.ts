/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so clients
 * that failed together do not come back together, and no retry comes back at once.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/**
 * The wait the portal asked for. Retry-After is honoured as a minimum (never earlier), with a
 * little jitter on top, capped so a broken header cannot park the queue for days.
 */
export function retryAfterDelay(retryAfterMs: number, random: () => number, capMs = 60 * 60_000): number {
  const wait = Math.min(capMs, Math.max(0, retryAfterMs));
  return Math.round(wait + random() * Math.min(1000, wait * 0.1));
}

/** Reads a Retry-After header: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (header === null || header.trim() === '') return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now.getTime());
}
