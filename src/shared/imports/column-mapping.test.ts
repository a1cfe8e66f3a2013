import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { canonicalColumns } from './canonical-columns';
import { applyMapping, type ColumnMapping, mappedRowReader, suggestMapping } from './column-mapping';

/** A row keyed by header the way the file reader makes it (no prototype, blank headers left out). */
function keyed(headers: readonly string[], cells: readonly string[]): Record<string, string> {
  const row = Object.create(null) as Record<string, string>;
  headers.forEach((header, i) => {
    if (header !== '') row[header] = cells[i] ?? '';
  });
  return row;
}

describe('reading a row through a column mapping', () => {
  it('maps an ERP layout by synonyms, trims cells and undoes our own formula neutralising', () => {
    const headers = ['PO Number', '', 'Importer', 'HTS', 'Net weight kg', 'Customs value'];
    const mapping = suggestMapping(headers.filter((h) => h !== ''));
    expect(mapping).toMatchObject({ licence_ref: 'PO Number', importer_name: 'Importer', hts_code: 'HTS' });
    const cells = [' PO-7 ', 'ignored', "'=Lakeside", '7606.12.30.35', '18500', ''];
    const row = mappedRowReader(headers, mapping)(cells);
    expect(row).toMatchObject({ licence_ref: 'PO-7', importer_name: '=Lakeside', hts_code: '7606.12.30.35' });
    expect(row.exporter_name).toBe('');
  });

  it('reads cells in header order exactly as it reads them keyed by header, whatever the headers are called', () => {
    const header = fc.oneof(
      fc.constantFrom('', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'licence_ref', 'hts_code'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(header, { maxLength: 8, selector: (h) => h.toLowerCase() }),
        fc.array(fc.string({ maxLength: 10 }), { maxLength: 10 }),
        fc.array(fc.nat(12), { minLength: canonicalColumns.length, maxLength: canonicalColumns.length }),
        (headers, cells, picks) => {
          const mapping: ColumnMapping = {};
          canonicalColumns.forEach((column, i) => {
            const pick = picks[i]!;
            if (pick < headers.length) mapping[column] = headers[pick];
            else if (pick === 11) mapping[column] = 'not a header';
          });
          expect(mappedRowReader(headers, mapping)(cells)).toEqual(applyMapping(keyed(headers, cells), mapping));
        },
      ),
    );
  });
});
