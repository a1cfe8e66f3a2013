import { z } from 'zod';

import { restoreCell } from '#shared/csv/neutralise-cell';

import {
  type CanonicalColumn,
  canonicalColumns,
  type CanonicalRow,
  optionalColumns,
  requiredColumns,
} from './canonical-columns';

/** canonical column → the file's header that feeds it (absent: the column is left empty). */
export const columnMappingSchema = z.partialRecord(z.enum(canonicalColumns), z.string().max(200));
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

// Headings seen in brokers' and ERP exports for the same data.
const synonyms: Record<CanonicalColumn, readonly string[]> = {
  licence_ref: [
    'licenceref',
    'licenseref',
    'reference',
    'ref',
    'licencereference',
    'licensereference',
    'ponumber',
    'po',
    'shipmentref',
  ],
  entry_type: ['entrytype', 'type'],
  importer_name: ['importername', 'importer', 'importerofrecord'],
  importer_number: ['importernumber', 'importerno', 'ein', 'iornumber', 'importerid'],
  exporter_name: ['exportername', 'exporter', 'shipper'],
  manufacturer_name: ['manufacturername', 'manufacturer', 'manufacturers', 'producer', 'mill'],
  country_of_origin: ['countryoforigin', 'origin', 'origincountry', 'coo'],
  country_of_export: ['countryofexport', 'countryofexportation', 'exportcountry'],
  port_of_entry: ['portofentry', 'port', 'entryport', 'portcode', 'expectedportofentry'],
  expected_export_date: ['expectedexportdate', 'exportdate', 'dateofexport'],
  expected_import_date: ['expectedimportdate', 'importdate', 'dateofimport', 'arrivaldate', 'eta'],
  entry_number: ['entrynumber', 'entryno', 'customsentrynumber'],
  hts_code: ['htscode', 'hts', 'htsnumber', 'htsus', 'tariffcode', 'hscode'],
  quantity_kg: ['quantitykg', 'quantity', 'netweightkg', 'weightkg', 'kg', 'netweight'],
  value_usd: ['valueusd', 'value', 'customsvalue', 'enteredvalue', 'customsvalueusd', 'usd'],
  smelt_country_largest: [
    'smeltcountrylargest',
    'largestsmelt',
    'countryoflargestsmelt',
    'primarysmelt',
    'smeltcountry',
  ],
  smelt_country_second: ['smeltcountrysecond', 'secondsmelt', 'countryofsecondlargestsmelt', 'secondarysmelt'],
  cast_country: ['castcountry', 'countryofcast', 'countryofmostrecentcast', 'cast'],
  licence_kind: ['licencekind', 'licensekind', 'kind', 'licencetype', 'licensetype', 'lowvalue'],
};

/**
 * Proposes which header feeds which column: exact canonical names first, then known synonyms.
 * Each header is used at most once.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const byName = new Map(headers.map((h) => [squash(h), h]));
  for (const column of canonicalColumns) {
    for (const candidate of [squash(column), ...synonyms[column]]) {
      const header = byName.get(candidate);
      if (header !== undefined && !used.has(header)) {
        mapping[column] = header;
        used.add(header);
        break;
      }
    }
  }
  return mapping;
}

/** True when the file is already in the canonical layout (every canonical column present by name). */
export function isCanonical(headers: readonly string[]): boolean {
  const present = new Set(headers.map(squash));
  return canonicalColumns.every((c) => optionalColumns.includes(c) || present.has(squash(c)));
}

export function missingRequired(mapping: ColumnMapping): CanonicalColumn[] {
  return requiredColumns.filter((column) => !mapping[column]);
}

/** Every canonical column empty: each mapped row starts as a copy, so all rows share one shape. */
const emptyRow = Object.fromEntries(canonicalColumns.map((column) => [column, ''])) as CanonicalRow;

/** A cell as the canonical row keeps it: trimmed, and un-neutralised if our own export wrote it. */
const cellText = (value: string): string => {
  const cell = value.trim();
  // Only a cell starting with an apostrophe can be one our export neutralised.
  return cell.charCodeAt(0) === 39 ? restoreCell(cell) : cell;
};

/** Reads one raw row (header → cell text) into the canonical shape. */
export function applyMapping(raw: Readonly<Record<string, string>>, mapping: ColumnMapping): CanonicalRow {
  const row = { ...emptyRow };
  // Own keys only: a mapping naming "__proto__" or "toString" must not read Object.prototype's
  // (a row without a prototype, as the reader makes them, has nothing else to read).
  const bare = Object.getPrototypeOf(raw) === null;
  for (const column of canonicalColumns) {
    const header = mapping[column];
    if (header === undefined) continue;
    const value = bare || Object.hasOwn(raw, header) ? raw[header] : undefined;
    if (value !== undefined) row[column] = cellText(value);
  }
  return row;
}

/**
 * The same reading for rows given as cells in header order (as the file reader hands them over):
 * each canonical column's position is looked up once per file, not once per row.
 */
export function mappedRowReader(
  headers: readonly string[],
  mapping: ColumnMapping,
): (cells: readonly string[]) => CanonicalRow {
  const positions: [CanonicalColumn, number][] = [];
  for (const column of canonicalColumns) {
    const header = mapping[column];
    const at = header === undefined || header === '' ? -1 : headers.indexOf(header);
    if (at >= 0) positions.push([column, at]);
  }
  return (cells) => {
    const row = { ...emptyRow };
    for (const [column, at] of positions) {
      const value = cells[at];
      if (value !== undefined) row[column] = cellText(value);
    }
    return row;
  };
}
