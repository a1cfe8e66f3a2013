/**
 * The canonical licence file: one row per product line; rows with the same `licence_ref` form one
 * licence. This order is the file's interface (template, export, CLI): never reorder or rename.
 */
export const canonicalColumns = [
  'licence_ref',
  'entry_type',
  'importer_name',
  'importer_number',
  'exporter_name',
  'manufacturer_name',
  'country_of_origin',
  'country_of_export',
  'port_of_entry',
  'expected_export_date',
  'expected_import_date',
  'entry_number',
  'hts_code',
  'quantity_kg',
  'value_usd',
  'smelt_country_largest',
  'smelt_country_second',
  'cast_country',
  // Added later, so at the end (files written before it still read the same): `regular` or
  // `low-value`; empty means regular.
  'licence_kind',
] as const;
export type CanonicalColumn = (typeof canonicalColumns)[number];

/** Columns a file may leave out altogether; a file is still in the canonical layout without them. */
export const optionalColumns: readonly CanonicalColumn[] = ['licence_kind'];

/** Header columns: every row of one licence must agree on them. */
export const headerColumns: readonly CanonicalColumn[] = [...canonicalColumns.slice(0, 12), 'licence_kind'];

export const columnLabels: Record<CanonicalColumn, string> = {
  licence_ref: 'Licence reference (groups rows)',
  entry_type: 'Entry type',
  importer_name: 'Importer name',
  importer_number: 'Importer number',
  exporter_name: 'Exporter name',
  manufacturer_name: 'Manufacturer(s)',
  country_of_origin: 'Country of origin',
  country_of_export: 'Country of export',
  port_of_entry: 'Port of entry',
  expected_export_date: 'Expected export date',
  expected_import_date: 'Expected import date',
  entry_number: 'Entry number',
  hts_code: 'HTS number',
  quantity_kg: 'Quantity (kg)',
  value_usd: 'Customs value (US$)',
  smelt_country_largest: 'Country of largest smelt',
  smelt_country_second: 'Country of second-largest smelt',
  cast_country: 'Country of most recent cast',
  licence_kind: 'Licence kind (regular or low-value)',
};

/** Columns a file must map before anything can be read from it. */
export const requiredColumns: readonly CanonicalColumn[] = ['licence_ref', 'hts_code'];

/** A row as read from any file layout, keyed by canonical column (missing columns read as ''). */
export type CanonicalRow = Record<CanonicalColumn, string>;
