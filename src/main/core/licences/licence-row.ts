import { z } from 'zod';
import { normaliseEntryNumber } from '../../../shared/licence/entry-number';
import { htsDigits } from '../../../shared/reference/hts';
import type { LicenceSummary } from '../../../shared/contract/licences';
import { validationSummarySchema, type Licence, type LicenceDraft } from '../../../shared/licence/licence-schema';
import { licenceKindSchema } from '../../../shared/licence/licence-kind';
import { licenceStatusSchema } from '../../../shared/licence/licence-status';
import type { LicenceUse } from '../../../shared/licence/licence-use';
import { keepRecordsUntil } from '../../../shared/records/keep-until';
import { jsonColumn, readRow, sqliteBoolean } from '../db/stored-row';

/**
 * A row of `licences` as stored (column names as in the schema; money in integer cents so sums
 * never drift), checked and its JSON columns parsed when it is read (`readLicenceRow`).
 */
export const licenceRowSchema = z.object({
  rowid: z.number().int(),
  id: z.string(),
  reference: z.string(),
  licence_kind: licenceKindSchema,
  status: licenceStatusSchema,
  version: z.number().int(),
  entry_type: z.string(),
  importer_name: z.string(),
  importer_number: z.string(),
  exporter_name: z.string(),
  manufacturers: jsonColumn(z.array(z.string())),
  manufacturer_unknown: sqliteBoolean,
  country_of_origin: z.string(),
  country_of_export: z.string(),
  port_of_entry: z.string(),
  expected_export_date: z.string(),
  expected_import_date: z.string(),
  entry_number: z.string(),
  certified: sqliteBoolean,
  notes: z.string(),
  licence_number: z.string().nullable(),
  valid_from: z.string().nullable(),
  valid_through: z.string().nullable(),
  rejection_reasons: jsonColumn(z.array(z.string())),
  certified_by: z.string().nullable(),
  certified_at: z.string().nullable(),
  total_kg: z.number(),
  total_value_cents: z.number().int(),
  hts_codes: z.string(),
  countries: z.string(),
  line_count: z.number().int(),
  validation: jsonColumn(validationSummarySchema).nullable(),
  /** How many customs entries it was used on, and the latest one's date of importation. */
  use_count: z.number().int(),
  last_entry_date: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
/** What SQLite returns for `SELECT rowid, * FROM licences`. */
export type LicenceRow = z.input<typeof licenceRowSchema>;

/** A row of `licence_lines` as stored. */
export const lineRowSchema = z.object({
  id: z.string(),
  licence_id: z.string(),
  position: z.number().int(),
  hts_code: z.string(),
  quantity_kg: z.number().nullable(),
  value_cents: z.number().int().nullable(),
  smelt_country_largest: z.string(),
  smelt_country_second: z.string(),
  cast_country: z.string(),
  supplier_id: z.string().nullable(),
  product_id: z.string().nullable(),
  document_id: z.string().nullable(),
});
export type LineRow = z.input<typeof lineRowSchema>;

export const readLicenceRow = (row: LicenceRow) => readRow(licenceRowSchema, row, 'licences', `id ${row.id}`);
const readLineRow = (row: LineRow) => readRow(lineRowSchema, row, 'licence_lines', `id ${row.id}`);

export const toCents = (usd: number | null): number | null => (usd === null ? null : Math.round(usd * 100));
export const fromCents = (cents: number | null): number | null => (cents === null ? null : cents / 100);

const isCountryCode = (v: string) => v.length === 2 && /^[A-Z]{2}$/.test(v);

/** Every country code a licence names, in any role (for the register's country filter). */
function countriesNamed(draft: LicenceDraft): string {
  const codes: string[] = [];
  const add = (value: string) => {
    const code = value.trim().toUpperCase();
    if (isCountryCode(code) && !codes.includes(code)) codes.push(code);
  };
  add(draft.countryOfOrigin);
  add(draft.countryOfExport);
  for (const line of draft.lines) {
    add(line.smeltCountryLargest);
    add(line.smeltCountrySecond);
    add(line.castCountry);
  }
  return codes.join(' ');
}

/** The distinct HTS codes of the lines, digits only, in line order. */
function htsCodesOf(draft: LicenceDraft): string {
  const codes: string[] = [];
  for (const line of draft.lines) {
    const code = htsDigits(line.htsCode);
    if (code !== '' && !codes.includes(code)) codes.push(code);
  }
  return codes.join(' ');
}

/**
 * A product line's stored columns after its id, licence and position: HTS as digits, money in cents,
 * countries upper-cased, empty links as null.
 */
export const lineColumns = (line: LicenceDraft['lines'][number]) =>
  [
    htsDigits(line.htsCode),
    line.quantityKg,
    toCents(line.valueUsd),
    line.smeltCountryLargest.toUpperCase(),
    line.smeltCountrySecond.toUpperCase(),
    line.castCountry.toUpperCase(),
    line.supplierId || null,
    line.productId || null,
    line.documentId || null,
  ] as const;

export function draftColumns(draft: LicenceDraft) {
  let totalKg = 0;
  let totalCents = 0;
  for (const line of draft.lines) {
    totalKg += line.quantityKg ?? 0;
    totalCents += toCents(line.valueUsd) ?? 0;
  }
  return {
    reference: draft.reference,
    licence_kind: draft.licenceKind,
    entry_type: draft.entryType,
    importer_name: draft.importerName,
    importer_number: draft.importerNumber,
    exporter_name: draft.exporterName,
    manufacturers: JSON.stringify(draft.manufacturers),
    manufacturer_unknown: draft.manufacturerUnknown ? 1 : 0,
    country_of_origin: draft.countryOfOrigin,
    country_of_export: draft.countryOfExport,
    port_of_entry: draft.portOfEntry,
    expected_export_date: draft.expectedExportDate,
    expected_import_date: draft.expectedImportDate,
    entry_number: normaliseEntryNumber(draft.entryNumber),
    certified: draft.certified ? 1 : 0,
    notes: draft.notes,
    total_kg: totalKg,
    total_value_cents: totalCents,
    hts_codes: htsCodesOf(draft),
    countries: countriesNamed(draft),
    line_count: draft.lines.length,
  };
}

export function rowToLicence(stored: LicenceRow, storedLines: LineRow[], uses: LicenceUse[]): Licence {
  const row = readLicenceRow(stored);
  const lines = storedLines.map(readLineRow);
  return {
    id: row.id,
    reference: row.reference,
    licenceKind: row.licence_kind,
    status: row.status,
    version: row.version,
    entryType: row.entry_type,
    importerName: row.importer_name,
    importerNumber: row.importer_number,
    exporterName: row.exporter_name,
    manufacturers: row.manufacturers,
    manufacturerUnknown: row.manufacturer_unknown,
    countryOfOrigin: row.country_of_origin,
    countryOfExport: row.country_of_export,
    portOfEntry: row.port_of_entry,
    expectedExportDate: row.expected_export_date,
    expectedImportDate: row.expected_import_date,
    entryNumber: row.entry_number,
    certified: row.certified,
    notes: row.notes,
    licenceNumber: row.licence_number,
    validFrom: row.valid_from,
    validThrough: row.valid_through,
    rejectionReasons: row.rejection_reasons,
    certifiedBy: row.certified_by,
    certifiedAt: row.certified_at,
    validation: row.validation,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lines: lines.map((l) => ({
      id: l.id,
      htsCode: l.hts_code,
      quantityKg: l.quantity_kg,
      valueUsd: fromCents(l.value_cents),
      smeltCountryLargest: l.smelt_country_largest,
      smeltCountrySecond: l.smelt_country_second,
      castCountry: l.cast_country,
      // Links are left out when empty, so a line read back equals the line written without them.
      ...(l.supplier_id ? { supplierId: l.supplier_id } : {}),
      ...(l.product_id ? { productId: l.product_id } : {}),
      ...(l.document_id ? { documentId: l.document_id } : {}),
    })),
    uses,
    keepUntil: keepRecordsUntil({ entryDates: uses.map((u) => u.importDate), importDate: row.expected_import_date }),
  };
}

export function rowToSummary(stored: LicenceRow): LicenceSummary {
  const row = readLicenceRow(stored);
  return {
    id: row.id,
    reference: row.reference,
    licenceKind: row.licence_kind,
    status: row.status,
    importerName: row.importer_name,
    exporterName: row.exporter_name,
    manufacturers: row.manufacturers,
    countryOfOrigin: row.country_of_origin,
    expectedImportDate: row.expected_import_date,
    htsCodes: row.hts_codes ? row.hts_codes.split(' ') : [],
    lineCount: row.line_count,
    totalKg: row.total_kg,
    totalValueUsd: row.total_value_cents / 100,
    licenceNumber: row.licence_number,
    validFrom: row.valid_from,
    validThrough: row.valid_through,
    certified: row.certified,
    validation: row.validation,
    useCount: row.use_count,
    lastEntryDate: row.last_entry_date,
    keepUntil: keepRecordsUntil({
      entryDates: row.last_entry_date ? [row.last_entry_date] : [],
      importDate: row.expected_import_date,
    }),
    updatedAt: row.updated_at,
  };
}
