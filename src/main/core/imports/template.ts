import { plusDays } from '#shared/dates/iso-date';
import type { CanonicalColumn } from '#shared/imports/canonical-columns';

const firstLine: Omit<Record<CanonicalColumn, string>, 'expected_export_date' | 'expected_import_date'> = {
  licence_ref: 'PO-2026-0417',
  entry_type: 'consumption',
  importer_name: 'Lakeside Aluminum Imports LLC',
  importer_number: '34-5678901',
  exporter_name: 'Northern Rolling Mills Inc.',
  manufacturer_name: 'Northern Rolling Mills Inc.',
  country_of_origin: 'CA',
  country_of_export: 'CA',
  port_of_entry: '3901',
  entry_number: '',
  hts_code: '7606.12.30.35',
  quantity_kg: '18500',
  value_usd: '64750.00',
  smelt_country_largest: 'CA',
  smelt_country_second: 'N/A',
  cast_country: 'CA',
  licence_kind: 'regular',
};

/**
 * The example in the downloadable template: one licence with two product lines. The second row
 * repeats the header columns, as every row of a licence must. Its dates follow `today` (export in
 * 3 days, import in 10), so the example passes the checks on the day it is printed.
 */
export function templateRows(today: string): Record<CanonicalColumn, string>[] {
  const first = { ...firstLine, expected_export_date: plusDays(today, 3), expected_import_date: plusDays(today, 10) };
  return [
    first,
    { ...first, hts_code: '7607.11.30.00', quantity_kg: '2400', value_usd: '9120.00', smelt_country_second: 'NO' },
  ];
}
