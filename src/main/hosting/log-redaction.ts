/*
 * What may go into a log file: nothing that opens the user's data or the portal. Every host (the
 * desktop app, the browser version's server, the command line) logs through this, so a portal
 * token, a passphrase, a session token in an address or a key never reaches `logs/`.
 */

export const redacted = '[redacted]';

/** Object keys whose values are secrets wherever they appear. */
const secretKey =
  /pass(word|phrase)?|secret|token|authori[sz]ation|cookie|credential|api[-_]?key|private[-_]?key|^key$|salt/i;

const patterns: [RegExp, string][] = [
  // A session or gateway token in an address: ?token=… or &access_token=…
  [/([?&#](?:[a-z_]*token|key|code|signature)=)[^&#\s"']+/gi, `$1${redacted}`],
  // HTTP credentials in a header or message.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${redacted}`],
  [/\b(authorization|x-aim-token|cookie|set-cookie)(\s*[:=]\s*)[^\r\n]+/gi, `$1$2${redacted}`],
  // "password: …", "passphrase=…" in free text (not the address parameters above).
  [/(?<![?&#\w])(pass(?:word|phrase)?|secret|token)(\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s&]+)/gi, `$1$2${redacted}`],
  // JSON web tokens.
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, redacted],
  // Long hex runs: keys, secrets' hashes.
  [/\b[A-Fa-f0-9]{40,}\b/g, redacted],
];

/** A long run that looks random (digits and both cases): a key or encoded content, not words. */
const encodedRun = /[A-Za-z0-9+/_-]{48,}={0,2}/g;
const looksRandom = (run: string) => /\d/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run);

export function redactText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of patterns) result = result.replace(pattern, replacement);
  return result.replace(encodedRun, (run) => (looksRandom(run) ? redacted : run));
}

/** A copy of `value` fit for a log: secret keys' values and secret-looking strings replaced, depth bounded. */
export function redactValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth > 6) return '[nested too deep]';
  seen.add(value);
  if (value instanceof Error) {
    const error = new Error(redactText(value.message));
    error.name = value.name;
    error.stack = value.stack === undefined ? undefined : redactText(value.stack);
    const code = (value as { code?: unknown }).code;
    if (typeof code === 'string') (error as Error & { code: string }).code = code;
    return error;
  }
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => redactValue(v, depth + 1, seen));
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = secretKey.test(key) ? redacted : redactValue(inner, depth + 1, seen);
  }
  return out;
}
