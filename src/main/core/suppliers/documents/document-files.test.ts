import fs from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { AppError, Result } from '#shared/contract';
import { maxAttachmentBytes } from '#shared/suppliers/attachment-rules';
import { type DocumentFile, emptyDocumentDraft } from '#shared/suppliers/document-schema';

import { samplePdf, samplePng } from '../../../../../tests/support/sample-files';
import { type TempCore, tempCore } from '../../../../../tests/support/temp-core';
import { sha256Of } from './file-store';

let core: TempCore;
afterEach(() => core?.dispose());

function setUp() {
  core = tempCore();
  const supplier = core.evidence.suppliers.create({
    name: 'Northern Rolling Mills Inc.',
    roles: ['manufacturer'],
    country: 'CA',
    address: '',
    contacts: [],
    notes: '',
  });
  const draft = {
    ...emptyDocumentDraft(supplier.id),
    issueDate: '2026-02-01',
    smeltLargest: 'CA',
    smeltSecond: 'N/A',
    cast: 'CA',
  };
  const first = core.evidence.documents.create(draft);
  const second = core.evidence.documents.create({ ...draft, reference: 'MTC-2' });
  return { first, second };
}

const attach = (documentId: string, fileName: string, bytes: Buffer) =>
  core.dispatch(
    'documents.attachFile',
    { documentId, fileName, contentBase64: bytes.toString('base64') },
    { host: 'in-process' },
  ) as Promise<Result<DocumentFile>>;

/** Every file in the store, relative to it (the temporary upload folder excluded). */
const storedPaths = () =>
  fs.existsSync(core.paths.filesDir)
    ? (fs.readdirSync(core.paths.filesDir, { recursive: true }) as string[]).filter(
        (p) => fs.statSync(path.join(core.paths.filesDir, p)).isFile() && !p.startsWith('.incoming'),
      )
    : [];

