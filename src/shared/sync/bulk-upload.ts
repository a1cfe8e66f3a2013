import { formatEntryNumber } from '#shared/licences/entry-number';
import { licenceKindLabels } from '#shared/licences/licence-kind';
import { entryTypeLabels, type LicenceDraft } from '#shared/licences/licence-schema';
import { countryName } from '#shared/reference/countries';
import { formatHts } from '#shared/reference/hts';

import { portalDate } from './portal-form';

/*
 * The bulk-upload file. The portal's template was not available (domain note §5, §8): these
 * columns follow the web form's field order and spelling, and docs/portal-bulk-upload.md says
 * plainly that they must be checked against the portal's template before the first upload.
 * One row per product line; the header fields repeat, and "Licence group" ties a licence's rows.
 */

type Line = LicenceDraft['lines'][number];

export interface BulkColumn {
  readonly header: string;
  /** Form ITA-4142a's field number where the form has one ("" where it has none: never invented). */
  readonly formField: string;
  value(licence: LicenceDraft, line: Line, group: string): string;
}

const num = (value: number | null, digits: number) =>
  value === null ? '' : value.toLocaleString('en-US', { maximumFractionDigits: digits, useGrouping: false });

export const bulkUploadColumns: readonly BulkColumn[] = [
  { header: 'Licence group', formField: '', value: (_l, _line, group) => group },
  { header: 'Licence kind', formField: '', value: (l) => licenceKindLabels[l.licenceKind] },
  { header: 'Customs entry number', formField: '02', value: (l) => formatEntryNumber(l.entryNumber) },
  {
    header: 'Entry type',
    formField: '',
    value: (l) => entryTypeLabels[l.entryType as keyof typeof entryTypeLabels] ?? l.entryType,
  },
  { header: 'Importer name', formField: '09', value: (l) => l.importerName },
  { header: 'Exporter name', formField: '10', value: (l) => l.exporterName },
  {
    header: 'Manufacturer name',
    formField: '11',
    value: (l) => (l.manufacturerUnknown ? 'Unknown' : l.manufacturers.filter((m) => m.trim() !== '').join('; ')),
  },
  { header: 'Country of origin', formField: '12', value: (l) => countryName(l.countryOfOrigin) },
  { header: 'Country of exportation', formField: '13', value: (l) => countryName(l.countryOfExport) },
  { header: 'Expected port of entry (Schedule D)', formField: '14', value: (l) => l.portOfEntry },
  { header: 'Expected date of export', formField: '15', value: (l) => portalDate(l.expectedExportDate) },
  { header: 'Expected date of import', formField: '16', value: (l) => portalDate(l.expectedImportDate) },
  // Product fields carry no form number: the form's product-block numbering for the three smelt
  // and cast countries was not available (see portal-form.ts); the order is 19 CFR 361.103(c)(1).
  { header: 'HTS number', formField: '', value: (_l, line) => formatHts(line.htsCode) },
  { header: 'Country of largest smelt', formField: '', value: (_l, line) => countryName(line.smeltCountryLargest) },
  {
    header: 'Country of second-largest smelt',
    formField: '',
    value: (_l, line) => countryName(line.smeltCountrySecond),
  },
  { header: 'Country of most recent cast', formField: '', value: (_l, line) => countryName(line.castCountry) },
  { header: 'Quantity (kg)', formField: '', value: (_l, line) => num(line.quantityKg, 3) },
  { header: 'Customs value (US$)', formField: '', value: (_l, line) => num(line.valueUsd, 2) },
];

/** Rows (header first) for a CSV writer: one per product line of each licence. */
export function bulkUploadRows(licences: readonly { group: string; draft: LicenceDraft }[]): string[][] {
  const rows: string[][] = [bulkUploadColumns.map((c) => c.header)];
  for (const { group, draft } of licences) {
    for (const line of draft.lines) rows.push(bulkUploadColumns.map((c) => c.value(draft, line, group)));
  }
  return rows;
}
