import { runInWorker } from '#core/workers/run-in-worker';

import { refused, type TableRows } from './table-rows';

export interface Table {
  readonly format: 'csv' | 'xlsx';
  readonly headers: string[];
  /** Data rows keyed by header, with the row number a spreadsheet would show (header = 1). */
  readonly rows: { row: number; cells: Record<string, string> }[];
}

/**
 * Reads a canonical or mapped licence file: CSV (any common encoding) or XLSX (first non-empty
 * sheet). The file is parsed in a worker thread under memory, time, size, row, column and cell
 * limits (table-rows.ts), so a hostile file can end only that worker; the caller keeps serving.
 * Each row's cells come in header order (blank headers included): no object per row.
 */
export function readTableValues(bytes: Uint8Array, fileName: string): Promise<TableRows> {
  return runInWorker('read-table', { bytes, fileName }, (reason) => refused(fileName, reason));
}

/** The same, with each row's cells keyed by header. */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  const read = await readTableValues(bytes, fileName);
  const headers = read.headers;
  return {
    format: read.format,
    headers: headers.filter((h) => h !== ''),
    rows: read.rows.map(({ row, values }) => {
      // No prototype: a column headed "__proto__" is kept as a column, not swallowed by the setter.
      const cells = Object.create(null) as Record<string, string>;
      headers.forEach((header, column) => {
        if (header !== '') cells[header] = values[column] ?? '';
      });
      return { row, cells };
    }),
  };
}
