import type { PageWord } from '#shared/suppliers/reading/page-text';

/*
 * The words of a PDF page's text layer with their boxes, from pdf.js's text items. An item is a
 * run of text in one font; Chromium and word processors cut lines into several runs (a font
 * change, a ligature), so runs that touch are joined back into words.
 */

export interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
}

type Matrix = readonly number[];
const multiply = (m: Matrix, n: Matrix): number[] => [
  m[0]! * n[0]! + m[2]! * n[1]!,
  m[1]! * n[0]! + m[3]! * n[1]!,
  m[0]! * n[2]! + m[2]! * n[3]!,
  m[1]! * n[2]! + m[3]! * n[3]!,
  m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
  m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
];

interface Run {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

/** `viewport` is pdf.js's viewport transform at scale 1: page points, origin top left. */
export function textLayerWords(items: readonly TextItem[], viewport: Matrix): PageWord[] {
  const runs: Run[] = [];
  for (const item of items) {
    if (item.str.trim() === '') continue;
    const m = multiply(viewport, item.transform);
    const size = Math.hypot(m[2]!, m[3]!);
    // Text rotated on the page (a stamp, a vertical margin note) is left out: origin facts run level.
    if (size <= 0 || Math.abs(m[1]!) > 0.1 * Math.abs(m[0]!)) continue;
    const x = m[4]!;
    const width = item.width * Math.hypot(viewport[0]!, viewport[1]!);
    const chars = item.str.length;
    for (const match of item.str.matchAll(/\S+/g)) {
      runs.push({
        text: match[0],
        x0: x + (width * match.index) / chars,
        x1: x + (width * (match.index + match[0].length)) / chars,
        baseline: m[5]!,
        size,
      });
    }
  }
  // Join runs that touch on the same baseline: "Sunndals" + "øra" is one word.
  const joined: Run[] = [];
  for (const run of runs) {
    const previous = joined.at(-1);
    if (
      previous &&
      Math.abs(previous.baseline - run.baseline) < 0.2 * run.size &&
      run.x0 - previous.x1 < 0.1 * run.size &&
      run.x0 - previous.x1 > -0.3 * run.size
    ) {
      previous.text += run.text;
      previous.x1 = Math.max(previous.x1, run.x1);
      continue;
    }
    joined.push({ ...run });
  }
  return joined.map((run) => ({
    text: run.text,
    confidence: 1,
    box: { x0: run.x0, y0: run.baseline - 0.8 * run.size, x1: run.x1, y1: run.baseline + 0.2 * run.size },
  }));
}

/** A page has a usable text layer when it has a few real words (a scan as a PDF has none, or a stray mark). */
export const hasTextLayer = (words: readonly PageWord[]): boolean =>
  words.filter((w) => /\p{L}{2}/u.test(w.text)).length >= 3;
