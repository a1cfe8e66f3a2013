import Papa from 'papaparse';
import type { ExportedFile } from '../../../shared/contract/imports';
import { neutraliseCell } from '../../../shared/csv/neutralise-cell';
import { canonicalColumns, type CanonicalColumn } from '../../../shared/import/canonical-columns';
import type { Licence } from '../../../shared/licence/licence-schema';

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

export function exportLicences(licences: readonly Licence[], format: 'csv' | 'json', now: Date): ExportedFile {
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
