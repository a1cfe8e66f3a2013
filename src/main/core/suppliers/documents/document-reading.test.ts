import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { fixedClock } from '#core/clock';
import { endIdleWorkers } from '#core/workers/run-in-worker';
import { documentDraftOf, emptyDocumentDraft, type SupplierDocument } from '#shared/suppliers/document-schema';
import type { FieldSource } from '#shared/suppliers/field-source';
import type { FileReading } from '#shared/suppliers/reading/reading-schema';

import { samplePdf } from '../../../../../tests/support/sample-files';
import { openTestCore, type TempCore, tempCore, type TestCore } from '../../../../../tests/support/temp-core';
import { call, passphrase, testKdf } from '../../../../../tests/support/vault-fixtures';

afterAll(() => endIdleWorkers());

const certificate = samplePdf([
  'Inspection certificate 3.1 No. NAE-4411',
  'Date of issue: 14.03.2025',
  'Country of smelt (largest): Norway',
  'Cast country: Norway',
]);

let core: TempCore | TestCore | null = null;
let cleanup: (() => void) | null = null;
afterEach(() => {
  core?.close();
  cleanup?.();
  core = null;
  cleanup = null;
});

async function documentWithCertificate(c: TestCore) {
  const supplier = c.evidence.suppliers.create({
    name: 'Nordic Aluminium Extrusions AS',
    roles: ['manufacturer'],
    country: 'NO',
    address: '',
    contacts: [],
    notes: '',
  });
  const doc = c.evidence.documents.create({ ...emptyDocumentDraft(supplier.id), status: 'draft' });
  const file = await call<{ id: string; sha256: string }>(c.dispatch, 'documents.attachFile', {
    documentId: doc.id,
    fileName: 'certificate.pdf',
    contentBase64: certificate.toString('base64'),
  });
  return { doc: c.evidence.documents.get(doc.id), file };
}

const sourceOf = (reading: FileReading, field: 'smeltLargest' | 'cast', value: string): FieldSource => {
  const proposal = reading.reading.proposals[field]!;
  return {
    field,
    value,
    proposed: proposal.value,
    decision: value === proposal.value ? 'accepted' : 'edited',
    fileSha256: reading.sha256,
    fileName: reading.fileName,
    page: proposal.page,
    text: proposal.text,
    method: reading.reading.method,
    confidence: proposal.confidence,
    rects: proposal.rects,
  };
};

describe('reading an attached document for the evidence form', () => {
  it('proposes from the stored file, once: the reading is kept by the file’s hash', async () => {
    const c = (core = tempCore());
    const { doc, file } = await documentWithCertificate(c);
    const first = await call<FileReading>(c.dispatch, 'documents.readProposals', {
      documentId: doc.id,
      fileId: file.id,
    });
    expect(first).toMatchObject({ sha256: file.sha256, fileName: 'certificate.pdf' });
    expect(first.reading.proposals.smeltLargest).toMatchObject({
      value: 'NO',
      text: 'Country of smelt (largest): Norway',
    });
    const cached = c.db.prepare('SELECT count(*) AS n FROM document_readings WHERE sha256 = ?').get(file.sha256) as {
      n: number;
    };
    expect(cached.n).toBe(1);
    const again = await call<FileReading>(c.dispatch, 'documents.readProposals', {
      documentId: doc.id,
      fileId: file.id,
    });
    expect(again).toEqual(first);
    // Reading records nothing on the document.
    expect(c.evidence.documents.get(doc.id)).toEqual(doc);
  });

  it('refuses to propose from a file changed since it was attached', async () => {
    const c = (core = tempCore());
    const { doc, file } = await documentWithCertificate(c);
    fs.writeFileSync(c.evidence.files.pathOf(file.sha256), samplePdf(['Country of smelt (largest): Russia']));
    const result = await c.dispatch(
      'documents.readProposals',
      { documentId: doc.id, fileId: file.id },
      { host: 'in-process' },
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'UNREADABLE_FILE',
        message:
          '"certificate.pdf" has changed since it was attached, so nothing is proposed from it. Ask the supplier for the document again.',
      },
    });
  });

  it('records where accepted values came from, in the record and the trail; a value changed by hand loses its source', async () => {
    const c = (core = tempCore());
    const { doc, file } = await documentWithCertificate(c);
    const reading = await call<FileReading>(c.dispatch, 'documents.readProposals', {
      documentId: doc.id,
      fileId: file.id,
    });
    const saved = await call<SupplierDocument>(c.dispatch, 'documents.update', {
      id: doc.id,
      version: doc.version,
      draft: {
        ...documentDraftOf(doc),
        issueDate: '2025-03-14',
        smeltLargest: 'NO',
        cast: 'SE',
        fieldSources: [sourceOf(reading, 'smeltLargest', 'NO'), sourceOf(reading, 'cast', 'SE')],
      },
    });
    expect(saved.fieldSources.map((s) => [s.field, s.value, s.decision, s.proposed])).toEqual([
      ['smeltLargest', 'NO', 'accepted', 'NO'],
      ['cast', 'SE', 'edited', 'NO'],
    ]);
    const trail = c.audit.history('document', doc.id).find((row) => row.action === 'fields:from-document');
    expect(JSON.parse(trail!.after!)).toEqual({
      'Country of largest smelt':
        'NO: accepted as proposed; certificate.pdf, page 1 (read from the text layer): “Country of smelt (largest): Norway”',
      'Country of most recent cast':
        'SE: edited from the proposed “NO”; certificate.pdf, page 1 (read from the text layer): “Cast country: Norway”',
    });
    const byHand = c.evidence.documents.update(doc.id, saved.version, {
      ...documentDraftOf(saved),
      smeltLargest: 'IS',
    });
    expect(byHand.fieldSources.map((s) => s.field)).toEqual(['cast']);
  });

  it('reads a protected folder’s sealed attachment through the file store', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-reading-vault-'));
    cleanup = () => fs.rmSync(dataDir, { recursive: true, force: true });
    const c = (core = openTestCore({
      dataDir,
      clock: fixedClock('2026-03-02T15:00:00.000Z'),
      checkOutputs: true,
      logError: () => {},
      vaultKdf: testKdf,
    }));
    const { doc, file } = await documentWithCertificate(c);
    await call(c.dispatch, 'vault.enable', { passphrase, confirmation: passphrase, acknowledgeNoRecovery: true });
    // Sealed at rest: the plain PDF's words are not in the stored file.
    expect(fs.readFileSync(c.evidence.files.pathOf(file.sha256)).includes('Country of smelt')).toBe(false);
    const reading = await call<FileReading>(c.dispatch, 'documents.readProposals', {
      documentId: doc.id,
      fileId: file.id,
    });
    expect(reading.reading.proposals.cast?.value).toBe('NO');
  });
});
