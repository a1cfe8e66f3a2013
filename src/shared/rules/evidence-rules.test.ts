import { describe, expect, it } from 'vitest';

import type { LicenceLine } from '#shared/licences/licence-schema';
import { bundledReference } from '#shared/reference/reference-data';
import { type EvidenceData, type EvidenceDocument, indexEvidence } from '#shared/suppliers/evidence-data';
import { assessLineEvidence } from '#shared/suppliers/line-evidence';

import { validDraft, validLine } from '../../../tests/support/licence-fixtures';
import { defaultRuleSettings, type RuleContext } from './rule';
import { validateLicence } from './validate-licence';

// The fixture licence: Canadian sheet (smelt CA, second N/A, cast CA), imported 2026-03-20.
const importDate = '2026-03-20';
const supplierId = 'sup-northern';
const productId = 'prod-sheet';

const doc = (overrides: Partial<EvidenceDocument> = {}): EvidenceDocument => ({
  id: 'doc-1',
  supplierId,
  type: 'smelter-declaration',
  reference: 'SD-2026-01',
  issueDate: '2026-01-05',
  validUntil: '2026-12-31',
  smeltLargest: 'CA',
  smeltSecond: 'N/A',
  cast: 'CA',
  productIds: [productId],
  htsCodes: [],
  ...overrides,
});

const data = (documents: EvidenceDocument[]): EvidenceData => ({
  suppliers: [
    { id: supplierId, name: 'Northern Rolling Mills Inc.' },
    { id: 'sup-other', name: 'Baltic Smelter AS' },
  ],
  products: [{ id: productId, supplierId, description: 'Sheet 3003-H14', htsCode: '7606123035' }],
  documents,
});

const ctx = (documents: EvidenceDocument[] | null): RuleContext => ({
  asOf: '2026-03-02',
  reference: bundledReference,
  settings: defaultRuleSettings,
  ...(documents ? { evidence: indexEvidence(data(documents)) } : {}),
});

const linked = (overrides: Partial<LicenceLine> = {}): LicenceLine =>
  validLine({ supplierId, productId, ...overrides });

/** The evidence findings only, as CODE@path. */
const findings = (documents: EvidenceDocument[] | null, line: LicenceLine = linked(), draft = {}) =>
  validateLicence(validDraft({ lines: [line], ...draft }), ctx(documents))
    .issues.filter((i) => i.code.startsWith('EVIDENCE_'))
    .map((i) => `${i.code}@${i.path}`);

const messages = (documents: EvidenceDocument[], line: LicenceLine = linked()) =>
  validateLicence(validDraft({ lines: [line] }), ctx(documents)).issues.filter((i) => i.code.startsWith('EVIDENCE_'));

describe('evidence rules without evidence data', () => {
  it('say nothing, so a file checked without a database is judged as before', () => {
    expect(findings(null)).toEqual([]);
    expect(findings(null, validLine())).toEqual([]);
  });
});

describe('EVIDENCE_MISSING', () => {
  it('warns when no document of the supplier bears on the line', () => {
    expect(findings([])).toEqual(['EVIDENCE_MISSING@lines.0.smeltCountryLargest']);
    const [issue] = messages([]);
    expect(issue!.severity).toBe('warning');
    expect(issue!.message).toContain('Northern Rolling Mills Inc.');
    expect(issue!.message).toContain('country of largest smelt (Canada)');
  });

  it('warns on a line not linked to any supplier, naming how to link it', () => {
    const [issue] = messages([doc()], validLine());
    expect(issue!.code).toBe('EVIDENCE_MISSING');
    expect(issue!.message).toContain('not linked to a supplier');
  });

  it('names only the fields no document states (a cast-house certificate covers the cast country only)', () => {
    const castOnly = doc({ type: 'cast-house-certificate', smeltLargest: '', smeltSecond: '' });
    const [issue] = messages([castOnly]);
    expect(issue!.path).toBe('lines.0.smeltCountryLargest');
    expect(issue!.message).toContain(
      'country of largest smelt (Canada) and country of second-largest smelt (Not applicable)',
    );
    expect(issue!.message).not.toContain('most recent cast');
  });

  it('is not satisfied by an ASI chain-of-custody certificate, which is mass-balance', () => {
    const coc = doc({ type: 'asi-coc' });
    expect(findings([coc])).toEqual(['EVIDENCE_MISSING@lines.0.smeltCountryLargest']);
    expect(messages([coc])[0]!.message).toContain('mass-balance');
  });

  it('ignores documents of another supplier unless they name the product or are linked to the line', () => {
    const elsewhere = doc({ supplierId: 'sup-other', productIds: [] });
    expect(findings([elsewhere])).toEqual(['EVIDENCE_MISSING@lines.0.smeltCountryLargest']);
    expect(findings([doc({ supplierId: 'sup-other' })])).toEqual([]);
    expect(findings([elsewhere], linked({ documentId: elsewhere.id }))).toEqual([]);
  });

  it('counts a document naming the HTS heading, or naming nothing (all the supplier’s goods)', () => {
    expect(findings([doc({ productIds: [], htsCodes: ['7606'] })])).toEqual([]);
    expect(findings([doc({ productIds: [], htsCodes: ['7604'] })])).toEqual([
      'EVIDENCE_MISSING@lines.0.smeltCountryLargest',
    ]);
    expect(findings([doc({ productIds: [], htsCodes: [] })])).toEqual([]);
  });

  it('is silent once a current document states every declared country', () => {
    expect(findings([doc()])).toEqual([]);
  });
});

