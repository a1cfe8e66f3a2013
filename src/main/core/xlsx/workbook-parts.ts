import { FileLimitError, MalformedFileError } from '#core/bounded/file-limit-error';
import type { ZipDirectory } from '#core/bounded/zip-directory';

import { scanPart, scanSmallPart } from './xml-part';
import type { XmlAttributes } from './xml-scanner';

export interface WorkbookLimits {
  /** Workbook, relationships and styles parts. */
  readonly maxPartBytes: number;
  readonly maxSharedStrings: number;
  readonly maxCellChars: number;
}

export interface SheetRef {
  readonly name: string;
  /** Part name inside the ZIP, e.g. xl/worksheets/sheet1.xml. */
  readonly path: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

export interface Workbook {
  readonly zip: ZipDirectory;
  readonly sheets: readonly SheetRef[];
  /** Dates count from 1904-01-01 (old Mac workbooks) instead of 1900. */
  readonly date1904: boolean;
  /** Per cell style index: does its number format show a date? */
  readonly dateStyles: readonly boolean[];
  readonly sharedStrings: readonly string[];
}

const relationshipType = (type: string) => type.slice(type.lastIndexOf('/') + 1);

/** A relationship target resolved against the folder of the part that names it. */
export function resolvePart(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

const relsPathOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

function readRelationships(zip: ZipDirectory, part: string, limits: WorkbookLimits) {
  const entry = zip.find(relsPathOf(part));
  const found: { id: string; type: string; target: string }[] = [];
  if (!entry) return found;
  scanSmallPart(zip, entry, limits.maxPartBytes, {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External')
        found.push({ id: a.Id, type: relationshipType(a.Type ?? ''), target: resolvePart(part, a.Target) });
    },
    close() {},
    text() {},
  });
  return found;
}

// Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30, and the East Asian ids Excel adds).
const builtInDateFormats = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A format shows a date when, outside quoted text and [brackets], it has a date or time letter (as Excel and exceljs judge it). */
export const isDateFormat = (code: string) => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

function readDateStyles(zip: ZipDirectory, path: string | undefined, limits: WorkbookLimits): boolean[] {
  const entry = path ? zip.find(path) : undefined;
  if (!entry) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  scanSmallPart(zip, entry, limits.maxPartBytes, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        styles.push(code !== undefined ? isDateFormat(code) : builtInDateFormats.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return styles;
}

/** The shared strings table: every text cell of most workbooks points into it, so it is read whole (bounded). */
function readSharedStrings(zip: ZipDirectory, path: string | undefined, limits: WorkbookLimits): string[] {
  const entry = path ? zip.find(path) : undefined;
  if (!entry) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let length = 0;
  let inText = false;
  let phonetic = 0;
  scanPart(zip, entry, {
    open(name) {
      if (name === 'si') {
        current = [];
        length = 0;
      } else if (name === 't' && current && phonetic === 0) inText = true;
      else if (name === 'rPh') phonetic += 1;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si' && current) {
        if (strings.length >= limits.maxSharedStrings)
          throw new FileLimitError(
            `it has more than ${limits.maxSharedStrings.toLocaleString('en-US')} different texts, more than a licence file can need`,
          );
        strings.push(unescapeXstring(current.join('')));
        current = null;
      }
    },
    text(text) {
      if (!inText || !current) return;
      length += text.length;
      if (length > limits.maxCellChars)
        throw new FileLimitError(
          `one of its texts is longer than ${limits.maxCellChars.toLocaleString('en-US')} characters, the most a cell can hold`,
        );
      current.push(text);
    },
  });
  return strings;
}

/** ECMA-376 writes characters XML cannot carry (e.g. a carriage return) as _xHHHH_ in cell text. */
export const unescapeXstring = (text: string) =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/**
 * Opens an XLSX package: finds the workbook through the package relationships, lists its sheets
 * in tab order, and reads the styles (which cells show dates) and the shared strings.
 */
export function openWorkbook(zip: ZipDirectory, limits: WorkbookLimits): Workbook {
  const officeDocument = readRelationships(zip, '', limits).find((r) => r.type === 'officeDocument')?.target;
  const workbookPath = officeDocument && zip.find(officeDocument) ? officeDocument : 'xl/workbook.xml';
  const workbookEntry = zip.find(workbookPath);
  if (!workbookEntry) throw new MalformedFileError('it has no workbook inside (is it an XLSX file?)');
  const relationships = readRelationships(zip, workbookPath, limits);
  const sheets: SheetRef[] = [];
  let date1904 = false;
  scanSmallPart(zip, workbookEntry, limits.maxPartBytes, {
    open(name, a: XmlAttributes) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet') {
        const target = relationships.find((r) => r.id === a.id)?.target;
        if (!target || !zip.find(target)) return;
        const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
        sheets.push({ name: a.name ?? '', path: target, state });
      }
    },
    close() {},
    text() {},
  });
  if (sheets.length === 0) throw new MalformedFileError('it has no worksheet');
  const partOf = (type: string) => relationships.find((r) => r.type === type)?.target;
  return {
    zip,
    sheets,
    date1904,
    dateStyles: readDateStyles(zip, partOf('styles'), limits),
    sharedStrings: readSharedStrings(zip, partOf('sharedStrings'), limits),
  };
}
