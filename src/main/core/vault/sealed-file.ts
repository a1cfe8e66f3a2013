import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import type { VaultKeys } from './vault-keys';

/**
 * An attachment encrypted at rest: AES-256-GCM with a fresh random nonce per file.
 *
 *   "AIMSEAL" 0x01 | key id (8 bytes) | nonce (12) | ciphertext | tag (16)
 *
 * The authenticated data is the header plus the file's address (its name in the store: a keyed
 * hash of its SHA-256, file-names.ts, or the SHA-256 itself in files sealed before keyed names):
 * a sealed file moved under another name, or altered by one bit, fails to open and
 * counts as tampered. The key id says which passphrase's key sealed it, so a folder half-way
 * through a passphrase change can still read every file.
 */
const magic = Buffer.from('AIMSEAL\x01', 'latin1');
const headerLength = magic.length + 8 + 12;
const tagLength = 16;

const associatedData = (header: Buffer, address: string) => Buffer.concat([header, Buffer.from(address, 'hex')]);

export function sealFile(plain: Uint8Array, address: string, keys: VaultKeys): Buffer {
  const header = Buffer.concat([magic, Buffer.from(keys.id, 'hex'), randomBytes(12)]);
  const cipher = createCipheriv('aes-256-gcm', keys.files, header.subarray(magic.length + 8));
  cipher.setAAD(associatedData(header, address));
  return Buffer.concat([header, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** The id of the key that sealed these bytes, or null when they do not look sealed at all. */
export function sealedKeyId(stored: Uint8Array): string | null {
  if (stored.length < headerLength + tagLength) return null;
  if (!Buffer.from(stored.buffer, stored.byteOffset, magic.length).equals(magic)) return null;
  return Buffer.from(stored.buffer, stored.byteOffset + magic.length, 8).toString('hex');
}

/** The plain content, or null when the bytes do not open with this key and address (altered, or another key). */
export function openSealed(stored: Uint8Array, address: string, keys: VaultKeys): Buffer | null {
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.length);
  if (sealedKeyId(bytes) !== keys.id) return null;
  const header = bytes.subarray(0, headerLength);
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.files, header.subarray(magic.length + 8));
    decipher.setAAD(associatedData(header, address));
    decipher.setAuthTag(bytes.subarray(bytes.length - tagLength));
    return Buffer.concat([decipher.update(bytes.subarray(headerLength, bytes.length - tagLength)), decipher.final()]);
  } catch {
    return null;
  }
}