describe('EVIDENCE_EXPIRED at the expected import date', () => {
  it('warns when validity ends the day before the import date', () => {
    expect(findings([doc({ validUntil: '2026-03-19' })])).toEqual(['EVIDENCE_EXPIRED@lines.0.smeltCountryLargest']);
    const [issue] = messages([doc({ validUntil: '2026-03-19' })]);
    expect(issue!.message).toContain('valid only until 19 Mar 2026, before the expected import date (20 Mar 2026)');
  });
  it('accepts a document valid until the import date itself', () => {
    expect(findings([doc({ validUntil: importDate })])).toEqual([]);
  });
  it('accepts a document valid until after the import date, or with no end date', () => {
    expect(findings([doc({ validUntil: '2026-03-21' })])).toEqual([]);
    expect(findings([doc({ validUntil: '' })])).toEqual([]);
  });
  it('judges by today when the licence has no import date yet', () => {
    expect(findings([doc({ validUntil: '2026-03-01' })], linked(), { expectedImportDate: '' })).toEqual([
      'EVIDENCE_EXPIRED@lines.0.smeltCountryLargest',
    ]);
    expect(findings([doc({ validUntil: '2026-03-02' })], linked(), { expectedImportDate: '' })).toEqual([]);
  });
  it('prefers a current document to an expired one', () => {
    expect(
      findings([doc({ id: 'old', validUntil: '2026-01-31' }), doc({ id: 'new', validUntil: '2027-01-31' })]),
    ).toEqual([]);
  });
});

describe('EVIDENCE_MISMATCH', () => {
  it('warns beside each field a current document contradicts', () => {
    const other = doc({ smeltLargest: 'NO', cast: 'NO' });
    expect(findings([other])).toEqual([
      'EVIDENCE_MISMATCH@lines.0.smeltCountryLargest',
      'EVIDENCE_MISMATCH@lines.0.castCountry',
    ]);
    expect(messages([other])[0]!.message).toBe(
      'Product line 1: Country of largest smelt is Canada, but the smelter declaration "SD-2026-01" from Northern Rolling Mills Inc. attests Norway. Correct the line if the document is right; otherwise get a document for the country declared.',
    );
  });
  it('is silent when another current document agrees', () => {
    expect(findings([doc({ id: 'a', smeltLargest: 'NO' }), doc({ id: 'b' })])).toEqual([]);
  });
  it('reads the line as typed (names and codes compare as the same country)', () => {
    expect(findings([doc()], linked({ smeltCountryLargest: 'Canada', castCountry: 'can' }))).toEqual([]);
  });
  it('a contradicting document that expired before the import date counts as no document for that field', () => {
    // It still agreed on the other two fields, which are therefore "expired", not "missing".
    expect(findings([doc({ smeltLargest: 'NO', validUntil: '2026-03-19' })])).toEqual([
      'EVIDENCE_MISSING@lines.0.smeltCountryLargest',
      'EVIDENCE_EXPIRED@lines.0.smeltCountrySecond',
    ]);
  });
});

describe('evidence strength of a line', () => {
  const strength = (documents: EvidenceDocument[], line: LicenceLine = linked()) =>
    assessLineEvidence(line, indexEvidence(data(documents)), importDate).strength;

  it('is direct for a certificate naming the product, the HTS number, or linked to the line', () => {
    expect(strength([doc({ type: 'mill-test-certificate' })])).toBe('direct');
    expect(strength([doc({ type: 'mill-test-certificate', productIds: [], htsCodes: ['7606123035'] })])).toBe('direct');
    expect(strength([doc({ type: 'mill-test-certificate', productIds: [] })], linked({ documentId: 'doc-1' }))).toBe(
      'direct',
    );
  });
  it('is a supplier declaration for a declaration, or a certificate that names no goods', () => {
    expect(strength([doc({ type: 'supplier-declaration' })])).toBe('declaration');
    expect(strength([doc({ type: 'mill-test-certificate', productIds: [] })])).toBe('declaration');
  });
  it('is mass-balance only with just an ASI certificate, and none with nothing', () => {
    expect(strength([doc({ type: 'asi-coc' })])).toBe('mass-balance');
    expect(strength([])).toBe('none');
  });
  it('is decided by the weakest declared field', () => {
    const smelt = doc({ id: 'smelt', type: 'smelter-declaration', cast: '' });
    const cast = doc({ id: 'cast', type: 'supplier-declaration', smeltLargest: '', smeltSecond: '' });
    expect(strength([smelt, cast])).toBe('declaration');
  });
});
