import { formatHts } from './hts';

/**
 * One row of a USITC HTS export, as both of its machine-readable forms carry it: the CSV
 * (`HTS Number,Indent,Description,Unit of Quantity,…`) and the JSON (`htsno`, `indent`,
 * `description`, `units`). Unnumbered rows ("Other:") are part of the hierarchy too.
 */
export interface UsitcRow {
  /** Where the row is in the file (CSV: the line a spreadsheet shows; JSON: the record's position). */
  readonly row: number;
  readonly htsNumber: string;
  readonly indent: string;
  readonly description: string;
  readonly units: readonly string[];
}

/** A chapter-76 statistical line with its full description path, as the app keeps it. */
export interface ExtractedHtsLine {
  readonly hts10: string;
  readonly description: string;
  readonly indent: number;
  readonly unit: string;
}

export type ExtractedLines = { ok: true; lines: ExtractedHtsLine[] } | { ok: false; reason: string };

/** Every heading of chapter 76. An export "of chapter 76" that lacks one was cut short. */
export const chapter76Headings = Array.from({ length: 16 }, (_, i) => String(7601 + i));

const tenDigit = /^(\d{4})\.(\d{2})\.(\d{2})\.(\d{2})$/;
const maxIndent = 20;

/** A segment of a description path: the text as published, one space between words, no trailing colon. */
export const cleanSegment = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');

/**
 * Chapter 76 of a USITC export, as the app keeps it: every 10-digit statistical line
 * (`NNNN.NN.NN.NN`), its description joined to those of its ancestors (heading, subheadings,
 * unnumbered "Other:" rows, the 8-digit line) with " > ", worked out from `Indent` alone: a row at
 * indent n is the child of the nearest row above it at a smaller indent. A row's indent can skip a
 * level (7606.92.60.55 sits at 5 under a parent at 3 in the export itself); the skipped level is
 * simply empty. The bundled revisions are built by this same function
 * (scripts/build-reference-data.mjs), so an imported revision reads exactly like them.
 *
 * Refuses (one sentence, no file name: the caller adds it) what a whole export or a whole chapter-76
 * export cannot look like: no chapter 76 at all, a code twice, an indent that is not a number, a
 * heading of the chapter missing, or a chapter that ends on a row with nothing under it.
 */
export function extractChapter76(rows: readonly UsitcRow[]): ExtractedLines {
  const path: (string | undefined)[] = [];
  const lines: ExtractedHtsLine[] = [];
  const firstRow = new Map<string, number>();
  const headings = new Set<string>();
  const chapters = new Set<string>();
  let inChapter = false;
  let lastNumbered: UsitcRow | null = null;
  let lastNumberedInChapter: UsitcRow | null = null;
  for (const row of rows) {
    const indentText = row.indent.trim();
    if (!/^\d{1,2}$/.test(indentText) || Number(indentText) > maxIndent) {
      return {
        ok: false,
        reason: `row ${row.row} has the indent "${indentText.slice(0, 20)}", which is not a level 0-${maxIndent}`,
      };
    }
    const indent = Number(indentText);
    const number = row.htsNumber.trim();
    if (number !== '') {
      chapters.add(number.slice(0, 2));
      inChapter = number.startsWith('76');
      lastNumbered = row;
    }
    // Above this row's level the path stays; at and below it, this row replaces what was there.
    path.length = indent;
    path[indent] = cleanSegment(row.description) || undefined;
    if (!inChapter) continue;
    if (number !== '') {
      lastNumberedInChapter = row;
      headings.add(number.slice(0, 4));
    }
    const match = tenDigit.exec(number);
    if (!match) continue;
    const hts10 = match.slice(1).join('');
    const seen = firstRow.get(hts10);
    if (seen !== undefined)
      return { ok: false, reason: `${formatHts(hts10)} appears twice (rows ${seen} and ${row.row})` };
    firstRow.set(hts10, row.row);
    lines.push({
      hts10,
      description: path.filter((segment): segment is string => segment !== undefined).join(' > '),
      indent,
      unit: row.units
        .map((u) => u.trim())
        .filter(Boolean)
        .join(';'),
    });
  }
  if (lines.length === 0) {
    const found = [...chapters].sort();
    return {
      ok: false,
      reason:
        found.length === 0
          ? 'it has no HTS numbers at all'
          : `it has no chapter 76 lines (its HTS numbers are in chapter${found.length > 1 ? 's' : ''} ${summariseChapters(found)})`,
    };
  }
  const missing = chapter76Headings.filter((h) => !headings.has(h));
  if (missing.length > 0) {
    return {
      ok: false,
      reason: `chapter 76 has no heading ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` (and ${missing.length - 3} more)` : ''}: the export is cut short or covers only part of the chapter; export all of chapter 76 or the whole schedule`,
    };
  }
  // A file cut short mid-chapter ends on a heading or an 8-digit line with nothing under it.
  if (
    lastNumberedInChapter &&
    !tenDigit.test(lastNumberedInChapter.htsNumber.trim()) &&
    lastNumbered === lastNumberedInChapter
  ) {
    return {
      ok: false,
      reason: `its last row (${lastNumberedInChapter.htsNumber.trim()}, row ${lastNumberedInChapter.row}) has no statistical lines under it: the export is cut short`,
    };
  }
  if (!lines.some((l) => l.hts10.startsWith('76169951'))) {
    return { ok: false, reason: 'chapter 76 has no 7616.99.51 statistical lines: the export is cut short' };
  }
  return { ok: true, lines };
}

function summariseChapters(chapters: readonly string[]): string {
  if (chapters.length <= 4) return chapters.join(', ');
  return `${chapters[0]}-${chapters.at(-1)}`;
}
