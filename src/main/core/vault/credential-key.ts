import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { replaceFileDurably } from './durable-write';
import { sealedKeyId } from './sealed-file';
import { decodeStored, encodeForStore } from './stored-form';
import type { VaultKeys } from './vault-keys';

/**
 * The key that encrypts the web host's and the command line's gateway token (secrets/credentials.key).
 * In a protected folder it is itself sealed with the passphrase's key, so a copy of the folder
 * holds the token's ciphertext but not a usable key; in a plain folder it is stored as it is.
 */
export const credentialKeyFileName = 'credentials.key';

/** A fixed "address" bound into the seal, so this file cannot be swapped with an attachment. */
const address = createHash('sha256').update('aim-licences portal credentials key').digest('hex');

export type CredentialKeyRead =
  | { readonly state: 'absent' }
  | { readonly state: 'ok'; readonly key: Buffer; readonly sealedWith: string | null }
  /** Sealed with a key this folder does not have now (locked, or another passphrase), or altered. */
  | { readonly state: 'unreadable' };

export function readCredentialKey(
  secretsDir: string,
  lookup: (id: string) => VaultKeys | undefined,
): CredentialKeyRead {
  let stored: Buffer;
  try {
    stored = fs.readFileSync(path.join(secretsDir, credentialKeyFileName));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' };
    throw error;
  }
  const decoded = decodeStored(stored, address, lookup);
  if (!decoded.ok || decoded.plain.length !== 32) return { state: 'unreadable' };
  return { state: 'ok', key: decoded.plain, sealedWith: decoded.sealedWith };
}

/** Writes the key sealed with `target`, or plain when there is none (temp file, fsync, rename; owner-only). */
export function writeCredentialKey(secretsDir: string, key: Buffer, target: VaultKeys | null): void {
  replaceFileDurably(
    path.join(secretsDir, credentialKeyFileName),
    encodeForStore(key, address, target),
    path.join(secretsDir, '.incoming'),
  );
}

/**
 * Brings the key to the folder's new form during a change of protection (vault-service's settle).
 * Returns a problem sentence when the key does not open; the user then signs in to the portal again.
 */
export function convertCredentialKey(
  secretsDir: string,
  target: VaultKeys | null,
  keys: readonly VaultKeys[],
): string | null {
  const file = path.join(secretsDir, credentialKeyFileName);
  if (!fs.existsSync(file)) return null;
  if (target && sealedKeyId(fs.readFileSync(file)) === target.id) return null;
  const read = readCredentialKey(secretsDir, (id) => keys.find((k) => k.id === id));
  if (read.state !== 'ok')
    return 'The key of the saved portal sign-in does not open; sign in to the portal again on the Sync page.';
  if (read.sealedWith !== (target?.id ?? null)) writeCredentialKey(secretsDir, read.key, target);
  return null;
}
