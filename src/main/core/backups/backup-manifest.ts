import fs from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { sealedNameKeySchema } from '#core/vault/file-names';
import { recordSignatureSchema, signRecord } from '#core/vault/record-signature';
import { keySpecSchema, type VaultKeys } from '#core/vault/vault-keys';
import { backupReasons } from '#shared/contract/backups';

export const manifestFileName = 'manifest.json';
export const backupDatabaseName = 'database.sqlite3';
export const backupFilesFolder = 'files';

/**
 * A relative path inside a backup, written with `/`. A manifest is read back from disk, perhaps
 * from a copy someone handed over, so every path is checked before anything is copied by it:
 * no absolute path, no `..`, no drive letter, no NUL.
 */
export const safeRelativePath = z
  .string()
  .min(1)
  .max(1024)
  .refine((p) => !p.includes('\0') && !p.includes('\\') && !p.startsWith('/') && !/^[A-Za-z]:/.test(p), {
    error: 'must be a relative path',
  })
  .refine((p) => p.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), {
    error: 'must not leave its folder',
  });

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const fileEntrySchema = z.object({ path: safeRelativePath, bytes: z.number().int().min(0), sha256 });
export type FileEntry = z.infer<typeof fileEntrySchema>;

export const backupManifestSchema = z.object({
  format: z.literal('aim-licences-backup'),
  formatVersion: z.literal(1),
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum(backupReasons),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  database: z.object({ bytes: z.number().int().min(0), sha256 }),
  files: z.array(fileEntrySchema),
  integrity: z.enum(['ok', 'failed']),
  integrityProblems: z.array(z.string()),
  counts: z.object({ licences: z.number().int().nullable(), auditEntries: z.number().int().nullable() }),
  auditHead: z.object({ seq: z.number().int(), hash: sha256 }).nullable(),
  /**
   * Present when the data folder was protected with a passphrase: the database copy is encrypted
   * and the attachments sealed with the key this describes (how to derive it again; no key).
   */
  protection: keySpecSchema.optional(),
  /**
   * With `protection`: the key the attachments are named with (vault/file-names.ts), sealed under
   * that passphrase's key, so a restore names them as the backup does. Absent in backups taken
   * before keyed names: their attachments are under their plain SHA-256.
   */
  fileNames: z.array(sealedNameKeySchema).max(1).optional(),
  /** Present in a protected folder: HMAC over the rest of the manifest (record-signature.ts). */
  signature: recordSignatureSchema.optional(),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export type ManifestRead = { ok: true; manifest: BackupManifest } | { ok: false; problem: string };

/** A manifest lists one line per attachment: 64 MB holds several hundred thousand. The app's own choice. */
export const maxManifestBytes = 64 * 1024 * 1024;

export function readManifest(backupFolder: string): ManifestRead {
  let text: string;
  try {
    const file = path.join(backupFolder, manifestFileName);
    const size = fs.statSync(file).size;
    if (size > maxManifestBytes)
      return {
        ok: false,
        problem: `its manifest is ${Math.round(size / 1024 / 1024)} MB, more than the ${maxManifestBytes / 1024 / 1024} MB a manifest may be`,
      };
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      problem: `its manifest cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'its manifest is not valid JSON' };
  }
  const parsed = backupManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: `its manifest is not valid (${issue.path.join('.') || 'root'}: ${issue.message})` };
  }
  return { ok: true, manifest: parsed.data };
}

/** What a manifest's signature covers: everything in it but the signature. */
export const manifestBody = (manifest: BackupManifest): Omit<BackupManifest, 'signature'> => {
  const { signature: _signature, ...body } = manifest;
  return body;
};

/** The manifest as written: signed with the folder's key when it is protected. */
export function manifestText(manifest: BackupManifest, signer: VaultKeys | null): string {
  const body = manifestBody(manifest);
  const signed = signer ? { ...body, signature: signRecord(signer, 'backup-manifest', body) } : body;
  return `${JSON.stringify(signed, null, 2)}\n`;
}

/** Joins a checked relative path under a folder, and checks once more that it stays there. */
export function insideFolder(folder: string, relative: string): string {
  const base = path.resolve(folder);
  const full = path.resolve(base, ...relative.split('/'));
  if (!full.startsWith(base + path.sep)) throw new Error(`"${relative}" leaves ${base}`);
  return full;
}
