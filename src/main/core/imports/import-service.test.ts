import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { licenceQuerySchema } from '#shared/contract/licences';

import { canonicalFile, fileRow, xlsxFile } from '../../../../tests/support/licence-files';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';
import { toCanonicalCsv } from './export-licences';

let core: TempCore;
beforeEach(() => {
  core = tempCore('2026-03-02T15:00:00.000Z');
});
afterEach(() => core.dispose());

const bytes = (text: string) => new TextEncoder().encode(text);
const total = () => core.licences.list(licenceQuerySchema.parse({})).total;

describe('importing a licence file', () => {
  it('previews 1,000 rows with every bad row reported, and writes nothing', async () => {
    const { csv, badRows } = canonicalFile(1000, 37);
    const preview = await core.imports.preview('licences.csv', bytes(csv));
    expect(preview).toMatchObject({ canonical: true, rowCount: 1000, licenceCount: 500, missingColumns: [] });
    const reportedRows = preview.licences
      .flatMap((l) => l.issues.filter((i) => i.severity === 'error').map((i) => i.row))
      .sort((a, b) => a! - b!);
    expect(reportedRows).toEqual(badRows);
    expect(preview.validCount).toBe(500 - badRows.length);
    expect(total()).toBe(0);
  });

  it('commits every previewed licence in one transaction, with its checks recorded', async () => {
    const { csv } = canonicalFile(1000, 37);
    const preview = await core.imports.preview('licences.csv', bytes(csv));
    const result = core.imports.commit(preview.importId!, false);
    expect(result).toEqual({ created: expect.any(Array), skipped: 0 });
    expect(result.created).toHaveLength(500);
    expect(total()).toBe(500);
    const withErrors = core.licences
      .list(licenceQuerySchema.parse({ limit: 500 }))
      .items.filter((i) => i.validation!.errors > 0);
    expect(withErrors).toHaveLength(preview.licenceCount - preview.validCount);
    expect(core.audit.verify().ok).toBe(true);
  });

  it('can leave the licences with errors out', async () => {
    const { csv, badRows } = canonicalFile(200, 10);
    const preview = await core.imports.preview('licences.csv', bytes(csv));
    expect(core.imports.commit(preview.importId!, true)).toMatchObject({ skipped: badRows.length });
    expect(total()).toBe(100 - badRows.length);
  });

  it('writes nothing at all when the commit fails part-way', async () => {
    const { csv } = canonicalFile(100);
    const preview = await core.imports.preview('licences.csv', bytes(csv));
    // A trigger that refuses the 40th licence stands in for a disk or constraint failure.
    core.db.exec(
      `CREATE TRIGGER refuse AFTER INSERT ON licences WHEN (SELECT count(*) FROM licences) >= 40 BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`,
    );
    expect(() => core.imports.commit(preview.importId!, false)).toThrow('disk I/O error');
    expect(total()).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM licence_lines').pluck().get()).toBe(0);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'import'").pluck().get()).toBe(0);
  });

  it('reads the same licences from XLSX, including dates stored as dates and numbers as numbers', async () => {
    const row = fileRow('PO-X');
    const file = await xlsxFile([
      {
        ...row,
        expected_export_date: new Date(Date.UTC(2026, 2, 10)),
        expected_import_date: new Date(Date.UTC(2026, 2, 20)),
        quantity_kg: 18500,
        value_usd: 64750,
      },
    ]);
    const preview = await core.imports.preview('licences.xlsx', file);
    expect(preview).toMatchObject({ format: 'xlsx', licenceCount: 1, validCount: 1 });
    core.imports.commit(preview.importId!, false);
    const [item] = core.licences.list(licenceQuerySchema.parse({})).items;
    expect(core.licences.get(item!.id)).toMatchObject({
      expectedImportDate: '2026-03-20',
      lines: [{ quantityKg: 18500, valueUsd: 64750 }],
    });
  });

  it('asks for a mapping when the layout is not canonical, and reads it once mapped', async () => {
    const csv =
      'PO Number,Importer,Shipper,HTS,Net Weight (kg),Customs Value\r\nPO-1,Lakeside,Nordic,7606123035,100,500\r\n';
    const unmapped = await core.imports.preview('erp.csv', bytes(csv), { hts_code: 'HTS' });
    expect(unmapped).toMatchObject({ importId: null, missingColumns: ['licence_ref'], licences: [] });
    const suggested = await core.imports.preview('erp.csv', bytes(csv));
    expect(suggested.mapping).toMatchObject({
      licence_ref: 'PO Number',
      hts_code: 'HTS',
      quantity_kg: 'Net Weight (kg)',
    });
    expect(suggested.licenceCount).toBe(1);
  });

  it.each([
    ['empty.csv', new Uint8Array(), /empty/],
    ['photo.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /binary data/],
    ['broken.xlsx', bytes('PK\u0003\u0004not really a zip'), /not a readable XLSX/],
    ['old.xls', bytes('\u00d0\u00cf\u0011\u00e0 legacy'), /old \.xls files/],
    ['quote.csv', bytes('licence_ref,hts_code\r\n"PO-1,7606123035\r\n'), /quote that is never closed/],
    ['twice.csv', bytes('licence_ref,HTS_code,hts_code\r\nA,1,2\r\n'), /appears twice/],
  ])('refuses %s with one clear error', async (name, content, message) => {
    await expect(core.imports.preview(name, content)).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message });
  });

  it('flags licences whose reference is already in the register', async () => {
    const csv = canonicalFile(2).csv;
    core.imports.commit((await core.imports.preview('a.csv', bytes(csv))).importId!, false);
    const again = await core.imports.preview('a.csv', bytes(csv));
    expect(again.licences[0]).toMatchObject({ ref: 'PO-00001', existing: true });
  });

  it('forgets a preview once committed', async () => {
    const preview = await core.imports.preview('a.csv', bytes(canonicalFile(2).csv));
    core.imports.commit(preview.importId!, false);
    expect(() => core.imports.commit(preview.importId!, false)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(total()).toBe(1);
  });
});

describe('exporting', () => {
  it('round-trips through the canonical CSV: export, import, same licences', async () => {
    const { csv } = canonicalFile(40);
    core.imports.commit((await core.imports.preview('a.csv', bytes(csv))).importId!, false);
    const exported = await core.dispatch('licences.export', { format: 'csv' }, { host: 'in-process' });
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const { content } = exported.value as { content: string };
    const again = await core.imports.preview('export.csv', bytes(content));
    expect(again).toMatchObject({ canonical: true, licenceCount: 20, validCount: 20, rowCount: 40 });
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const preview = await core.imports.preview(
      'a.csv',
      bytes(toCanonicalCsv([fileRow('PO-1', { exporter_name: '=HYPERLINK("x")' })])),
    );
    core.imports.commit(preview.importId!, false);
    expect(core.licences.get(core.licences.list(licenceQuerySchema.parse({})).items[0]!.id).exporterName).toBe(
      '=HYPERLINK("x")',
    );
    const exported = await core.dispatch('licences.export', { format: 'csv' }, { host: 'in-process' });
    expect(exported.ok && (exported.value as { content: string }).content).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
