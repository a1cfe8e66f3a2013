import type { PageText, PageWord } from '#shared/suppliers/reading/page-text';

/*
 * Pages for the reader's unit tests, laid out as a text layer or OCR would give them: each line
 * a y position and cells at x positions, words 9 points tall, 5 points a letter, a space of 2.5
 * points. `confidence` is OCR's for every word (1 for a text layer), or one per cell.
 */
export type Layout = readonly (readonly [y: number, cells: readonly (readonly [x: number, text: string])[]])[];

export function page(layout: Layout, number = 1, confidence: number | ((text: string) => number) = 1): PageText {
  const words: PageWord[] = [];
  for (const [y, cells] of layout) {
    for (const [x, text] of cells) {
      let at = x;
      const sure = typeof confidence === 'number' ? confidence : confidence(text);
      for (const word of text.split(' ')) {
        words.push({ text: word, confidence: sure, box: { x0: at, y0: y, x1: at + word.length * 5, y1: y + 9 } });
        at += word.length * 5 + 2.5;
      }
    }
  }
  return { page: number, width: 595, height: 842, words };
}

export const letterhead = (name: string, address: string): Layout => [
  [40, [[40, name]]],
  [54, [[40, address]]],
];
