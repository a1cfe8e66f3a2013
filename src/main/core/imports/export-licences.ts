import Papa from 'papaparse';

import type { ExportedFile, ExportFormat } from '#shared/contract/imports';
import { neutraliseCell } from '#shared/csv/neutralise-cell';
import { type CanonicalColumn, canonicalColumns } from '#shared/imports/canonical-columns';
import { formatEntryNumber } from '#shared/licences/entry-number';
import type { Licence } from '#shared/licences/licence-schema';
import { formatHts } from '#shared/reference/hts';

/** One canonical row per product line: the same layout the importer reads. */
export function canonicalRows(licence: Licence): Record<CanonicalColumn, string>[] {
  return licence.lines.map((line) => ({
    licence_ref: licence.reference || licence.id,
    entry_type: licence.entryType,
    importer_name: licence.importerName,
    importer_number: licence.importerNumber,
    exporter_name: licence.exporterName,
    manufacturer_name: licence.manufacturerUnknown
      ? 'unknown'
      : licence.manufacturers.filter((m) => m.trim() !== '').join('; '),
    country_of_origin: licence.countryOfOrigin,
    country_of_export: licence.countryOfExport,
    port_of_entry: licence.portOfEntry,
    expected_export_date: licence.expectedExportDate,
    expected_import_date: licence.expectedImportDate,
    entry_number: licence.entryNumber,
    hts_code: line.htsCode,
    quantity_kg: line.quantityKg === null ? '' : String(line.quantityKg),
    value_usd: line.valueUsd === null ? '' : line.valueUsd.toFixed(2),
    smelt_country_largest: line.smeltCountryLargest,
    smelt_country_second: line.smeltCountrySecond,
    cast_country: line.castCountry,
    licence_kind: licence.licenceKind,
  }));
}

export function toCanonicalCsv(rows: readonly Record<CanonicalColumn, string>[]): string {
  const data = rows.map((row) => canonicalColumns.map((column) => neutraliseCell(row[column])));
  return `${Papa.unparse({ fields: [...canonicalColumns], data }, { newline: '\r\n' })}\r\n`;
}

const stamp = (iso: string) => iso.slice(0, 10);

/** The register CSV's columns: one row per licence, dates ISO (YYYY-MM-DD), money in US$. */
export const registerColumns = [
  'licence_ref',
  'status',
  'licence_kind',
  'licence_number',
  'valid_from',
  'valid_through',
  'importer_name',
  'exporter_name',
  'country_of_origin',
  'expected_import_date',
  'entry_number',
  'entries',
  'hts_codes',
  'line_count',
  'quantity_kg',
  'value_usd',
  'errors',
  'warnings',
  'certified_by',
  'certified_at',
  'keep_until',
  'updated_at',
] as const;

export function registerRow(licence: Licence): Record<(typeof registerColumns)[number], string> {
  const kg = licence.lines.reduce((sum, l) => sum + (l.quantityKg ?? 0), 0);
  const cents = licence.lines.reduce((sum, l) => sum + Math.round((l.valueUsd ?? 0) * 100), 0);
  return {
    licence_ref: licence.reference || licence.id,
    status: licence.status,
    licence_kind: licence.licenceKind,
    licence_number: licence.licenceNumber ?? '',
    valid_from: licence.validFrom ?? '',
    valid_through: licence.validThrough ?? '',
    importer_name: licence.importerName,
    exporter_name: licence.exporterName,
    country_of_origin: licence.countryOfOrigin,
    expected_import_date: licence.expectedImportDate,
    entry_number: licence.entryNumber,
    // Each customs entry it was used on, with its date of importation: "LKS-1020304-1 2026-03-20; …".
    entries: licence.uses.map((use) => `${formatEntryNumber(use.entryNumber)} ${use.importDate}`).join('; '),
    hts_codes: [...new Set(licence.lines.map((l) => formatHts(l.htsCode)).filter(Boolean))].join('; '),
    line_count: String(licence.lines.length),
    quantity_kg: String(kg),
    value_usd: (cents / 100).toFixed(2),
    errors: licence.validation ? String(licence.validation.errors) : '',
    warnings: licence.validation ? String(licence.validation.warnings) : '',
    certified_by: licence.certified ? (licence.certifiedBy ?? '') : '',
    certified_at: licence.certified && licence.certifiedAt ? licence.certifiedAt.slice(0, 10) : '',
    // The last day it must be kept as a customs record (19 CFR 163.4; src/shared/records/keep-until.ts).
    keep_until: licence.keepUntil ?? '',
    updated_at: stamp(licence.updatedAt),
  };
}

function toRegisterCsv(licences: readonly Licence[]): string {
  const data = licences.map((licence) => {
    const row = registerRow(licence);
    return registerColumns.map((column) => neutraliseCell(row[column]));
  });
  return `${Papa.unparse({ fields: [...registerColumns], data }, { newline: '\r\n' })}\r\n`;
}

export function exportLicences(licences: readonly Licence[], format: ExportFormat, now: Date): ExportedFile {
  if (format === 'register-csv') {
    return {
      fileName: `aim-licence-register-${stamp(now.toISOString())}.csv`,
      mimeType: 'text/csv',
      content: toRegisterCsv(licences),
      count: licences.length,
    };
  }
  if (format === 'json') {
    return {
      fileName: `aim-licences-${stamp(now.toISOString())}.json`,
      mimeType: 'application/json',
      content: `${JSON.stringify({ exportedAt: now.toISOString(), count: licences.length, licences }, null, 2)}\n`,
      count: licences.length,
    };
  }
  return {
    fileName: `aim-licences-${stamp(now.toISOString())}.csv`,
    mimeType: 'text/csv',
    content: toCanonicalCsv(licences.flatMap(canonicalRows)),
    count: licences.length,
  };
}
