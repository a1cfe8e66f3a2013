import { describe, expect, it } from 'vitest';

import { bundledReference } from '#shared/reference/reference-data';
import { defaultRuleSettings } from '#shared/rules/rule';

import { canonicalColumns, type CanonicalRow } from './canonical-columns';
import { readNumber } from './cell-values';
import { checkParsedLicence } from './check-parsed-licences';
import { applyMapping, isCanonical, suggestMapping } from './column-mapping';
import { rowsToLicences } from './rows-to-licences';

const base: CanonicalRow = {
  licence_ref: 'PO-1',
  entry_type: 'Consumption',
  importer_name: 'Lakeside Aluminum Imports LLC',
  importer_number: '34-5678901',
  exporter_name: 'Northern Rolling Mills Inc.',
  manufacturer_name: 'Northern Rolling Mills Inc.',
  country_of_origin: 'Canada',
  country_of_export: 'CAN',
  port_of_entry: '3901',
  expected_export_date: '2026-03-10',
  expected_import_date: '2026-03-20',
  entry_number: '',
  hts_code: '7606.12.30.35',
  quantity_kg: '18,500',
  value_usd: '$64,750.00',
  smelt_country_largest: 'CA',
  smelt_country_second: 'n/a',
  cast_country: 'Canada',
  licence_kind: '',
};
const row = (n: number, values: Partial<CanonicalRow> = {}) => ({ row: n, values: { ...base, ...values } });
const ctx = { asOf: '2026-03-02', reference: bundledReference, settings: defaultRuleSettings };

describe('reading canonical rows into licences', () => {
  it('groups rows by licence_ref and reads every cell into the stored form', () => {
    const [licence, ...rest] = rowsToLicences([
      row(2),
      row(3, { hts_code: '7607113000', quantity_kg: '2400', value_usd: '9120' }),
    ]);
    expect(rest).toEqual([]);
    expect(licence!.rows).toEqual([2, 3]);
    expect(licence!.draft).toMatchObject({
      reference: 'PO-1',
      entryType: 'consumption',
      countryOfOrigin: 'CA',
      countryOfExport: 'CA',
      manufacturers: ['Northern Rolling Mills Inc.'],
      certified: false,
    });
    expect(
      licence!.draft.lines.map((l) => [l.htsCode, l.quantityKg, l.valueUsd, l.smeltCountrySecond, l.castCountry]),
    ).toEqual([
      ['7606.12.30.35', 18500, 64750, 'N/A', 'CA'],
      ['7607113000', 2400, 9120, 'N/A', 'CA'],
    ]);
  });

  it('reports rows of one licence that disagree on header data (HEADER_MISMATCH), on their own row', () => {
    const [licence] = rowsToLicences([
      row(2),
      row(3, { exporter_name: 'Someone Else Ltd' }),
      row(4, { country_of_origin: 'CA' }),
    ]);
    expect(licence!.issues.map((i) => [i.code, i.row, i.path])).toEqual([['HEADER_MISMATCH', 3, 'exporterName']]);
    expect(licence!.issues[0]!.message).toContain('Row 3: exporter_name "Someone Else Ltd" differs from row 2');
  });

  it('reports numbers it cannot read once, on their row, and not again as required', () => {
    const [licence] = rowsToLicences([row(2), row(3, { quantity_kg: 'eighteen tonnes' })]);
    const checked = checkParsedLicence(licence!, ctx);
    expect(checked.issues.map((i) => [i.code, i.row])).toEqual([['QUANTITY_INVALID', 3]]);
    expect(checked.valid).toBe(false);
  });

  it('puts rule findings on the row of the line they concern', () => {
    const [licence] = rowsToLicences([row(2), row(3, { cast_country: 'unknown' }), row(4, { hts_code: '7606' })]);
    const checked = checkParsedLicence(licence!, ctx);
    expect(checked.issues.map((i) => [i.code, i.row])).toEqual([
      ['CAST_COUNTRY_REQUIRED', 3],
      ['HTS_FORMAT', 4],
    ]);
  });

  it('reads a row without licence_ref as a licence of its own and says so', () => {
    const licences = rowsToLicences([row(2, { licence_ref: '' }), row(3, { licence_ref: '' })]);
    expect(licences).toHaveLength(2);
    expect(licences[1]!.issues[0]).toMatchObject({ code: 'REQUIRED', row: 3 });
  });

  it('reads "unknown" and lists of manufacturers', () => {
    const [a, b] = rowsToLicences([
      row(2, { manufacturer_name: 'Unknown' }),
      row(3, { licence_ref: 'PO-2', manufacturer_name: 'Mill A; Mill B | Mill C' }),
    ]);
    expect(a!.draft).toMatchObject({ manufacturers: [], manufacturerUnknown: true });
    expect(b!.draft.manufacturers).toEqual(['Mill A', 'Mill B', 'Mill C']);
  });

  it('reads the optional licence_kind column: empty is regular, spellings of low-value are low-value', () => {
    const licences = rowsToLicences([
      row(2, { licence_ref: 'A' }),
      row(3, { licence_ref: 'B', licence_kind: 'Low value' }),
      row(4, { licence_ref: 'C', licence_kind: 'LOW-VALUE' }),
      row(5, { licence_ref: 'D', licence_kind: 'regular' }),
    ]);
    expect(licences.map((l) => l.draft.licenceKind)).toEqual(['regular', 'low-value', 'low-value', 'regular']);
    expect(licences.flatMap((l) => l.issues)).toEqual([]);
  });

  it('refuses an unknown licence kind with the row, the column and the words it accepts', () => {
    const [licence] = rowsToLicences([row(2, { licence_kind: 'blanket' })]);
    expect(licence!.issues).toEqual([
      expect.objectContaining({
        code: 'LICENCE_KIND_INVALID',
        severity: 'error',
        path: 'licenceKind',
        row: 2,
        message: expect.stringMatching(/licence_kind "blanket".*regular or low-value/),
      }),
    ]);
    expect(checkParsedLicence(licence!, ctx).valid).toBe(false);
  });

  it('keeps the rows of one licence to one kind', () => {
    const [licence] = rowsToLicences([row(2, { licence_kind: 'low-value' }), row(3, { licence_kind: '' })]);
    expect(licence!.issues.map((i) => `${i.code}@${i.path}:${i.row}`)).toEqual(['HEADER_MISMATCH@licenceKind:3']);
  });

  it('makes no claim about a regular and a low-value licence on one entry (no source shows CBP rejects it)', () => {
    const licences = rowsToLicences([
      row(2, { licence_ref: 'BIG', entry_number: 'ABC-1234567-6' }),
      row(3, { licence_ref: 'SMALL', entry_number: 'ABC12345676', value_usd: '3000', licence_kind: 'low-value' }),
    ]);
    const codes = licences.flatMap((l) => checkParsedLicence(l, ctx).issues.map((i) => i.code));
    expect(codes.some((code) => /MIX/.test(code))).toBe(false);
  });
});

