import { streamCsvRows } from '#core/bounded/csv-rows';
import { FileLimitError, formatBytes, MalformedFileError } from '#core/bounded/file-limit-error';
import { spreadsheetLimits } from '#core/bounded/spreadsheet-limits';
import { decodeText } from '#core/imports/decode-text';
import { AppError } from '#shared/contract';
import { extractChapter76, type ExtractedHtsLine, type UsitcRow } from '#shared/reference/usitc-hts-lines';

/**
 * What no reference file may exceed (the app's own choice). The whole 2026 schedule is about 4 MB
 * and 36,000 rows as CSV, about 15 MB as JSON; these leave room for growth. Time and memory are
 * bounded by the worker the app reads it in (reference-file-worker.ts).
 */
export interface ReferenceFileLimits {
  readonly maxBytes: number;
  readonly maxRows: number;
}
export const referenceFileLimits: ReferenceFileLimits = { maxBytes: 48 * 1024 * 1024, maxRows: 100_000 };

export interface HtsExport {
  readonly format: 'csv' | 'json';
  /** Rows (CSV) or records (JSON) read, all chapters. */
  readonly rowCount: number;
  readonly lines: ExtractedHtsLine[];
}

const csvColumns = ['HTS Number', 'Indent', 'Description', 'Unit of Quantity'] as const;

/** The file's one-sentence refusal. Nothing is changed by a refused file, and the sentence says so. */
export const refuseFile = (fileName: string, why: string) =>
  new AppError('UNREADABLE_FILE', `${fileName} cannot be used: ${why}. Nothing was changed.`, { fileName });

export const notHtsExport = (fileName: string, why: string) =>
  refuseFile(fileName, `it is not a USITC HTS export (${why})`);

const tooManyRows = (fileName: string, limits: ReferenceFileLimits) =>
  refuseFile(fileName, `it has more than ${limits.maxRows.toLocaleString('en-US')} rows`);

export const looksLikeJson = (text: string): boolean => /^\uFEFF?\s*[[{]/.test(text);

function csvRows(text: string, fileName: string, limits: ReferenceFileLimits): UsitcRow[] {
  const rows: UsitcRow[] = [];
  let header: string[] | null = null;
  let columns: Record<(typeof csvColumns)[number], number> | null = null;
  try {
    streamCsvRows(text, spreadsheetLimits, (line, cells) => {
      if (cells.every((c) => c === '')) return;
      if (!header) {
        header = cells.map((c) => c.trim());
        const index = (name: string) => header!.findIndex((h) => h.toLowerCase() === name.toLowerCase());
        const missing = csvColumns.filter((name) => index(name) < 0);
        if (missing.length > 0)
          throw notHtsExport(fileName, `its header has no ${missing.map((m) => `"${m}"`).join(', ')} column`);
        columns = Object.fromEntries(csvColumns.map((name) => [name, index(name)])) as typeof columns;
        return;
      }
      if (cells.length !== header.length) {
        throw refuseFile(
          fileName,
          `row ${line} has ${cells.length} field${cells.length === 1 ? '' : 's'} where the header has ${header.length}: the file looks cut short or damaged`,
        );
      }
      if (rows.length >= limits.maxRows) throw tooManyRows(fileName, limits);
      rows.push({
        row: line,
        htsNumber: cells[columns!['HTS Number']] ?? '',
        indent: cells[columns!.Indent] ?? '',
        description: cells[columns!.Description] ?? '',
        units: unitsOf(cells[columns!['Unit of Quantity']] ?? ''),
      });
    });
  } catch (error) {
    if (error instanceof MalformedFileError)
      throw refuseFile(fileName, `${error.reason}: the file looks cut short or damaged`);
    if (error instanceof FileLimitError) throw refuseFile(fileName, error.reason);
    throw error;
  }
  if (!header) throw refuseFile(fileName, 'it is empty');
  return rows;
}

/** `["kg","m2"]` as USITC writes it; a plain "kg" (a spreadsheet's re-save) is taken as it stands. */
function unitsOf(cell: string): string[] {
  const text = cell.trim();
  if (text === '') return [];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.filter((u): u is string => typeof u === 'string');
    } catch {
      // Not a JSON list after all: keep the text.
    }
  }
  return [text];
}

const field = (record: Record<string, unknown>, name: string): string => {
  const value = record[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
};

function jsonRows(text: string, fileName: string, limits: ReferenceFileLimits): UsitcRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    throw refuseFile(
      fileName,
      /end of (JSON )?input|Unterminated/i.test(message)
        ? 'its JSON ends before the list does: the file looks cut short'
        : `it is not valid JSON (${message})`,
    );
  }
  if (!Array.isArray(parsed)) throw notHtsExport(fileName, 'its JSON is not a list of HTS rows');
  if (parsed.length > limits.maxRows) throw tooManyRows(fileName, limits);
  return parsed.map((record: unknown, i) => {
    if (record === null || typeof record !== 'object' || Array.isArray(record))
      throw notHtsExport(fileName, `record ${i + 1} is not an object`);
    const r = record as Record<string, unknown>;
    for (const name of ['htsno', 'indent', 'description'])
      if (!(name in r)) throw notHtsExport(fileName, `record ${i + 1} has no "${name}"`);
    const units = Array.isArray(r.units) ? r.units.filter((u): u is string => typeof u === 'string') : [];
    return {
      row: i + 1,
      htsNumber: field(r, 'htsno'),
      indent: field(r, 'indent'),
      description: field(r, 'description'),
      units,
    };
  });
}

/**
 * A USITC HTS export as published (the CSV with its byte-order mark, or the JSON), of the whole
 * schedule or of chapter 76 only: its chapter-76 statistical lines, or a refusal naming why.
 */
export function readHtsExport(
  bytes: Uint8Array,
  fileName: string,
  limits: ReferenceFileLimits = referenceFileLimits,
): HtsExport {
  return htsExportFromText(referenceText(bytes, fileName, limits), fileName, limits);
}

/** The text of a reference file within the size limit, or a refusal (empty, too large, binary). */
export function referenceText(
  bytes: Uint8Array,
  fileName: string,
  limits: ReferenceFileLimits = referenceFileLimits,
): string {
  if (bytes.byteLength === 0) throw refuseFile(fileName, 'it is empty');
  if (bytes.byteLength > limits.maxBytes)
    throw refuseFile(fileName, `it is larger than ${formatBytes(limits.maxBytes)}`);
  const text = decodeText(bytes);
  if (text === null) throw refuseFile(fileName, 'it holds binary data, not text');
  return text;
}

export function htsExportFromText(
  text: string,
  fileName: string,
  limits: ReferenceFileLimits = referenceFileLimits,
): HtsExport {
  const format = looksLikeJson(text) ? 'json' : 'csv';
  const rows = format === 'json' ? jsonRows(text, fileName, limits) : csvRows(text, fileName, limits);
  const extracted = extractChapter76(rows);
  if (!extracted.ok) throw refuseFile(fileName, extracted.reason);
  return { format, rowCount: rows.length, lines: extracted.lines };
}
