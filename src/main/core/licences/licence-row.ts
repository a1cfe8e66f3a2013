import { normaliseEntryNumber } from '../../../shared/licence/entry-number';
import { htsDigits } from '../../../shared/reference/hts';
import type { LicenceSummary } from '../../../shared/contract/licences';
import type { LicenceKind } from '../../../shared/licence/licence-kind';
import type { Licence, LicenceDraft, ValidationSummary } from '../../../shared/licence/licence-schema';
import type { LicenceStatus } from '../../../shared/licence/licence-status';
import type { LicenceUse } from '../../../shared/licence/licence-use';
import { keepRecordsUntil } from '../../../shared/records/keep-until';

/** Column names as stored; money is kept in integer cents so sums never drift. */
export interface LicenceRow {
  rowid: number;
  id: string;
  reference: string;
  licence_kind: LicenceKind;
  status: LicenceStatus;
  version: number;
  entry_type: string;
  importer_name: string;
  importer_number: string;
  exporter_name: string;
  manufacturers: string;
  manufacturer_unknown: number;
  country_of_origin: string;
  country_of_export: string;
  port_of_entry: string;
  expected_export_date: string;
  expected_import_date: string;
  entry_number: string;
  certified: number;
  notes: string;
  licence_number: string | null;
  valid_from: string | null;
  valid_through: string | null;
  rejection_reasons: string;
  certified_by: string | null;
  certified_at: string | null;
  total_kg: number;
  total_value_cents: number;
  hts_codes: string;
  countries: string;
  line_count: number;
  validation: string | null;
  /** How many customs entries it was used on, and the latest one's date of importation. */
  use_count: number;
  last_entry_date: string | null;
  created_at: string;
  updated_at: string;
}

export interface LineRow {
  id: string;
  licence_id: string;
  position: number;
  hts_code: string;
  quantity_kg: number | null;
  value_cents: number | null;
  smelt_country_largest: string;
  smelt_country_second: string;
  cast_country: string;
  supplier_id: string | null;
  product_id: string | null;
  document_id: string | null;
}

export const toCents = (usd: number | null): number | null => (usd === null ? null : Math.round(usd * 100));
export const fromCents = (cents: number | null): number | null => (cents === null ? null : cents / 100);

/** Every country code a licence names, in any role (for the register's country filter). */
function countriesNamed(draft: LicenceDraft): string {
  const values = [
    draft.countryOfOrigin,
    draft.countryOfExport,
    ...draft.lines.flatMap((l) => [l.smeltCountryLargest, l.smeltCountrySecond, l.castCountry]),
  ];
  return [...new Set(values.map((v) => v.trim().toUpperCase()).filter((v) => /^[A-Z]{2}$/.test(v)))].join(' ');
}

export function draftColumns(draft: LicenceDraft) {
  const totalKg = draft.lines.reduce((sum, l) => sum + (l.quantityKg ?? 0), 0);
  const totalCents = draft.lines.reduce((sum, l) => sum + (toCents(l.valueUsd) ?? 0), 0);
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
    hts_codes: [...new Set(draft.lines.map((l) => htsDigits(l.htsCode)).filter(Boolean))].join(' '),
    countries: countriesNamed(draft),
    line_count: draft.lines.length,
  };
}

const parseValidation = (text: string | null): ValidationSummary | null =>
  text ? (JSON.parse(text) as ValidationSummary) : null;

export function rowToLicence(row: LicenceRow, lines: LineRow[], uses: LicenceUse[]): Licence {
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
    manufacturers: JSON.parse(row.manufacturers) as string[],
    manufacturerUnknown: row.manufacturer_unknown === 1,
    countryOfOrigin: row.country_of_origin,
    countryOfExport: row.country_of_export,
    portOfEntry: row.port_of_entry,
    expectedExportDate: row.expected_export_date,
    expectedImportDate: row.expected_import_date,
    entryNumber: row.entry_number,
    certified: row.certified === 1,
    notes: row.notes,
    licenceNumber: row.licence_number,
    validFrom: row.valid_from,
    validThrough: row.valid_through,
    rejectionReasons: JSON.parse(row.rejection_reasons) as string[],
    certifiedBy: row.certified_by,
    certifiedAt: row.certified_at,
    validation: parseValidation(row.validation),
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

export function rowToSummary(row: LicenceRow): LicenceSummary {
  return {
    id: row.id,
    reference: row.reference,
    licenceKind: row.licence_kind,
    status: row.status,
    importerName: row.importer_name,
    exporterName: row.exporter_name,
    manufacturers: JSON.parse(row.manufacturers) as string[],
    countryOfOrigin: row.country_of_origin,
    expectedImportDate: row.expected_import_date,
    htsCodes: row.hts_codes ? row.hts_codes.split(' ') : [],
    lineCount: row.line_count,
    totalKg: row.total_kg,
    totalValueUsd: row.total_value_cents / 100,
    licenceNumber: row.licence_number,
    validFrom: row.valid_from,
    validThrough: row.valid_through,
    certified: row.certified === 1,
    validation: parseValidation(row.validation),
    useCount: row.use_count,
    lastEntryDate: row.last_entry_date,
    keepUntil: keepRecordsUntil({
      entryDates: row.last_entry_date ? [row.last_entry_date] : [],
      importDate: row.expected_import_date,
    }),
    updatedAt: row.updated_at,
  };
}
