import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

import { z } from 'zod';

import { normalisePassphrase } from '#shared/vault/passphrase-rules';

/**
 * scrypt's cost: N = 2^17, r = 8, p = 1 (OWASP's recommendation) takes about 0.7 s and 128 MiB
 * on a modest machine, once per unlock. A header read from disk may name other values; they are
 * bounded so a doctored header cannot make the app allocate gigabytes.
 */
export interface KdfParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}
export const defaultKdfParams: KdfParams = { N: 2 ** 17, r: 8, p: 1 };
const maxScryptMemory = 1024 * 1024 * 1024;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** What is kept on disk about one key: how to derive it again, and a value to recognise it by. */
export const keySpecSchema = z.object({
  kdf: z
    .object({
      name: z.literal('scrypt'),
      N: z
        .number()
        .int()
        .min(2 ** 10)
        .max(2 ** 20)
        .refine((n) => (n & (n - 1)) === 0, { error: 'must be a power of two' }),
      r: z.number().int().min(1).max(16),
      p: z.number().int().min(1).max(4),
      salt: base64.refine((s) => Buffer.from(s, 'base64').length >= 16, { error: 'must be at least 16 bytes' }),
    })
    .refine((k) => 128 * k.N * k.r <= maxScryptMemory, { error: 'asks for more than 1 GiB of memory' }),
  /** HKDF(master, "check"): proves a passphrase right without touching the database. */
  check: hex64,
  createdAt: z.string(),
});
export type KeySpec = z.infer<typeof keySpecSchema>;

/** Everything derived from one passphrase. Lives only in the main process's memory. */
export interface VaultKeys {
  /** A short public fingerprint (the first 16 hex digits of `check`): names the key in file headers. */
  readonly id: string;
  readonly spec: KeySpec;
  /** scrypt's output; the subkeys below come from it through HKDF, each for one purpose. */
  readonly master: Buffer;
  /** SQLCipher's raw key: the database is opened without a second, slow key derivation. */
  readonly database: Buffer;
  /** AES-256-GCM key for attachment files. */
  readonly files: Buffer;
  /** AES-256-GCM key that wraps another key's master during a passphrase change. */
  readonly wrap: Buffer;
  /** HMAC-SHA256 key that signs the audit anchor and backup manifests (record-signature.ts). */
  readonly sign: Buffer;
}

const subkey = (master: Buffer, purpose: string): Buffer =>
  Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `aim-licences ${purpose}`, 32));

export const keyIdOf = (check: string): string => check.slice(0, 16);

function keysFrom(master: Buffer, spec: KeySpec): VaultKeys {
  return {
    id: keyIdOf(spec.check),
    spec,
    master,
    database: subkey(master, 'database'),
    files: subkey(master, 'files'),
    wrap: subkey(master, 'wrap'),
    sign: subkey(master, 'record signing'),
  };
}

function deriveMaster(passphrase: string, kdf: KeySpec['kdf']): Promise<Buffer> {
  // The asynchronous form runs in libuv's pool: a host keeps answering while a key is derived.
  return new Promise((resolve, reject) => {
    scrypt(
      Buffer.from(normalisePassphrase(passphrase), 'utf8'),
      Buffer.from(kdf.salt, 'base64'),
      64,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 128 * kdf.N * kdf.r + 16 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** A new key for a new passphrase, with a fresh random salt. */
export async function createKeys(
  passphrase: string,
  createdAt: string,
  params: KdfParams = defaultKdfParams,
): Promise<VaultKeys> {
  const kdf = { name: 'scrypt' as const, ...params, salt: randomBytes(16).toString('base64') };
  const master = await deriveMaster(passphrase, kdf);
  return keysFrom(master, { kdf, check: subkey(master, 'check').toString('hex'), createdAt });
}

/** The keys for `spec` if `passphrase` is the one it was made from, else null. */
export async function tryPassphrase(passphrase: string, spec: KeySpec): Promise<VaultKeys | null> {
  const master = await deriveMaster(passphrase, spec.kdf);
  const check = subkey(master, 'check');
  return timingSafeEqual(check, Buffer.from(spec.check, 'hex')) ? keysFrom(master, spec) : null;
}

/** Seals `keys`'s master under `under`'s wrapping key (nonce | ciphertext | tag, base64). */
export function wrapKeys(keys: VaultKeys, under: VaultKeys): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', under.wrap, nonce);
  cipher.setAAD(Buffer.from(`${keys.id}:${under.id}`));
  return Buffer.concat([nonce, cipher.update(keys.master), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

/** The keys sealed by wrapKeys, or null when the wrapping does not open with `under` (altered). */
export function unwrapKeys(wrapped: string, spec: KeySpec, under: VaultKeys): VaultKeys | null {
  const bytes = Buffer.from(wrapped, 'base64');
  if (bytes.length !== 12 + 64 + 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', under.wrap, bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(`${keyIdOf(spec.check)}:${under.id}`));
    decipher.setAuthTag(bytes.subarray(76));
    const master = Buffer.concat([decipher.update(bytes.subarray(12, 76)), decipher.final()]);
    return timingSafeEqual(subkey(master, 'check'), Buffer.from(spec.check, 'hex')) ? keysFrom(master, spec) : null;
  } catch {
    return null;
  }
}

/** How the key is derived, in words for the audit trail and the note (never the salt or the key). */
export const describeKdf = (spec: KeySpec): string => `scrypt N=${spec.kdf.N} r=${spec.kdf.r} p=${spec.kdf.p}`;
