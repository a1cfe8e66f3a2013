import { streamCsvRows } from '#core/bounded/csv-rows';
import { FileLimitError, MalformedFileError } from '#core/bounded/file-limit-error';
import { spreadsheetLimits } from '#core/bounded/spreadsheet-limits';
import { readZipDirectory } from '#core/bounded/zip-directory';
import { scanSheetRows, type SheetCell } from '#core/xlsx/sheet-rows';
import { openWorkbook } from '#core/xlsx/workbook-parts';
import { AppError } from '#shared/contract/errors';
import { restoreCell } from '#shared/csv/neutralise-cell';

import { type RequestColumn, requestColumns } from './request-columns';

export interface AnswerRow {
  /** The row number the supplier sees in their spreadsheet. */
  readonly row: number;
  readonly cells: Partial<Record<RequestColumn, string>>;
}

export interface Answer {
  readonly requestId: string;
  readonly rows: readonly AnswerRow[];
}

export const unreadableAnswer = (fileName: string, why: string) =>
  new AppError(
    'UNREADABLE_FILE',
    `"${fileName}" cannot be read as an answer to a declaration request: ${why}. Nothing was recorded.`,
    { fileName },
  );

/** A limit broken: one sentence naming it. */
export const refusedAnswer = (fileName: string, reason: string) =>
  new AppError('UNREADABLE_FILE', `"${fileName}" was refused as an answer: ${reason}.`, { fileName });

const headerKey = new Map(
  Object.entries(requestColumns).map(([key, header]) => [header.toLowerCase(), key as RequestColumn]),
);

const dateColumns = new Set<RequestColumn>(['periodFrom', 'periodTo', 'validUntil']);
/** The header must be near the top: the kit puts it on row 9. */
const headerSearchRows = 40;
const maxAnswerRows = spreadsheetLimits.maxRows;

/** A date typed into a cell without a date format arrives as Excel's day count (1 = 1900-01-01, with Excel's 1900 leap-year quirk). */
function fromExcelSerial(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return String(serial);
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

const tooManyRows = () =>
  new FileLimitError(`it has more than ${maxAnswerRows.toLocaleString('en-US')} product rows, the most read at once`);

function readWorkbook(bytes: Uint8Array): Answer | null {
  const book = openWorkbook(readZipDirectory(bytes, spreadsheetLimits.zip), spreadsheetLimits);
  for (const sheet of book.sheets) {
    let requestId = '';
    let headerRow = 0;
    let productColumn = -1;
    const columns = new Map<number, RequestColumn>();
    const rows: AnswerRow[] = [];
    // Answers are compared and stored without the spaces people leave around what they type.
    const text = (cell: SheetCell | undefined) => (cell?.text ?? '').trim();
    scanSheetRows(book, sheet, spreadsheetLimits, ({ row, cells }) => {
      if (headerRow === 0) {
        if (row > headerSearchRows) return false;
        if (text(cells.get(0)).toLowerCase() === requestColumns.requestId.toLowerCase()) requestId = text(cells.get(1));
        for (const [column, cell] of cells) {
          const key = headerKey.get(text(cell).toLowerCase());
          if (key) columns.set(column, key);
        }
        productColumn = [...columns].find(([, key]) => key === 'productId')?.[0] ?? -1;
        if (productColumn >= 0) headerRow = row;
        else columns.clear();
        return true;
      }
      // Product rows are pre-filled with their id; a blank row, or a row without one, ends the table.
      const expected = headerRow + 1 + rows.length;
      if (row !== expected || text(cells.get(productColumn)) === '') return false;
      if (rows.length >= maxAnswerRows) throw tooManyRows();
      const answer: Partial<Record<RequestColumn, string>> = {};
      for (const [column, key] of columns) {
        const cell = cells.get(column);
        answer[key] =
          dateColumns.has(key) && cell !== undefined && cell.number !== null
            ? fromExcelSerial(cell.number)
            : text(cell);
      }
      rows.push({ row, cells: answer });
      return true;
    });
    if (headerRow > 0) return { requestId, rows };
  }
  return null;
}

function readCsv(bytes: Uint8Array, fileName: string): Answer {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const columns = new Map<number, RequestColumn>();
  let header = false;
  const rows: AnswerRow[] = [];
  streamCsvRows(text, spreadsheetLimits, (row, cellsOfRow) => {
    if (cellsOfRow.every((c) => c.trim() === '')) return;
    if (!header) {
      header = true;
      cellsOfRow.forEach((title, column) => {
        const key = headerKey.get(title.trim().toLowerCase());
        if (key) columns.set(column, key);
      });
      if (![...columns.values()].includes('productId'))
        throw unreadableAnswer(fileName, `it has no "${requestColumns.productId}" column`);
      return;
    }
    if (rows.length >= maxAnswerRows) throw tooManyRows();
    const cells: Partial<Record<RequestColumn, string>> = {};
    // Our own neutralised cells ('=…) come back as they were typed.
    for (const [column, key] of columns) cells[key] = restoreCell((cellsOfRow[column] ?? '').trim());
    rows.push({ row, cells });
  });
  if (!header) throw unreadableAnswer(fileName, 'it is empty');
  return { requestId: rows.find((r) => r.cells.requestId)?.cells.requestId ?? '', rows };
}

/**
 * Reads a supplier's answer (the workbook we sent, filled in, or the CSV version) under the
 * spreadsheet limits. Runs inside a worker (see request-answer.ts).
 */
export function readAnswerRows(bytes: Uint8Array, fileName: string, kind: 'xlsx' | 'csv'): Answer {
  try {
    if (kind === 'csv') return readCsv(bytes, fileName);
    const answer = readWorkbook(bytes);
    if (!answer) throw unreadableAnswer(fileName, `no sheet has a "${requestColumns.productId}" column`);
    return answer;
  } catch (error) {
    if (error instanceof FileLimitError) throw refusedAnswer(fileName, error.reason);
    if (error instanceof MalformedFileError)
      throw unreadableAnswer(
        fileName,
        kind === 'xlsx' ? `it is not a readable XLSX workbook (${error.reason})` : error.reason,
      );
    throw error;
  }
}
