import { FileLimitError, MalformedFileError } from '#core/bounded/file-limit-error';

import { type SheetRef, unescapeXstring, type Workbook } from './workbook-parts';
import { scanPart, StopScan } from './xml-part';

export interface SheetCell {
  /** What a person sees: dates as YYYY-MM-DD, numbers as written, booleans as true/false. */
  readonly text: string;
  /** The number a numeric cell holds when it is not shown as a date (e.g. a date typed without a date format). */
  readonly number: number | null;
}

export interface SheetRow {
  /** The row number the spreadsheet shows. */
  readonly row: number;
  /** Cells with a value, by zero-based column. */
  readonly cells: ReadonlyMap<number, SheetCell>;
}

export interface RowLimits {
  readonly maxColumns: number;
  readonly maxCellChars: number;
}

/** "A" → 0, "XFD" → 16383; "" for a missing reference. */
export function columnIndex(reference: string): number | null {
  const letters = /^([A-Za-z]{1,3})\d*$/.exec(reference)?.[1];
  if (!letters) return null;
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's day count as a calendar day, the way exceljs reads a date-formatted cell. */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function cellValue(type: string, raw: string, style: number, book: Workbook): SheetCell | null {
  switch (type) {
    case 's': {
      const text = book.sharedStrings[Number(raw)];
      if (text === undefined) throw new MalformedFileError(`a cell points to shared text ${raw}, which does not exist`);
      return { text, number: null };
    }
    case 'inlineStr':
    case 'str':
      return { text: unescapeXstring(raw), number: null };
    case 'b':
      return { text: raw.trim() === '1' || raw.trim() === 'true' ? 'true' : 'false', number: null };
    case 'e':
      return { text: '', number: null };
    case 'd':
      return { text: /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : raw, number: null };
    default: {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) return { text: raw, number: null };
      if (book.dateStyles[style]) {
        const date = serialToIsoDate(value, book.date1904);
        if (date) return { text: date, number: null };
      }
      return { text: String(value), number: value };
    }
  }
}

/**
 * Streams the rows of one worksheet to `onRow`, a row at a time, holding one row in memory.
 * A value in a column beyond `maxColumns` or longer than `maxCellChars` stops the scan with the
 * limit named; `onRow` returns false to stop early. Empty rows and empty (formatted) cells are
 * skipped.
 */
export function scanSheetRows(
  book: Workbook,
  sheet: SheetRef,
  limits: RowLimits,
  onRow: (row: SheetRow) => boolean | void,
): void {
  const entry = book.zip.find(sheet.path);
  if (!entry) throw new MalformedFileError(`its sheet "${sheet.name}" is missing`);
  let rowNumber = 0;
  let cells = new Map<number, SheetCell>();
  let inRow = false;
  // The cell being read.
  let column = -1;
  let type = '';
  let style = 0;
  let capture: 'v' | 't' | null = null;
  let inInline = false;
  let phonetic = 0;
  let raw: string[] = [];
  let rawLength = 0;
  let hasValue = false;

  const where = () => `row ${rowNumber}, column ${columnName(column)}`;

  scanPart(book.zip, entry, {
    open(name, a) {
      if (name === 'row') {
        rowNumber = a.r ? Number(a.r) : rowNumber + 1;
        if (!Number.isInteger(rowNumber) || rowNumber < 1) throw new MalformedFileError('a row has no valid number');
        cells = new Map();
        inRow = true;
        column = -1;
      } else if (name === 'c' && inRow) {
        const fromRef = a.r ? columnIndex(a.r) : null;
        column = fromRef ?? column + 1;
        type = a.t ?? 'n';
        style = Number(a.s ?? 0);
        raw = [];
        rawLength = 0;
        hasValue = false;
        inInline = false;
        phonetic = 0;
      } else if (name === 'v') {
        capture = 'v';
        hasValue = true;
      } else if (name === 'is') {
        inInline = true;
        hasValue = true;
      } else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && inInline && phonetic === 0) capture = 't';
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'is') inInline = false;
      else if (name === 'c' && inRow) {
        if (!hasValue) return;
        const value = cellValue(type, raw.join(''), style, book);
        if (!value || value.text === '') return;
        if (column >= limits.maxColumns)
          throw new FileLimitError(
            `${where()} holds a value, but at most ${limits.maxColumns.toLocaleString('en-US')} columns (A to ${columnName(limits.maxColumns - 1)}) are read`,
          );
        if (value.text.length > limits.maxCellChars)
          throw new FileLimitError(
            `${where()} holds ${value.text.length.toLocaleString('en-US')} characters, more than the ${limits.maxCellChars.toLocaleString('en-US')} a cell can hold`,
          );
        cells.set(column, value);
      } else if (name === 'row') {
        inRow = false;
        if (cells.size > 0 && onRow({ row: rowNumber, cells }) === false) throw new StopScan();
      }
    },
    text(text) {
      if (!capture) return;
      rawLength += text.length;
      // Checked as the text arrives, so one enormous cell is refused before it is held.
      if (rawLength > limits.maxCellChars * 8)
        throw new FileLimitError(
          `${where()} holds more than ${limits.maxCellChars.toLocaleString('en-US')} characters, the most a cell can hold`,
        );
      raw.push(text);
    },
  });
}
