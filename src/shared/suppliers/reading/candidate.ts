import type { Box, PageText, PageWord } from './page-text';

export const proposalFields = ['smeltLargest', 'smeltSecond', 'cast', 'documentDate', 'issuer', 'product'] as const;
export type ProposalField = (typeof proposalFields)[number];

/** One reading of one field, before the best is chosen: where it is, what it says, how sure. */
export interface Candidate {
  readonly field: ProposalField;
  readonly value: string;
  /** 0..1 before OCR confidence is taken into account. */
  readonly score: number;
  readonly page: number;
  /** Words the value rests on (label and value), for the text shown and the highlight. */
  readonly words: readonly PageWord[];
  /** Where it sits on the page, to prefer the first of equal readings. */
  readonly order: number;
  /** How it was found: a label and its value, a table column, a sentence. */
  readonly how: 'label' | 'table' | 'prose' | 'letterhead' | 'standalone';
  /** Overrides the words' text when the source is only part of what they say. */
  readonly text?: string;
}

/** A highlight rectangle as a share of the page (0..1 from the top left), so any rendering size can draw it. */
export interface PageRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Word boxes merged per line into the few rectangles a highlight draws. */
export function highlightRects(page: PageText, words: readonly PageWord[]): PageRect[] {
  const rows: Box[] = [];
  const boxes = words.map((w) => w.shownBox ?? w.box).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  for (const box of boxes) {
    const row = rows.find(
      (r) =>
        Math.min(r.y1, box.y1) - Math.max(r.y0, box.y0) > 0.4 * (box.y1 - box.y0) &&
        box.x0 - r.x1 < 3 * (box.y1 - box.y0),
    );
    if (row) {
      rows[rows.indexOf(row)] = {
        x0: Math.min(row.x0, box.x0),
        y0: Math.min(row.y0, box.y0),
        x1: Math.max(row.x1, box.x1),
        y1: Math.max(row.y1, box.y1),
      };
    } else rows.push(box);
  }
  const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 10000) / 10000;
  return rows.map((b) => ({
    x: round(b.x0 / page.width),
    y: round(b.y0 / page.height),
    w: round((b.x1 - b.x0) / page.width),
    h: round((b.y1 - b.y0) / page.height),
  }));
}

/** The text a person sees as the source: the words in reading order, tidied. */
export function sourceText(words: readonly PageWord[]): string {
  return words
    .map((w) => w.text)
    .join(' ')
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export const meanConfidence = (words: readonly PageWord[]): number =>
  words.length === 0 ? 1 : words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
