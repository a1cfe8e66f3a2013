import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/contract';
import { excelCellText } from './excel-cell-text';

export interface Table {
  readonly format: 'csv' | 'xlsx';
  readonly headers: string[];
  /** Data rows keyed by header, with the row number a spreadsheet would show (header = 1). */
  readonly rows: { row: number; cells: Record<string, string> }[];
}

export const maxFileBytes = 50 * 1024 * 1024;
export const maxRows = 250_000;

const unreadable = (fileName: string, why: string) =>
  new AppError('UNREADABLE_FILE', `${fileName} cannot be read: ${why}. Nothing was imported.`, { fileName });

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Spreadsheets saved as CSV come as UTF-8 (with or without BOM), UTF-16 or Windows-1252. */
function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw unreadable(fileName, 'it contains binary data, not text (is it a CSV or an XLSX file?)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

function fromGrid(grid: string[][], format: Table['format'], fileName: string): Table {
  const headerIndex = grid.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw unreadable(fileName, 'it is empty');
  const headers = grid[headerIndex]!.map((h) => h.trim());
  const seen = new Set<string>();
  for (const header of headers) {
    if (header === '') continue;
    if (seen.has(header.toLowerCase()))
      throw unreadable(fileName, `the column "${header}" appears twice in the header row`);
    seen.add(header.toLowerCase());
  }
  const rows: Table['rows'] = [];
  for (let i = headerIndex + 1; i < grid.length; i += 1) {
    const cells = grid[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    // No prototype: a column headed "__proto__" is kept as a column, not swallowed by the setter.
    const record = Object.create(null) as Record<string, string>;
    for (let column = 0; column < headers.length; column += 1) {
      const header = headers[column]!;
      if (header !== '') record[header] = cells[column] ?? '';
    }
    rows.push({ row: i + 1, cells: record });
  }
  if (rows.length > maxRows)
    throw unreadable(fileName, `it has ${rows.length} rows; at most ${maxRows} can be imported at once`);
  return { format, headers: headers.filter((h) => h !== ''), rows };
}

function readCsv(bytes: Uint8Array, fileName: string): Table {
  const parsed = Papa.parse<string[]>(decodeText(bytes, fileName), { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw unreadable(fileName, `row ${(fatal.row ?? 0) + 1} has a quote that is never closed`);
  return fromGrid(parsed.data, 'csv', fileName);
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw unreadable(fileName, `it is not a readable XLSX workbook (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw unreadable(fileName, 'its worksheets are empty');
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = excelCellText(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return fromGrid(
    Array.from(grid, (r) => r ?? []),
    'xlsx',
    fileName,
  );
}

/** Reads a canonical or mapped licence file: CSV (any common encoding) or XLSX (first non-empty sheet). */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  if (bytes.byteLength === 0) throw unreadable(fileName, 'it is empty');
  if (bytes.byteLength > maxFileBytes)
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `${fileName} is larger than ${maxFileBytes / 1024 / 1024} MB; split it into smaller files.`,
      { fileName },
    );
  if (isZip(bytes)) return readXlsx(bytes, fileName);
  if (/\.(xlsx|xlsm|xls)$/i.test(fileName))
    throw unreadable(fileName, 'it is not an XLSX workbook (old .xls files must be saved as .xlsx or CSV first)');
  return readCsv(bytes, fileName);
}
