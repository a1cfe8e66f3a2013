import { afterEach, describe, expect, it } from 'vitest';

import { draftOf } from '#shared/licences/licence-schema';
import { validateLicence } from '#shared/rules/validate-licence';
import { type DocumentDraft, emptyDocumentDraft } from '#shared/suppliers/document-schema';
import { indexEvidence } from '#shared/suppliers/evidence-data';

import { validDraft, validLine } from '../../../../../tests/support/licence-fixtures';
import { type TempCore, tempCore } from '../../../../../tests/support/temp-core';

let core: TempCore;
afterEach(() => core?.dispose());

const call = (method: string, input: unknown) => core.dispatch(method, input, { host: 'in-process' });

/** Early March 2026; the fixture licence imports Canadian sheet on 2026-03-20. */
function setUp() {
  core = tempCore('2026-03-02T15:00:00.000Z');
  const supplier = core.evidence.suppliers.create({
    name: 'Northern Rolling Mills Inc.',
    roles: ['manufacturer'],
    country: 'CA',
    address: '1 Mill Road, Kingston ON',
    contacts: [{ name: 'Ann Lee', email: 'ann@northern.example', phone: '' }],
    notes: '',
  });
  const product = core.evidence.suppliers.createProduct({
    supplierId: supplier.id,
    description: 'Sheet 3003-H14',
    code: 'S3003',
    htsCode: '7606.12.30.35',
    usualSmeltLargest: 'CA',
    usualSmeltSecond: 'N/A',
    usualCast: 'CA',
    notes: '',
  });
  const certificate = (overrides: Partial<DocumentDraft> = {}): DocumentDraft => ({
    ...emptyDocumentDraft(supplier.id, [product.id]),
    reference: 'MTC-2291',
    issueDate: '2026-02-10',
    validUntil: '2026-12-31',
    smeltLargest: 'CA',
    smeltSecond: 'N/A',
    cast: 'CA',
    ...overrides,
  });
  const licence = core.licences.create(
    validDraft({ lines: [validLine({ supplierId: supplier.id, productId: product.id })] }),
  );
  return { supplier, product, certificate, licence };
}

const evidenceCodes = (id: string) =>
  core.licences
    .validate([id])[0]!
    .issues.filter((i) => i.code.startsWith('EVIDENCE_'))
    .map((i) => `${i.code}@${i.path}`);

describe('the evidence ledger behind licence lines', () => {
  it('keeps no evidence rules while no supplier is registered', () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    const licence = core.licences.create(validDraft());
    expect(evidenceCodes(licence.id)).toEqual([]);
    core.evidence.suppliers.create({
      name: 'First Supplier',
      roles: ['exporter'],
      country: 'CA',
      address: '',
      contacts: [],
      notes: '',
    });
    // Registering the first supplier starts evidence checking, and the stored check follows at once.
    expect(core.licences.get(licence.id).validation?.warnings).toBe(1);
    expect(evidenceCodes(licence.id)).toEqual(['EVIDENCE_MISSING@lines.0.smeltCountryLargest']);
  });

  it('remembers which supplier and product a line came from', () => {
    const { supplier, product, licence } = setUp();
    expect(core.licences.get(licence.id).lines[0]).toMatchObject({ supplierId: supplier.id, productId: product.id });
    expect(core.licences.get(licence.id).lines[0]).not.toHaveProperty('documentId');
  });

  it('clears the warning when a document arrives, and re-judges the stored licence', () => {
    const { certificate, licence } = setUp();
    expect(core.licences.get(licence.id).validation?.warnings).toBe(1);
    expect(evidenceCodes(licence.id)).toEqual(['EVIDENCE_MISSING@lines.0.smeltCountryLargest']);
    const doc = core.evidence.documents.create(certificate());
    expect(core.licences.get(licence.id).validation?.warnings).toBe(0);
    expect(evidenceCodes(licence.id)).toEqual([]);
    core.evidence.documents.update(doc.id, doc.version, certificate({ validUntil: '2026-03-19' }));
    expect(evidenceCodes(licence.id)).toEqual(['EVIDENCE_EXPIRED@lines.0.smeltCountryLargest']);
    expect(core.licences.get(licence.id).validation?.warnings).toBe(1);
  });

  it('does not count a draft document (read from an answer) until it is accepted', () => {
    const { certificate, licence } = setUp();
    const draft = core.evidence.documents.create(certificate({ status: 'draft' }));
    expect(evidenceCodes(licence.id)).toEqual(['EVIDENCE_MISSING@lines.0.smeltCountryLargest']);
    core.evidence.documents.update(draft.id, draft.version, certificate({ status: 'accepted' }));
    expect(evidenceCodes(licence.id)).toEqual([]);
    expect(core.audit.history('document', draft.id).map((e) => e.action)).toEqual(['create', 'accept']);
  });

  it('gives the form the same evidence facts the core judges by', async () => {
    const { supplier, product, certificate, licence } = setUp();
    core.evidence.documents.create(certificate({ smeltLargest: 'NO' }));
    core.evidence.documents.create({ ...emptyDocumentDraft(supplier.id), type: 'asi-coc', issueDate: '2026-01-01' });
    const stored = core.licences.get(licence.id);
    const result = await call('evidence.forLines', {
      supplierIds: [supplier.id],
      productIds: [product.id],
      documentIds: [],
    });
    expect(result.ok).toBe(true);
    const data = result.ok ? (result.value as Parameters<typeof indexEvidence>[0]) : null;
    // What the form runs as the filer types (use-licence-rules), with the RPC's answer as evidence.
    const facts = { status: 'draft' as const, validFrom: null, validThrough: null, appliedOn: null };
    const inForm = validateLicence(draftOf(stored), {
      asOf: '2026-03-02',
      reference: core.reference.current(),
      settings: core.settings.get().rules,
      facts,
      evidence: indexEvidence(data!),
    });
    const inCore = core.licences.check(draftOf(stored), licence.id);
    expect(inForm.issues).toEqual(inCore.issues);
    expect(inCore.issues.map((i) => i.code)).toContain('EVIDENCE_MISMATCH');
  });

  it('refuses a line linked to a supplier or product that does not exist, naming the line', async () => {
    const { supplier, product, licence } = setUp();
    const other = core.evidence.suppliers.create({
      name: 'Baltic Smelter AS',
      roles: ['smelter'],
      country: 'NO',
      address: '',
      contacts: [],
      notes: '',
    });
    const stored = core.licences.get(licence.id);
    const bad = await call('licences.update', {
      id: licence.id,
      version: stored.version,
      draft: {
        ...validDraft(),
        lines: [validLine({ supplierId: 'gone' }), validLine({ supplierId: other.id, productId: product.id })],
      },
    });
    expect(!bad.ok && bad.error).toMatchObject({
      code: 'VALIDATION',
      details: {
        issues: [
          {
            path: 'lines.0.supplierId',
            message:
              'Product line 1: the supplier it was filled from no longer exists. Fill the line from a product again, or clear the link.',
          },
          {
            path: 'lines.1.productId',
            message: 'Product line 2: the product "Sheet 3003-H14" belongs to another supplier than the one linked.',
          },
        ],
      },
    });
    // Nothing saved was lost.
    expect(core.licences.get(licence.id)).toEqual(stored);
    expect(stored.lines[0]!.supplierId).toBe(supplier.id);
  });

  it('keeps records: a supplier with documents, a product on a line, a document linked to a line cannot be deleted', async () => {
    const { supplier, product, certificate, licence } = setUp();
    const doc = core.evidence.documents.create(certificate());
    const stored = core.licences.get(licence.id);
    core.licences.update(licence.id, stored.version, {
      ...validDraft(),
      lines: [{ ...stored.lines[0]!, documentId: doc.id }],
    });
    expect(await call('suppliers.delete', { id: supplier.id })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          '"Northern Rolling Mills Inc." cannot be deleted: it has 1 document and 1 licence line filled from it. Documents are kept as records, and licences keep where their lines came from.',
      },
    });
    expect(await call('products.delete', { id: product.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('documents.delete', { id: doc.id })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          'This document is linked as evidence on 1 licence line; it is kept as their record. Link those lines to another document first.',
      },
    });
  });

  it('refuses a second supplier of the same name, in any case', async () => {
    setUp();
    const result = await call('suppliers.create', {
      name: 'NORTHERN rolling mills inc.',
      roles: ['exporter'],
      country: 'CA',
      address: '',
      contacts: [],
      notes: '',
    });
    expect(!result.ok && result.error.code).toBe('CONFLICT');
  });
});

