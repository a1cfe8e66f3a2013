import { readLicenceKind } from '#shared/licences/licence-kind';
import type { LicenceDraft, LicenceLine } from '#shared/licences/licence-schema';
import { storedCountry } from '#shared/reference/countries';
import { type RuleIssue, sources } from '#shared/rules/rule';

import { type CanonicalColumn, type CanonicalRow, headerColumns } from './canonical-columns';
import { readDate, readEntryType, readManufacturers, readNumber } from './cell-values';

export interface FileRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  readonly row: number;
  readonly values: CanonicalRow;
}

export interface ParsedLicence {
  readonly ref: string;
  /** File row of each product line, in line order. */
  readonly rows: readonly number[];
  readonly draft: LicenceDraft;
  /** Problems found while reading (before any rule runs), each with its row. */
  readonly issues: readonly RuleIssue[];
}

const headerPaths: Partial<Record<CanonicalColumn, string>> = {
  entry_type: 'entryType',
  importer_name: 'importerName',
  importer_number: 'importerNumber',
  exporter_name: 'exporterName',
  manufacturer_name: 'manufacturers',
  country_of_origin: 'countryOfOrigin',
  country_of_export: 'countryOfExport',
  port_of_entry: 'portOfEntry',
  expected_export_date: 'expectedExportDate',
  expected_import_date: 'expectedImportDate',
  entry_number: 'entryNumber',
  licence_kind: 'licenceKind',
};

/** Header cells compared the way they are stored: "Canada" and "CA" agree. */
function comparable(column: CanonicalColumn, value: string): string {
  if (column === 'country_of_origin' || column === 'country_of_export') return storedCountry(value);
  if (column === 'expected_export_date' || column === 'expected_import_date') return readDate(value);
  if (column === 'entry_type') return readEntryType(value);
  if (column === 'entry_number') return value.replace(/[\s-]/g, '').toUpperCase();
  if (column === 'licence_kind') return readLicenceKind(value) ?? value.trim();
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

function readAmount(
  values: CanonicalRow,
  column: 'quantity_kg' | 'value_usd',
  field: 'quantityKg' | 'valueUsd',
  index: number,
  code: string,
  what: string,
  row: number,
  issues: RuleIssue[],
): number | null {
  const cell = readNumber(values[column]);
  if (cell.ok) return cell.value;
  issues.push({
    code,
    severity: 'error',
    path: `lines.${index}.${field}`,
    row,
    source: sources.fields,
    message: `Row ${row}: ${column} "${cell.text}" is not a number (${what}).`,
  });
  return null;
}

function readLine(values: CanonicalRow, index: number, row: number, issues: RuleIssue[]): LicenceLine {
  return {
    htsCode: values.hts_code.trim(),
    quantityKg: readAmount(
      values,
      'quantity_kg',
      'quantityKg',
      index,
      'QUANTITY_INVALID',
      'kilograms, e.g. 18500',
      row,
      issues,
    ),
    valueUsd: readAmount(
      values,
      'value_usd',
      'valueUsd',
      index,
      'VALUE_INVALID',
      'US dollars, e.g. 64750',
      row,
      issues,
    ),
    smeltCountryLargest: storedCountry(values.smelt_country_largest),
    smeltCountrySecond: storedCountry(values.smelt_country_second),
    castCountry: storedCountry(values.cast_country),
  };
}

/** The licence's header from its first row, with its lines. One literal: every draft gets the same shape. */
function readDraft(
  values: CanonicalRow,
  ref: string,
  lines: LicenceLine[],
  row: number,
  issues: RuleIssue[],
): LicenceDraft {
  const manufacturers = readManufacturers(values.manufacturer_name);
  const licenceKind = readLicenceKind(values.licence_kind);
  if (licenceKind === null) {
    issues.push({
      code: 'LICENCE_KIND_INVALID',
      severity: 'error',
      path: 'licenceKind',
      row,
      source: sources.licenceKind,
      message: `Row ${row}: licence_kind "${values.licence_kind.trim()}" is not a licence kind: write regular or low-value (an empty cell means regular).`,
    });
  }
  return {
    reference: ref,
    licenceKind: licenceKind ?? 'regular',
    entryType: readEntryType(values.entry_type),
    importerName: values.importer_name.trim(),
    importerNumber: values.importer_number.trim(),
    exporterName: values.exporter_name.trim(),
    manufacturers: manufacturers.names,
    manufacturerUnknown: manufacturers.unknown,
    countryOfOrigin: storedCountry(values.country_of_origin),
    countryOfExport: storedCountry(values.country_of_export),
    portOfEntry: values.port_of_entry.trim(),
    expectedExportDate: readDate(values.expected_export_date),
    expectedImportDate: readDate(values.expected_import_date),
    entryNumber: values.entry_number.trim(),
    // A file cannot certify for the filer: certification is given in the app before filing.
    certified: false,
    notes: '',
    lines,
  };
}

/**
 * Groups file rows into licences by `licence_ref`, reads every cell into the licence model and
 * reports what cannot be read. Rows of one licence must agree on the header columns
 * (19 CFR 361.101(a)(2)): a row that disagrees is reported as HEADER_MISMATCH.
 */
export function rowsToLicences(rows: readonly FileRow[]): ParsedLicence[] {
  const groups = new Map<string, FileRow[]>();
  for (const row of rows) {
    const ref = row.values.licence_ref.trim();
    const key = ref === '' ? `\u0000row-${row.row}` : ref;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const licences: ParsedLicence[] = [];
  for (const [key, groupRows] of groups) {
    const first = groupRows[0]!;
    const ref = key.startsWith('\u0000') ? '' : key;
    const issues: RuleIssue[] = [];
    if (ref === '') {
      issues.push({
        code: 'REQUIRED',
        severity: 'error',
        path: 'reference',
        row: first.row,
        source: sources.grouping,
        message: `Row ${first.row}: licence_ref is empty, so this row is read as a licence of its own. Give rows of one licence the same licence_ref.`,
      });
    }
    for (const row of groupRows.slice(1)) {
      for (const column of headerColumns) {
        if (column === 'licence_ref') continue;
        const value = row.values[column];
        if (value !== first.values[column] && comparable(column, value) !== comparable(column, first.values[column])) {
          issues.push({
            code: 'HEADER_MISMATCH',
            severity: 'error',
            path: headerPaths[column] ?? column,
            row: row.row,
            source: sources.grouping,
            message: `Row ${row.row}: ${column} "${row.values[column]}" differs from row ${first.row} ("${first.values[column]}") of licence ${ref}. Rows of one licence share their header data; give this row its own licence_ref or correct it.`,
          });
        }
      }
    }
    const lines = groupRows.map((row, index) => readLine(row.values, index, row.row, issues));
    licences.push({
      ref,
      rows: groupRows.map((r) => r.row),
      draft: readDraft(first.values, ref, lines, first.row, issues),
      issues,
    });
  }
  return licences;
}

/** Which file row a rule's finding belongs to: a line's own row, else the licence's first row. */
export function rowOfIssue(licence: ParsedLicence, path: string): number {
  const match = /^lines\.(\d+)\./.exec(path);
  return (match ? licence.rows[Number(match[1])] : undefined) ?? licence.rows[0] ?? 0;
}