const errorOf = async (promise: ReturnType<typeof attach>) => {
  const result = await promise;
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('attached files are stored under their SHA-256', () => {
  it('names the stored file by the hash of its bytes, under the first two hex digits', async () => {
    const { first } = setUp();
    const pdf = samplePdf();
    const result = await attach(first.id, 'MTC-2291.pdf', pdf);
    expect(result.ok).toBe(true);
    const sha = sha256Of(pdf);
    expect(result.ok && result.value).toMatchObject({
      sha256: sha,
      fileName: 'MTC-2291.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    expect(storedPaths()).toEqual([path.join(sha.slice(0, 2), sha)]);
    expect(fs.readFileSync(path.join(core.paths.filesDir, sha.slice(0, 2), sha)).equals(pdf)).toBe(true);
  });

  it('stores the same content once, however often and under whatever name it is attached', async () => {
    const { first, second } = setUp();
    const pdf = samplePdf();
    await attach(first.id, 'certificate.pdf', pdf);
    await attach(second.id, 'copy of certificate.pdf', pdf);
    await attach(first.id, 'again.pdf', pdf);
    expect(storedPaths()).toHaveLength(1);
    expect(core.db.prepare('SELECT count(*) AS n FROM stored_files').get()).toEqual({ n: 1 });
    // On one document the same content is one file; on another document it is that document's file.
    expect(core.evidence.documents.get(first.id).files.map((f) => f.fileName)).toEqual(['certificate.pdf']);
    expect(core.evidence.documents.get(second.id).files.map((f) => f.fileName)).toEqual(['copy of certificate.pdf']);
    await attach(first.id, 'photo.png', samplePng());
    expect(storedPaths()).toHaveLength(2);
  });

  it('reads a file back byte for byte, reporting it intact', async () => {
    const { first } = setUp();
    const pdf = samplePdf();
    const added = await attach(first.id, 'MTC.pdf', pdf);
    const opened = core.evidence.documents.readFile(first.id, added.ok ? added.value.id : '');
    expect(opened.intact).toBe(true);
    expect(opened.actualSha256).toBe(sha256Of(pdf));
    expect(Buffer.from(opened.contentBase64, 'base64').equals(pdf)).toBe(true);
  });
});

describe('a stored file changed on disk is detected, not hidden', () => {
  it('reports the mismatch on open and in the full check, with both hashes', async () => {
    const { first } = setUp();
    const pdf = samplePdf();
    const added = await attach(first.id, 'MTC.pdf', pdf);
    const fileId = added.ok ? added.value.id : '';
    const sha = sha256Of(pdf);
    const stored = path.join(core.paths.filesDir, sha.slice(0, 2), sha);
    const tampered = Buffer.from(pdf.toString('latin1').replace('Canada', 'Kanada'), 'latin1');
    fs.writeFileSync(stored, tampered);

    const opened = await core.dispatch('documents.readFile', { documentId: first.id, fileId }, { host: 'in-process' });
    expect(opened.ok && opened.value).toMatchObject({ intact: false, sha256: sha, actualSha256: sha256Of(tampered) });
    expect(core.evidence.documents.verifyFiles()).toEqual({
      checked: 1,
      damaged: [
        {
          documentId: first.id,
          supplierId: first.supplierId,
          fileId,
          fileName: 'MTC.pdf',
          supplierName: 'Northern Rolling Mills Inc.',
          expected: sha,
          actual: sha256Of(tampered),
        },
      ],
    });
  });

  it('reports a stored file that has disappeared', async () => {
    const { first } = setUp();
    const pdf = samplePdf();
    const added = await attach(first.id, 'MTC.pdf', pdf);
    const sha = sha256Of(pdf);
    fs.rmSync(path.join(core.paths.filesDir, sha.slice(0, 2), sha));
    const opened = core.evidence.documents.readFile(first.id, added.ok ? added.value.id : '');
    expect(opened).toMatchObject({ intact: false, actualSha256: null, contentBase64: '' });
    expect(core.evidence.documents.verifyFiles().damaged).toHaveLength(1);
  });

  it('attaching the good content again repairs the damaged copy', async () => {
    const { first, second } = setUp();
    const pdf = samplePdf();
    await attach(first.id, 'MTC.pdf', pdf);
    const sha = sha256Of(pdf);
    fs.writeFileSync(path.join(core.paths.filesDir, sha.slice(0, 2), sha), 'garbage');
    await attach(second.id, 'MTC.pdf', pdf);
    expect(core.evidence.documents.verifyFiles().damaged).toEqual([]);
  });
});

describe('files that may not be attached are refused before anything is stored', () => {
  it('refuses a file over the size limit with PAYLOAD_TOO_LARGE, naming the file and the limit', async () => {
    const { first } = setUp();
    const big = Buffer.alloc(maxAttachmentBytes + 1);
    samplePdf().copy(big);
    const error = await errorOf(attach(first.id, 'scan.pdf', big));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toBe(
      '"scan.pdf" is 25 MB (26,214,401 bytes); attached files can be at most 25 MB (26,214,400 bytes). Scan at a lower resolution or split the document.',
    );
    const far = await errorOf(attach(first.id, 'huge.pdf', Buffer.concat([big, Buffer.alloc(5 * 1024 * 1024)])));
    expect(far.message).toBe(
      '"huge.pdf" is 30 MB; attached files can be at most 25 MB. Scan at a lower resolution or split the document.',
    );
    expect(storedPaths()).toEqual([]);
  });

  it('accepts a file of exactly the limit', async () => {
    const { first } = setUp();
    const exact = Buffer.alloc(maxAttachmentBytes);
    samplePdf().copy(exact);
    expect((await attach(first.id, 'scan.pdf', exact)).ok).toBe(true);
  });

  it('refuses types that are not allowed, judged by name and by content', async () => {
    const { first } = setUp();
    const exe = Buffer.from('MZ\x90\x00 program', 'latin1');
    expect((await errorOf(attach(first.id, 'setup.exe', exe))).message).toContain(
      '"setup.exe" is not a type that can be attached (.exe). Allowed: PDF, PNG, JPG, JPEG',
    );
    expect((await errorOf(attach(first.id, 'certificate.pdf', exe))).message).toBe(
      '"certificate.pdf" is named as a PDF, but its content is not one. Only these types can be attached: PDF, PNG, JPG, JPEG, WEBP, GIF, TIF, TIFF, XLSX, XLS, CSV.',
    );
    expect((await errorOf(attach(first.id, 'certificate.pdf', samplePng()))).message).toBe(
      '"certificate.pdf" is named as a PDF, but its content is a PNG image. Rename it to .png or attach the right file.',
    );
    expect((await errorOf(attach(first.id, 'data.csv', Buffer.from([0x00, 0x01, 0x02])))).code).toBe('VALIDATION');
    expect((await errorOf(attach(first.id, 'empty.pdf', Buffer.alloc(0)))).message).toContain('is empty');
    expect(storedPaths()).toEqual([]);
  });

  it('refuses names that try to leave the store, and never writes outside it', async () => {
    const { first } = setUp();
    const outside = path.join(core.paths.dataDir, 'etc');
    for (const name of [
      '../../etc/passwd',
      '..\\..\\evil.pdf',
      'C:\\x\\..\\y',
      'C:evil.pdf',
      '/etc/passwd.pdf',
      'sub/dir.pdf',
      '..',
      'a\u0000b.pdf',
    ]) {
      const error = await errorOf(attach(first.id, name, samplePdf()));
      expect(error.code, name).toBe('VALIDATION');
      expect((error.details?.issues ?? [])[0]?.rule, name).toBe('file-name');
    }
    expect((await errorOf(attach(first.id, '../../etc/passwd', samplePdf()))).message).toBe(
      '"../../etc/passwd" is not a plain file name (it names folders or a drive). Attach the file itself, not a path to it.',
    );
    expect(storedPaths()).toEqual([]);
    expect(fs.existsSync(outside)).toBe(false);
    expect(core.evidence.documents.get(first.id).files).toEqual([]);
  });

  it('refuses content that did not arrive as valid base64', async () => {
    const { first } = setUp();
    const result = await core.dispatch(
      'documents.attachFile',
      { documentId: first.id, fileName: 'a.pdf', contentBase64: 'JVBERi0$$$' },
      { host: 'in-process' },
    );
    expect(!result.ok && (result.error as AppError).message).toContain('not valid base64');
  });
});
