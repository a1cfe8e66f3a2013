import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

import { z } from 'zod';

import type { VaultKeys } from './vault-keys';

/**
 * In a protected folder an attachment is stored under a keyed name, HMAC-SHA256(name key, its
 * SHA-256), not under its plain SHA-256: someone with a copy of the folder (or of a backup) and
 * a copy of a given certificate cannot confirm from the names that the folder holds it. The
 * content hash the app shows and the audit trail records stays the real SHA-256 (it is evidence);
 * it lives in the database, which is encrypted in a protected folder.
 *
 * The name key is random, made when protection is switched on, and kept sealed under the
 * passphrase's key (in vault.json and in every backup manifest), so a passphrase change only
 * re-seals it and no file is renamed. It is over the SHA-256 rather than the bytes so a file
 * is found from the hash the database records, without reading it first.
 */
export const fileNameKeyBytes = 32;

const keyId = z.string().regex(/^[0-9a-f]{16}$/);
/** The name key sealed under one passphrase key: nonce | ciphertext | tag, base64. */
export const sealedNameKeySchema = z.object({ under: keyId, sealed: z.string().max(200) });
export type SealedNameKey = z.infer<typeof sealedNameKeySchema>;

export const newFileNameKey = (): Buffer => randomBytes(fileNameKeyBytes);

const aad = (under: string) => Buffer.from(`aim-licences file-name key:${under}`);

export function sealNameKey(nameKey: Buffer, under: VaultKeys): SealedNameKey {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', under.wrap, nonce);
  cipher.setAAD(aad(under.id));
  const sealed = Buffer.concat([nonce, cipher.update(nameKey), cipher.final(), cipher.getAuthTag()]);
  return { under: under.id, sealed: sealed.toString('base64') };
}

/** The name key, opened with whichever of `keys` it is sealed under; null when none opens it (altered, or another key). */
export function openNameKey(sealed: readonly SealedNameKey[], keys: readonly VaultKeys[]): Buffer | null {
  for (const entry of sealed) {
    const under = keys.find((k) => k.id === entry.under);
    if (!under) continue;
    const bytes = Buffer.from(entry.sealed, 'base64');
    if (bytes.length !== 12 + fileNameKeyBytes + 16) continue;
    try {
      const decipher = createDecipheriv('aes-256-gcm', under.wrap, bytes.subarray(0, 12));
      decipher.setAAD(aad(under.id));
      decipher.setAuthTag(bytes.subarray(12 + fileNameKeyBytes));
      return Buffer.concat([decipher.update(bytes.subarray(12, 12 + fileNameKeyBytes)), decipher.final()]);
    } catch {
      continue;
    }
  }
  return null;
}

/** The name an attachment with this SHA-256 is stored under: keyed with `nameKey`, or the SHA-256 itself. */
export const storedName = (sha256: string, nameKey: Buffer | null): string =>
  nameKey ? createHmac('sha256', nameKey).update(`aim-licences attachment\n${sha256}`).digest('hex') : sha256;

/** `<first two hex digits>/<name>`: where a stored name sits under files/ (and a backup's files/). */
export const storeRelativePath = (name: string): string => `${name.slice(0, 2)}/${name}`;

/**
 * Whether `name` is a right name for content with this SHA-256: its plain name, or its keyed
 * name under one of `nameKeys`. A name that is neither means the file was altered or moved.
 */
export function nameFits(name: string, sha256: string, nameKeys: readonly (Buffer | null)[]): boolean {
  if (name === sha256) return true;
  return nameKeys.some((k) => k !== null && storedName(sha256, k) === name);
}