describe('cell values', () => {
  it.each([
    ['18500', 18500],
    ['18,500', 18500],
    ['1,234,567.5', 1234567.5],
    ['$64,750.00', 64750],
    ['64750 USD', 64750],
    ['2400 kg', 2400],
    ['', null],
  ])('%j reads as %j', (text, value) => {
    expect(readNumber(text)).toEqual({ ok: true, value });
  });
  it.each(['18.500,25', 'twelve', '1,23', '12abc', 'Infinity'])('%j is refused', (text) => {
    expect(readNumber(text)).toMatchObject({ ok: false });
  });
});

describe('column mapping', () => {
  it('recognises the canonical layout', () => {
    expect(isCanonical([...canonicalColumns])).toBe(true);
    expect(isCanonical(['Licence Ref', ...canonicalColumns.slice(1)])).toBe(true);
    // Files written before the optional licence_kind column existed are still canonical.
    expect(isCanonical(canonicalColumns.filter((c) => c !== 'licence_kind'))).toBe(true);
    expect(isCanonical(canonicalColumns.filter((c) => c !== 'cast_country'))).toBe(false);
  });
  it('proposes a mapping for common headings of other layouts', () => {
    const mapping = suggestMapping([
      'PO Number',
      'Importer',
      'Shipper',
      'HTS',
      'Net Weight (kg)',
      'Customs Value',
      'Primary Smelt',
      'Secondary Smelt',
      'Country of Cast',
      'ETA',
      'Origin',
    ]);
    expect(mapping).toMatchObject({
      licence_ref: 'PO Number',
      importer_name: 'Importer',
      exporter_name: 'Shipper',
      hts_code: 'HTS',
      quantity_kg: 'Net Weight (kg)',
      value_usd: 'Customs Value',
      smelt_country_largest: 'Primary Smelt',
      smelt_country_second: 'Secondary Smelt',
      cast_country: 'Country of Cast',
      expected_import_date: 'ETA',
      country_of_origin: 'Origin',
    });
  });
  it('reads a mapped row and undoes our own formula neutralising', () => {
    const values = applyMapping({ Ref: ' PO-7 ', Name: "'=Mill" }, { licence_ref: 'Ref', exporter_name: 'Name' });
    expect(values.licence_ref).toBe('PO-7');
    expect(values.exporter_name).toBe('=Mill');
    expect(values.hts_code).toBe('');
  });
});
