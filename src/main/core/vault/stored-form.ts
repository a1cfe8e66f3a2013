import { createHash } from 'node:crypto';

import { openSealed, sealedKeyId, sealFile } from './sealed-file';
import type { VaultKeys } from './vault-keys';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export type Decoded =
  /** `sealedWith`: the id of the key it was sealed with, or null when it is stored plain. */
  | { readonly ok: true; readonly plain: Buffer; readonly sealedWith: string | null }
  /** Sealed, but it does not open: `altered` (the key is known; the bytes or their address changed) or sealed with a key not given. */
  | { readonly ok: false; readonly reason: 'altered' | 'unknown-key'; readonly keyId: string };

/**
 * An attachment's plain content as stored under `address` (its SHA-256), whatever form it is in:
 * plain (a folder without protection, or not converted yet) or sealed with one of the folder's keys.
 * A plain file whose content happens to begin like a sealed one is recognised by its hash.
 */
export function decodeStored(
  stored: Buffer,
  address: string,
  lookup: (keyId: string) => VaultKeys | undefined,
): Decoded {
  const keyId = sealedKeyId(stored);
  if (keyId === null) return { ok: true, plain: stored, sealedWith: null };
  const keys = lookup(keyId);
  const plain = keys ? openSealed(stored, address, keys) : null;
  if (plain) return { ok: true, plain, sealedWith: keyId };
  if (sha256(stored) === address) return { ok: true, plain: stored, sealedWith: null };
  return { ok: false, reason: keys ? 'altered' : 'unknown-key', keyId };
}

/** The bytes to store for plain content under `address`: sealed with `target`, or plain when there is none. */
export const encodeForStore = (plain: Uint8Array, address: string, target: VaultKeys | null): Buffer =>
  target ? sealFile(plain, address, target) : Buffer.from(plain.buffer, plain.byteOffset, plain.length);
