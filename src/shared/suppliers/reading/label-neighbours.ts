import { findCountries, tokenize } from './country-mentions';
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
 * Whether the line under a label starts a row of its own (a cell under the label), rather than
 * holding the label's own last word ("Data de emissão / Issue" over "date").
 */
function startsRow(site: LabelSite, below: Line | undefined): boolean {
  if (!below) return true;
  const under = below.cells.filter((c) => c.box.x1 > site.box.x0 && c.box.x0 < site.box.x1);
  if (under.length === 0) return false;
  const tail = under.length === 1 && under[0]!.words.length <= 2 ? under[0]!.text : null;
  // A word that only says "date" finishes a date label; a label of its own ("Cast country") starts a row.
  const own = tail === null ? null : labelOf(tail);
  if (tail === null || (own !== null && own.kind !== 'date')) return true;
  return labelOf(`${site.text} ${tail}`)?.kind !== site.label.kind;
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
      const newRow = next > site.lastLine && startsRow(site, below);
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
  found.push(...answerLines(site, lines));
  const height = lines[site.firstLine]!.height;
  let rows = 0;
  let previous: { line: Line; words: readonly PageWord[] } | null = null;
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
    const text = words.map((w) => w.text).join(' ');
    found.push({ text, words, how: 'table', distance: 2 + rows });
    // A name that wraps in a narrow column ("Verenigde Arabische" / "Emiraten", "United" / "States"):
    // a row naming no country, read with the line right under it.
    if (previous && line.box.y0 - previous.line.box.y1 < 0.75 * height) {
      const joined = [...previous.words, ...words];
      found.push({
        text: joined.map((w) => w.text).join(' '),
        words: joined,
        how: 'table',
        distance: 1 + rows,
        joined: true,
      });
    }
    previous = findCountries(text, { codes: true }).length === 0 ? { line, words } : null;
    rows += 1;
  }
  return found;
}

// "Answer: Malaysia", "Reply – none": a questionnaire's answer under its question.
// OCR shortens "Answer" now and then ("ANSE:").
const answerWord =
  /^\W*(?:answer|ans\w{0,4}|reply|response|antwort|respuesta|r[ée]ponse|resposta|cevap|odpowied[zź])\s*[:.–—-]\s*/i;
// The next question: "3.", "(c)", "Q4".
const nextQuestion = /^\s*(?:\(?\d{1,2}(?:\.\d{1,2})?[.)]|\(?[a-h]\)|Q\.?\s?\d{1,2}[.:)]?)\s/i;

/**
 * The answer to a question a few lines under it, below whatever the question goes on to explain
 * ("Give the country where the metal was produced by electrolysis, …"), before the next question.
 */
function answerLines(site: LabelSite, lines: readonly Line[]): Neighbour[] {
  for (let l = site.lastLine + 1; l <= site.lastLine + 4 && l < lines.length; l += 1) {
    const line = lines[l]!;
    const answer = answerWord.exec(line.text);
    if (answer) {
      const words = line.words.filter(
        (w, k) => k >= line.text.slice(0, answer[0].length).split(/\s+/).filter(Boolean).length,
      );
      const text = words.map((w) => w.text).join(' ');
      return text === '' ? [] : [{ text, words, how: 'label', distance: 1 }];
    }
    const first = line.cells[0]?.text ?? '';
    if (nextQuestion.test(first) || labelOf(first) !== null) return [];
  }
  return [];
}
