import ExcelJS from 'exceljs';

import { toCanonicalCsv } from '#core/imports/export-licences';
import { type CanonicalColumn, canonicalColumns } from '#shared/imports/canonical-columns';

export type FileRowValues = Record<CanonicalColumn, string>;

/** A canonical row for licence `ref` (valid as of early March 2026 unless overridden). */
export function fileRow(ref: string, overrides: Partial<FileRowValues> = {}): FileRowValues {
  return {
    licence_ref: ref,
    entry_type: 'consumption',
    importer_name: 'Lakeside Aluminum Imports LLC',
    importer_number: '34-5678901',
    exporter_name: 'Northern Rolling Mills Inc.',
    manufacturer_name: 'Northern Rolling Mills Inc.',
    country_of_origin: 'CA',
    country_of_export: 'CA',
    port_of_entry: '3901',
    expected_export_date: '2026-03-10',
    expected_import_date: '2026-03-20',
    entry_number: '',
    hts_code: '7606.12.30.35',
    quantity_kg: '18500',
    value_usd: '64750',
    smelt_country_largest: 'CA',
    smelt_country_second: 'N/A',
    cast_country: 'CA',
    licence_kind: '',
    ...overrides,
  };
}

/**
 * `count` rows: two lines per licence, and every `badEvery`-th row broken in one of a few
 * realistic ways (a wrong HTS, an "unknown" cast country, a number that is not a number).
 */
export function canonicalFile(
  count: number,
  badEvery = 0,
  dates: Partial<Pick<FileRowValues, 'expected_export_date' | 'expected_import_date'>> = {},
): { csv: string; badRows: number[] } {
  const rows: FileRowValues[] = [];
  const badRows: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const ref = `PO-${String(Math.floor(i / 2) + 1).padStart(5, '0')}`;
    let overrides: Partial<FileRowValues> = { hts_code: i % 2 === 0 ? '7606.12.30.35' : '7607.11.30.00' };
    if (badEvery > 0 && i % badEvery === badEvery - 1) {
      const kind = (i / badEvery) % 3;
      overrides = kind < 1 ? { hts_code: '7606.12' } : kind < 2 ? { cast_country: 'unknown' } : { quantity_kg: 'lots' };
      badRows.push(i + 2);
    }
    rows.push(fileRow(ref, { ...dates, ...overrides }));
  }
  return { csv: toCanonicalCsv(rows), badRows };
}

export async function xlsxFile(rows: readonly Record<string, string | number | Date>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Licences');
  const headers = Object.keys(rows[0] ?? Object.fromEntries(canonicalColumns.map((c) => [c, ''])));
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A date `days` from today (YYYY-MM-DD), for tests that run against the real clock. */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
