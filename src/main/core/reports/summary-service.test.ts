import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { SummaryReport } from '#shared/reports/summary-schema';

import { coreCall } from '../../../../tests/support/core-call';
import { filerProfile, type SeededReports, seedReports } from '../../../../tests/support/report-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';

let core: TempCore;
let seeded: SeededReports;
beforeEach(async () => {
  core = tempCore('2026-03-02T15:00:00.000Z');
  seeded = await seedReports(coreCall(core));
});
afterEach(() => core.dispose());

const summaries = (selection: unknown) => coreCall(core)<SummaryReport>('reports.summaries', { selection });

describe('licence summaries', () => {
  it('carry every stored field of each licence, in the order picked, with the filer', async () => {
    const report = await summaries({ ids: [seeded.draft.id, seeded.issued.id] });
    expect(report.licences.map((doc) => doc.licence.reference)).toEqual(['PO-2026-0420', 'PO-2026-0417']);
    expect(report.licences[1]!.licence).toEqual(core.licences.get(seeded.issued.id));
    expect(report.filer).toEqual(filerProfile);
    expect(report).toMatchObject({
      asOf: '2026-03-02',
      dataVersion: core.reference.current().version,
      selectionLabel: '2 selected licences',
    });
  });

  it('give each line its description, category, unit value and ACE record 07 values', async () => {
    const [issued] = (await summaries({ ids: [seeded.issued.id] })).licences;
    const [sheet, foil] = issued!.lines;
    expect(sheet).toMatchObject({
      number: 1,
      htsCode: '7606123035',
      quantityKg: 18500,
      valueUsd: 64750,
      unitValueUsdPerTonne: 3500,
    });
    expect(sheet!.description).not.toBe('');
    expect(sheet!.category).not.toBe('');
    expect(sheet!.record07).toEqual({
      primarySmeltCountry: 'CA',
      secondarySmeltCountry: '',
      castCountry: 'CA',
      primaryAluminumIndicator: 'Y',
      secondaryAluminumIndicator: 'N',
    });
    expect(foil!.record07).toEqual({
      primarySmeltCountry: 'AE',
      secondarySmeltCountry: 'IN',
      castCountry: 'AE',
      primaryAluminumIndicator: 'Y',
      secondaryAluminumIndicator: 'N',
    });
    expect(foil!.unitValueUsdPerTonne).toBeCloseTo(12345.67 / 2.5005, 6);
    expect(issued!.totals).toMatchObject({ quantityKg: 21000.5, valueUsd: 77095.67 });

    const [secondaryOnly] = (await summaries({ ids: [seeded.draft.id] })).licences;
    expect(secondaryOnly!.lines[0]!.record07).toEqual({
      primarySmeltCountry: '',
      secondarySmeltCountry: '',
      castCountry: 'MX',
      primaryAluminumIndicator: 'N',
      secondaryAluminumIndicator: 'Y',
    });
  });

  it('name the supplier document behind a line with the SHA-256 of each of its files', async () => {
    const [issued] = (await summaries({ ids: [seeded.issued.id] })).licences;
    expect(issued!.lines[0]).toMatchObject({
      supplier: { id: seeded.supplierId, name: 'Northern Rolling Mills Inc.' },
      product: { id: seeded.productId, description: 'Sheet 3003-H14', code: 'S3003' },
      document: {
        id: seeded.documentId,
        type: 'mill-test-certificate',
        reference: 'MTC-2291',
        validUntil: '2026-12-31',
        files: [{ fileName: 'MTC-2291.pdf', sha256: seeded.fileSha256, sizeBytes: seeded.pdfBytes.length }],
      },
    });
    expect(issued!.lines[1]).toMatchObject({ supplier: null, product: null, document: null });
  });

  it('include a validation run today, the status history and the licence audit trail', async () => {
    const [issued] = (await summaries({ ids: [seeded.issued.id] })).licences;
    expect(issued!.validation).toMatchObject({
      valid: true,
      errors: 0,
      asOf: '2026-03-02',
      dataVersion: core.reference.current().version,
    });
    expect(issued!.history.map((h) => h.to)).toEqual(['draft', 'ready', 'submitted', 'issued']);
    expect(issued!.audit.map((a) => a.action)).toEqual(['create', 'status:ready', 'status:issued']);
    expect(issued!.audit.every((a) => /^[0-9a-f]{64}$/.test(a.hash))).toBe(true);
    expect(issued!.licence).toMatchObject({
      licenceNumber: 'AL2026000417',
      validFrom: '2026-03-02',
      validThrough: '2026-05-15',
    });
  });

  it('select by expected import date, oldest first, and change nothing by reading', async () => {
    const later = await coreCall(core)<{ id: string }>('licences.duplicate', { id: seeded.draft.id });
    const copy = core.licences.get(later.id);
    core.licences.update(copy.id, copy.version, {
      ...copy,
      expectedExportDate: '2026-03-25',
      expectedImportDate: '2026-04-02',
      lines: copy.lines,
    });
    const auditBefore = core.audit.verify().entries;
    const report = await summaries({ importFrom: '2026-03-01', importTo: '2026-03-31' });
    expect(report.licences.map((doc) => doc.licence.reference)).toEqual([
      'PO-2026-0417',
      'PO-2026-0418',
      'PO-2026-0420',
    ]);
    expect(report.selectionLabel).toBe('Licences for import from 1 Mar 2026 to 31 Mar 2026 (3)');
    expect(core.audit.verify().entries).toBe(auditBefore);
  });

  it('refuse a selection naming a licence that does not exist, saying which', async () => {
    await expect(summaries({ ids: [seeded.issued.id, 'no-such-licence'] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('no-such-licence'),
    });
    await expect(summaries({ importFrom: '2026-04-01', importTo: '2026-03-01' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
