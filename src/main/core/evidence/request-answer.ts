import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/contract';
import { requestColumns, type RequestColumn } from './request-columns';
import { excelCellText } from '../import/excel-cell-text';

export interface AnswerRow {
  /** The row number the supplier sees in their spreadsheet. */
  readonly row: number;
  readonly cells: Partial<Record<RequestColumn, string>>;
}

export interface Answer {
  readonly requestId: string;
  readonly rows: readonly AnswerRow[];
}

const unreadable = (fileName: string, why: string) =>
  new AppError(
    'UNREADABLE_FILE',
    `"${fileName}" cannot be read as an answer to a declaration request: ${why}. Nothing was recorded.`,
    { fileName },
  );

const headerKey = new Map(
  Object.entries(requestColumns).map(([key, header]) => [header.toLowerCase(), key as RequestColumn]),
);

const dateColumns = new Set<RequestColumn>(['periodFrom', 'periodTo', 'validUntil']);

/** A date typed into a cell without a date format arrives as Excel's day count (1 = 1900-01-01, with Excel's 1900 leap-year quirk). */
function fromExcelSerial(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return String(serial);
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

// Answers are compared and stored without the spaces people leave around what they type.
const cellText = (value: ExcelJS.CellValue): string => excelCellText(value).trim();

async function readWorkbook(bytes: Buffer, fileName: string): Promise<Answer> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw unreadable(fileName, `it is not a readable XLSX workbook (${(error as Error).message})`);
  }
  for (const sheet of workbook.worksheets) {
    let requestId = '';
    let headerRow = 0;
    const columns = new Map<number, RequestColumn>();
    for (let r = 1; r <= Math.min(sheet.rowCount, 40) && headerRow === 0; r += 1) {
      const row = sheet.getRow(r);
      if (cellText(row.getCell(1).value).toLowerCase() === requestColumns.requestId.toLowerCase())
        requestId = cellText(row.getCell(2).value);
      row.eachCell((cell, column) => {
        const key = headerKey.get(cellText(cell.value).toLowerCase());
        if (key) columns.set(column, key);
      });
      if ([...columns.values()].includes('productId')) headerRow = r;
      else columns.clear();
    }
    if (headerRow === 0) continue;
    const productColumn = [...columns.entries()].find(([, key]) => key === 'productId')![0];
    const rows: AnswerRow[] = [];
    // Product rows are pre-filled with their id; the first row without one ends the table.
    for (let r = headerRow + 1; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      if (cellText(row.getCell(productColumn).value) === '') break;
      const cells: Partial<Record<RequestColumn, string>> = {};
      for (const [column, key] of columns) {
        const value = row.getCell(column).value;
        cells[key] = dateColumns.has(key) && typeof value === 'number' ? fromExcelSerial(value) : cellText(value);
      }
      rows.push({ row: r, cells });
    }
    return { requestId, rows };
  }
  throw unreadable(fileName, `no sheet has a "${requestColumns.productId}" column`);
}

function readCsv(bytes: Buffer, fileName: string): Answer {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header, ...data] = parsed.data;
  if (!header) throw unreadable(fileName, 'it is empty');
  const columns = new Map<number, RequestColumn>();
  header.forEach((title, column) => {
    const key = headerKey.get(title.trim().toLowerCase());
    if (key) columns.set(column, key);
  });
  if (![...columns.values()].includes('productId'))
    throw unreadable(fileName, `it has no "${requestColumns.productId}" column`);
  const rows = data.map((cellsOfRow, i) => {
    const cells: Partial<Record<RequestColumn, string>> = {};
    for (const [column, key] of columns) cells[key] = (cellsOfRow[column] ?? '').trim();
    return { row: i + 2, cells };
  });
  return { requestId: rows.find((r) => r.cells.requestId)?.cells.requestId ?? '', rows };
}

/** Reads a supplier's answer: the workbook we sent (filled in) or the CSV version. */
export function readAnswer(bytes: Buffer, fileName: string, kind: 'xlsx' | 'csv'): Promise<Answer> | Answer {
  return kind === 'xlsx' ? readWorkbook(bytes, fileName) : readCsv(bytes, fileName);
}
