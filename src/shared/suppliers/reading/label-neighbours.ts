import { tokenize } from './country-mentions';
import { fieldCells } from './field-cells';
import { labelOf } from './field-labels';
import { cellUnder, type LabelSite } from './label-sites';
import { horizontalOverlap, type Line, type PageWord } from './page-text';

/** A piece of text that may hold a label's value, with the words it is made of. */
export interface Neighbour {
  readonly text: string;
  readonly words: readonly PageWord[];
  readonly how: 'label' | 'table';
  /** Tried in this order: the label's own cell, the cell to its right, the cells below. */
  readonly distance: number;
  /** Several cells to the right read as one (a value OCR cut in two, or read after a speck). */
  readonly joined?: boolean;
}

/** The words of `words` (joined by single spaces into `text`) that lie in text[start, end). */
export function wordsIn(text: string, words: readonly PageWord[], start: number, end: number): PageWord[] {
  return tokenize(text)
    .map((token, i) => ({ token, word: words[i] }))
    .filter(({ token, word }) => word && token.end > start && token.start < end)
    .map(({ word }) => word!);
}

/**
 * Where a label's value may be, nearest first: after the label in its own cell ("Cast: Mexico"),
 * the next cell on its line (a label | value row), then the cells below it in the same column
 * (a table's header over its values), stopping at the next label.
 */
export function neighbours(site: LabelSite, lines: readonly Line[], maxBelow = 4): Neighbour[] {
  const found: Neighbour[] = [];
  const rest = site.text.slice(site.label.end);
  if (rest.trim() !== '') {
    found.push({
      text: rest,
      words: wordsIn(site.text, site.words, site.label.end, site.text.length),
      how: 'label',
      distance: 0,
    });
  }
  // To the right: every cell up to the next label (OCR may split a value, or read a speck before it).
  for (let l = site.firstLine; l <= site.lastLine; l += 1) {
    const line = lines[l]!;
    const right = fieldCells(line).filter((c) => c.box.x0 >= site.box.x1 - 1);
    const stop = right.findIndex((c) => labelOf(c.text) !== null);
    const value = stop < 0 ? right : right.slice(0, stop);
    if (right.length === 0) continue;
    if (value.length > 0) {
      found.push({ text: value[0]!.text, words: value[0]!.words, how: 'label', distance: 1 });
      // A value that wraps in its cell ("Deutschland /" over "Germany"): the cell and the one right under it.
      // Not when the line below starts a row of its own (a cell under the label: the next label).
      // Within a label of several lines the value wraps beside it ("España /" over "Spain").
      const next = l < site.lastLine ? l + 1 : site.lastLine + 1;
      const below = lines[next];
      const newRow =
        next > site.lastLine && (below?.cells.some((c) => c.box.x1 > site.box.x0 && c.box.x0 < site.box.x1) ?? true);
      const wrapped = newRow ? null : cellUnder(lines, next, value[0]!.box, 0.75 * line.height);
      if (wrapped && wrapped.words.length <= 4 && labelOf(wrapped.text) === null) {
        const words = [...value[0]!.words, ...wrapped.words];
        found.push({ text: words.map((w) => w.text).join(' '), words, how: 'label', distance: 1, joined: true });
      }
      if (value.length > 1) {
        const words = value.flatMap((c) => c.words);
        found.push({ text: words.map((w) => w.text).join(' '), words, how: 'label', distance: 1, joined: true });
      }
    }
    break;
  }
  const height = lines[site.firstLine]!.height;
  let rows = 0;
  for (let l = site.lastLine + 1; l < lines.length && rows < maxBelow; l += 1) {
    const line = lines[l]!;
    if (line.box.y0 - site.box.y1 > (3 + 2 * rows) * height) break;
    // Under a header: every cell that shares its column (OCR may join a value to its neighbour's cell).
    const cells = line.cells.filter((c) => horizontalOverlap(c.box, site.box) >= 0.2);
    if (cells.length === 0) continue;
    if (cells.some((c) => labelOf(c.text) !== null)) break;
    // A line of running text across the column, or a sentence, ends the table.
    const columnWidth = site.box.x1 - site.box.x0;
    if (cells.some((c) => c.box.x1 - c.box.x0 > 2.5 * columnWidth + 4 * height || c.words.length > 8)) break;
    const words = cells.flatMap((c) => c.words);
    found.push({ text: words.map((w) => w.text).join(' '), words, how: 'table', distance: 2 + rows });
    rows += 1;
  }
  return found;
}
