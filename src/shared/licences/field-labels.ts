import type { LicenceDraft, LicenceLine, LineLinkField } from './licence-schema';

/** The names a filer sees for each field, used by the form, the rules' messages and exports. */
export const headerLabels: Record<Exclude<keyof LicenceDraft, 'lines'>, string> = {
  reference: 'Your reference',
  licenceKind: 'Licence kind',
  entryType: 'Entry type',
  importerName: 'Importer name',
  importerNumber: 'Importer number',
  exporterName: 'Exporter name',
  manufacturers: 'Manufacturer',
  manufacturerUnknown: 'Manufacturer unknown',
  countryOfOrigin: 'Country of origin',
  countryOfExport: 'Country of export',
  portOfEntry: 'Expected port of entry',
  expectedExportDate: 'Expected export date',
  expectedImportDate: 'Expected import date',
  entryNumber: 'Entry number',
  certified: 'Certification',
  notes: 'Notes',
};

export const lineLabels: Record<Exclude<keyof LicenceLine, 'id' | LineLinkField>, string> = {
  htsCode: 'HTS number',
  quantityKg: 'Quantity (kg)',
  valueUsd: 'Customs value (US$)',
  smeltCountryLargest: 'Country of largest smelt',
  smeltCountrySecond: 'Country of second-largest smelt',
  castCountry: 'Country of most recent cast',
};

export const linePath = (index: number, field: keyof LicenceLine): string => `lines.${index}.${field}`;

/** "Product line 2: HTS number": where a line's problem is, in words. */
export function lineFieldLabel(index: number, field: Exclude<keyof LicenceLine, 'id' | LineLinkField>): string {
  return `Product line ${index + 1}: ${lineLabels[field]}`;
}

/** The field a finding's path points at, in the form's words ("lines.0.castCountry" → "Product line 1: Country of most recent cast"). */
export function fieldLabelOf(path: string): string {
  const line = /^lines\.(\d+)\.(\w+)/.exec(path);
  if (line) {
    const field = line[2] as keyof typeof lineLabels;
    return field in lineLabels ? lineFieldLabel(Number(line[1]), field) : `Product line ${Number(line[1]) + 1}`;
  }
  if (path === 'lines') return 'Product lines';
  const header = path.split('.')[0] as keyof typeof headerLabels;
  return header in headerLabels ? headerLabels[header] : path;
}
