import { createHmac, timingSafeEqual } from 'node:crypto';

import { z } from 'zod';

import type { VaultKeys } from './vault-keys';

/**
 * Records kept beside the database (the audit anchor, backup manifests) are signed in a
 * protected folder with an HMAC-SHA256 key derived from the passphrase's master key. Someone who
 * can write the folder but does not know the passphrase cannot then write an anchor or a
 * manifest the app accepts: an older database put back with a made-up anchor, or a manifest
 * edited to hide a newer backup, is reported.
 */
export const recordSignatureSchema = z.object({
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  hmacSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type RecordSignature = z.infer<typeof recordSignatureSchema>;

export type SignedRecordKind = 'audit-anchor' | 'backup-manifest';

/** JSON with object keys in sorted order, so the same record always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const mac = (keys: VaultKeys, kind: SignedRecordKind, body: unknown) =>
  createHmac('sha256', keys.sign)
    .update(`aim-licences ${kind}\n${canonicalJson(body)}`)
    .digest();

export function signRecord(keys: VaultKeys, kind: SignedRecordKind, body: unknown): RecordSignature {
  return { keyId: keys.id, hmacSha256: mac(keys, kind, body).toString('hex') };
}

export type SignatureCheck = 'valid' | 'unsigned' | 'unknown-key' | 'invalid';

/** Whether `signature` was made over `body` by a key of this folder (looked up by its id). */
export function checkRecordSignature(
  lookup: (keyId: string) => VaultKeys | undefined,
  kind: SignedRecordKind,
  body: unknown,
  signature: unknown,
): SignatureCheck {
  const parsed = recordSignatureSchema.safeParse(signature);
  if (signature === undefined || !parsed.success) return signature === undefined ? 'unsigned' : 'invalid';
  const keys = lookup(parsed.data.keyId);
  if (!keys) return 'unknown-key';
  return timingSafeEqual(mac(keys, kind, body), Buffer.from(parsed.data.hmacSha256, 'hex')) ? 'valid' : 'invalid';
}

export const signatureProblem: Record<Exclude<SignatureCheck, 'valid'>, string> = {
  unsigned: 'is not signed, though this folder is protected: it was written by something other than the app',
  'unknown-key': 'is signed with a key this folder does not use: it comes from another folder or an older passphrase',
  invalid: 'does not match its signature: it was changed after the app wrote it',
};
