/*
 * Text with its place on the page, as the reader hands it over: words from a PDF's text layer or
 * from OCR, in page units (PDF points for both; origin top left). Lines and cells are rebuilt
 * from positions alone, so a table reads the same whether pdf.js or tesseract found its words.
 */

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PageWord {
  readonly text: string;
  readonly box: Box;
  /** 0..1: OCR's own confidence; 1 for a text layer. */
  readonly confidence: number;
  /**
   * Where the word is on the page as shown, when `box` is in a straightened copy (a skewed scan
   * is read straightened, so its lines are level; the highlight goes where the person sees it).
   */
  readonly shownBox?: Box;
}

export interface PageText {
  /** 1-based. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly words: readonly PageWord[];
}

/** Words that sit side by side with small gaps: a table cell, a label, a sentence's line. */
export interface Cell {
  readonly words: readonly PageWord[];
  readonly text: string;
  readonly box: Box;
}

export interface Line {
  readonly index: number;
  readonly cells: readonly Cell[];
  readonly words: readonly PageWord[];
  readonly text: string;
  readonly box: Box;
  /** Typical word height on this line: the unit for every gap judged on it. */
  readonly height: number;
}

export const unionBox = (boxes: readonly Box[]): Box => ({
  x0: Math.min(...boxes.map((b) => b.x0)),
  y0: Math.min(...boxes.map((b) => b.y0)),
  x1: Math.max(...boxes.map((b) => b.x1)),
  y1: Math.max(...boxes.map((b) => b.y1)),
});

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
};

const joinWords = (words: readonly PageWord[]) => words.map((w) => w.text).join(' ');

function makeCell(words: readonly PageWord[]): Cell {
  return { words, text: joinWords(words), box: unionBox(words.map((w) => w.box)) };
}

/** The height of a line's ordinary words (short words and punctuation are smaller in OCR boxes). */
function typicalHeight(words: readonly PageWord[]): number {
  const tall = words.filter((w) => w.text.length >= 3).map((w) => w.box.y1 - w.box.y0);
  return median(tall.length > 0 ? tall : words.map((w) => w.box.y1 - w.box.y0));
}

/**
 * Groups words into lines (by their vertical centres), then each line into cells: a gap clearly
 * wider than the page's usual space between words starts a new cell, as does one after a ":".
 */
export function pageLines(page: PageText): Line[] {
  const words = page.words.filter((w) => w.text.trim() !== '' && w.box.y1 > w.box.y0);
  const heightOf = (w: PageWord) => w.box.y1 - w.box.y0;
  const centreOf = (w: PageWord) => (w.box.y0 + w.box.y1) / 2;
  // Specks and punctuation read on their own are too small to say where a line is; they join one after.
  const usual = median(words.filter((w) => w.text.length >= 2).map(heightOf));
  const small = (w: PageWord) => heightOf(w) < 0.35 * usual;
  const groups: { words: PageWord[]; centre: number; height: number }[] = [];
  for (const word of words.filter((w) => !small(w)).sort((a, b) => centreOf(a) - centreOf(b))) {
    const centre = centreOf(word);
    const height = heightOf(word);
    // Against the last few lines only: words come sorted by their centre.
    const group = groups.slice(-4).find((g) => Math.abs(centre - g.centre) < 0.5 * Math.min(height, g.height));
    if (group) {
      group.words.push(word);
      const n = group.words.length;
      group.centre += (centre - group.centre) / n;
      group.height += (height - group.height) / n;
    } else groups.push({ words: [word], centre, height });
  }
  for (const word of words.filter(small)) {
    const centre = centreOf(word);
    const group = groups.find((g) => Math.abs(centre - g.centre) < 0.5 * g.height);
    // A speck between lines is noise from a scan, not text.
    if (group) group.words.push(word);
  }
  for (const group of groups) group.words.sort((a, b) => a.box.x0 - b.box.x0);
  // The page's space between words (the commonest small gap): a cell boundary is clearly wider.
  // Monospaced print has wide spaces, so a fixed share of the line height alone would cut words apart.
  const gaps = groups.flatMap((g) =>
    g.words.slice(1).map((w, i) => (w.box.x0 - g.words[i]!.box.x1) / (typicalHeight(g.words) || 1)),
  );
  const wordGap = median(gaps.filter((g) => g > 0 && g < 1.2));
  const cellGap = Math.max(0.55, 1.6 * wordGap);
  const lines = groups.map((group) => {
    const sorted = group.words;
    const height = typicalHeight(sorted) || 1;
    const cells: PageWord[][] = [];
    let current: PageWord[] = [];
    for (const word of sorted) {
      const previous = current.at(-1);
      if (previous) {
        const gap = word.box.x0 - previous.box.x1;
        const afterColon = /:$/.test(previous.text) && gap > 0.3 * height;
        if (gap > cellGap * height || afterColon) {
          cells.push(current);
          current = [];
        }
      }
      current.push(word);
    }
    if (current.length > 0) cells.push(current);
    return { words: sorted, cells: cells.map(makeCell), height };
  });
  return lines
    .map((line) => ({ ...line, box: unionBox(line.words.map((w) => w.box)), text: joinWords(line.words) }))
    .sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0)
    .map((line, index) => ({ ...line, index }));
}

/** How much two boxes share horizontally, as a share of the narrower one. */
export function horizontalOverlap(a: Box, b: Box): number {
  const shared = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const narrower = Math.min(a.x1 - a.x0, b.x1 - b.x0);
  return narrower <= 0 ? 0 : shared / narrower;
}
