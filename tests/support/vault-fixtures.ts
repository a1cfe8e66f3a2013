import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import type { Result } from '#shared/contract';
import { emptyDocumentDraft } from '#shared/suppliers/document-schema';

import { validDraft } from './licence-fixtures';
import { samplePdf } from './sample-files';
import type { TestCore } from './temp-core';

/** scrypt at a low cost, so each unlock in a test takes milliseconds; the header records it. */
export const testKdf = { N: 2 ** 12, r: 8, p: 1 } as const;
export const passphrase = 'copper lantern orchard';
export const otherPassphrase = 'granite harbour whistle';

/** A word that appears in the records and nowhere else: finding its bytes on disk means plain text leaked. */
export const secretWord = 'Quillfeather';

const ctx = { host: 'in-process' } as const;

export async function call<T>(dispatch: TestCore['dispatch'], method: string, input: unknown): Promise<T> {
  const result = (await dispatch(method, input, ctx)) as Result<T>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** A licence and a supplier document with an attached PDF, both naming the secret word. */
export async function recordsWithSecret(
  core: TestCore,
  reference = 'PO-Q1',
): Promise<{ documentId: string; fileId: string; pdf: Buffer }> {
  core.licences.create(validDraft({ reference, importerName: `${secretWord} Aluminum Imports LLC` }));
  const supplier = core.evidence.suppliers.create({
    name: `${secretWord} Smelting`,
    roles: ['manufacturer'],
    country: 'CA',
    address: '',
    contacts: [],
    notes: '',
  });
  const document = core.evidence.documents.create({
    ...emptyDocumentDraft(supplier.id),
    issueDate: '2026-02-01',
    smeltLargest: 'CA',
    smeltSecond: 'N/A',
    cast: 'CA',
  });
  const pdf = samplePdf([`Mill certificate for ${secretWord}`, 'Smelted: Canada']);
  const file = await call<{ id: string }>(core.dispatch, 'documents.attachFile', {
    documentId: document.id,
    fileName: 'certificate.pdf',
    contentBase64: pdf.toString('base64'),
  });
  return { documentId: document.id, fileId: file.id, pdf };
}

/** Every regular file under a folder, with its bytes (database, WAL, attachments, backups, headers). */
export function filesUnder(dir: string): { file: string; bytes: Buffer }[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((relative) => path.join(dir, relative))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => ({ file: path.relative(dir, file), bytes: fs.readFileSync(file) }));
}

/** The files under `dir` that contain `text` (as UTF-8 or Latin-1 bytes). */
export const filesContaining = (dir: string, text: string): string[] =>
  filesUnder(dir)
    .filter((f) => f.bytes.includes(text))
    .map((f) => f.file);

/** A fingerprint of everything in the folder: a refused call must leave it byte for byte. */
export const folderFingerprint = (dir: string): string =>
  filesUnder(dir)
    .map((f) => `${f.file}:${createHash('sha256').update(f.bytes).digest('hex')}`)
    .sort()
    .join('\n');