describe('the compliance view', () => {
  it('lists products with missing, expiring and expired evidence and the licences that depend on them', () => {
    const { supplier, product, certificate, licence } = setUp();
    const foil = core.evidence.suppliers.createProduct({
      supplierId: supplier.id,
      description: 'Foil 8079',
      code: '',
      htsCode: '7607.11.60.90',
      usualSmeltLargest: 'CA',
      usualSmeltSecond: 'N/A',
      usualCast: 'CA',
      notes: '',
    });
    const state = (horizon = 30) =>
      Object.fromEntries(core.evidence.compliance.report(horizon).products.map((p) => [p.description, p.state]));

    expect(state()).toEqual({ 'Sheet 3003-H14': 'missing', 'Foil 8079': 'missing' });
    const report = core.evidence.compliance.report(30);
    expect(report.products.find((p) => p.productId === product.id)!.licences).toEqual([
      { id: licence.id, reference: 'PO-1001', status: 'draft', expectedImportDate: '2026-03-20' },
    ]);

    const doc = core.evidence.documents.create(certificate({ validUntil: '2026-03-31' }));
    expect(state()).toMatchObject({ 'Sheet 3003-H14': 'expiring' });
    expect(state(20)).toMatchObject({ 'Sheet 3003-H14': 'ok' });
    expect(core.evidence.compliance.report(30).products.find((p) => p.productId === product.id)).toMatchObject({
      strength: 'direct',
      detail: 'The mill / material test certificate "MTC-2291" is valid until 31 Mar 2026 (in 29 days).',
      document: { id: doc.id, validUntil: '2026-03-31' },
    });
    expect(core.evidence.compliance.report(30).documents).toMatchObject([
      { id: doc.id, state: 'expiring', licences: [{ id: licence.id }] },
    ]);

    core.evidence.documents.create(certificate({ productIds: [foil.id], smeltLargest: 'RU', reference: 'X-1' }));
    expect(state()).toMatchObject({ 'Foil 8079': 'mismatch' });

    core.clock.set('2026-04-02T15:00:00.000Z');
    expect(state()).toMatchObject({ 'Sheet 3003-H14': 'expired' });
    expect(core.evidence.compliance.report(30).documents).toMatchObject([{ id: doc.id, state: 'expired' }]);
  });

  it('reads its horizon from the evidence settings (30 days unless changed)', async () => {
    setUp();
    expect(await call('evidence.compliance', {})).toMatchObject({
      ok: true,
      value: { horizonDays: 30, horizonDate: '2026-04-01' },
    });
    await call('evidence.saveSettings', { expiringHorizonDays: 45 });
    expect(await call('evidence.compliance', {})).toMatchObject({
      ok: true,
      value: { horizonDays: 45, horizonDate: '2026-04-16' },
    });
    expect(await call('evidence.saveSettings', { expiringHorizonDays: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
