import { streamCsvRows } from '#core/bounded/csv-rows';
import { FileLimitError, formatBytes, MalformedFileError } from '#core/bounded/file-limit-error';
import { spreadsheetLimits } from '#core/bounded/spreadsheet-limits';
import { readZipDirectory } from '#core/bounded/zip-directory';
import { scanSheetRows } from '#core/xlsx/sheet-rows';
import { openWorkbook } from '#core/xlsx/workbook-parts';
import { AppError } from '#shared/contract/errors';

import { decodeText } from './decode-text';

/** A licence file as read in the worker: header texts and each data row's cells in header order. */
export interface TableRows {
  readonly format: 'csv' | 'xlsx';
  readonly headers: string[];
  /** `row` is the row number a spreadsheet shows (header = its own number); `values` follow `headers`, '' where a header is blank. */
  readonly rows: { row: number; values: string[] }[];
}

export const maxFileBytes = 50 * 1024 * 1024;
export const maxDataRows = spreadsheetLimits.maxRows - 1;

export const unreadable = (fileName: string, why: string) =>
  new AppError('UNREADABLE_FILE', `${fileName} cannot be read: ${why}. Nothing was imported.`, { fileName });

/** A limit broken: one sentence, the same in the app, the web version and the command line. */
export const refused = (fileName: string, reason: string) =>
  new AppError('UNREADABLE_FILE', `${fileName} was refused: ${reason}.`, { fileName });

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Collects rows as they stream in: the first row with any text is the header, blank rows are
 * skipped, and the row and cell caps stop the read as soon as they are passed.
 */
function tableBuilder(format: TableRows['format'], fileName: string) {
  let headers: string[] | null = null;
  const rows: TableRows['rows'] = [];
  return {
    add(row: number, cells: readonly string[]): void {
      if (cells.every((c) => c.trim() === '')) return;
      if (!headers) {
        headers = cells.map((h) => h.trim());
        const seen = new Set<string>();
        for (const header of headers) {
          if (header === '') continue;
          if (seen.has(header.toLowerCase()))
            throw unreadable(fileName, `the column "${header}" appears twice in the header row`);
          seen.add(header.toLowerCase());
        }
        return;
      }
      if (rows.length >= maxDataRows)
        throw new FileLimitError(
          `it has more than ${maxDataRows.toLocaleString('en-US')} rows, the most that can be imported at once`,
        );
      if ((rows.length + 1) * headers.length > spreadsheetLimits.maxCells)
        throw new FileLimitError(
          `it has more than ${spreadsheetLimits.maxCells.toLocaleString('en-US')} cells (rows times columns), the most that can be imported at once`,
        );
      rows.push({ row, values: headers.map((header, column) => (header === '' ? '' : (cells[column] ?? ''))) });
    },
    finish(): TableRows {
      if (!headers) throw unreadable(fileName, format === 'xlsx' ? 'its worksheets are empty' : 'it is empty');
      return { format, headers, rows };
    },
  };
}

function readCsv(bytes: Uint8Array, fileName: string): TableRows {
  const table = tableBuilder('csv', fileName);
  try {
    const text = decodeText(bytes);
    if (text === null) throw unreadable(fileName, 'it contains binary data, not text (is it a CSV or an XLSX file?)');
    streamCsvRows(text, spreadsheetLimits, (row, cells) => table.add(row, cells));
  } catch (error) {
    if (error instanceof MalformedFileError) throw unreadable(fileName, error.reason);
    throw error;
  }
  return table.finish();
}

function readXlsx(bytes: Uint8Array, fileName: string): TableRows {
  const book = openWorkbook(readZipDirectory(bytes, spreadsheetLimits.zip), spreadsheetLimits);
  // The first sheet (in tab order) with any value is the licence table.
  for (const sheet of book.sheets) {
    const table = tableBuilder('xlsx', fileName);
    let any = false;
    scanSheetRows(book, sheet, spreadsheetLimits, ({ row, cells }) => {
      any = true;
      const values: string[] = [];
      for (const [column, cell] of cells) values[column] = cell.text;
      table.add(
        row,
        Array.from(values, (v) => v ?? ''),
      );
    });
    if (any) return table.finish();
  }
  throw unreadable(fileName, 'its worksheets are empty');
}

/**
 * Reads a licence file (CSV in any common encoding, or XLSX) under the spreadsheet limits.
 * Runs inside a worker (see readTable); every refusal is an AppError naming the limit.
 */
export function readTableRows(bytes: Uint8Array, fileName: string): TableRows {
  if (bytes.byteLength === 0) throw unreadable(fileName, 'it is empty');
  if (bytes.byteLength > maxFileBytes)
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `${fileName} is larger than ${formatBytes(maxFileBytes)}; split it into smaller files.`,
      { fileName },
    );
  try {
    if (isZip(bytes)) return readXlsx(bytes, fileName);
    if (/\.(xlsx|xlsm|xls)$/i.test(fileName))
      throw unreadable(fileName, 'it is not an XLSX workbook (old .xls files must be saved as .xlsx or CSV first)');
    return readCsv(bytes, fileName);
  } catch (error) {
    if (error instanceof FileLimitError) throw refused(fileName, error.reason);
    if (error instanceof MalformedFileError)
      throw unreadable(fileName, `it is not a readable XLSX workbook (${error.reason})`);
    throw error;
  }
}
