import { findCountries, tokenize } from './country-mentions';
import { labelOf } from './field-labels';
import { type Cell, type Line, unionBox } from './page-text';

/*
 * A cell may hold several fields one after another: "Norway; Country of Second Smelt:",
 * "Russia (largest), Kazakhstan (second); cast:", "Smelt: Norway Cast: Norway". Each label
 * that ends in a colon starts a cell of its own, so a label's value stops where the next label
 * begins, whatever separates them (a ";", a comma, a space). A label's head is found by going
 * back from its colon over words that are neither a country (by name or code) nor the end of a
 * value (",", ";", ")", ".") nor a heading's colon ("AIM: smelt largest:") nor a separator ("/", "|", "·"); it is cut off only when those words are a label (labelOf), so "balance from Oman"
 * or "Note: …" stay whole.
 */

/** Words a label's head never has more of ("Country of most recent cast:" has five). */
const maxHeadWords = 6;

function cellOf(words: Cell['words']): Cell {
  return { words, text: words.map((w) => w.text).join(' '), box: unionBox(words.map((w) => w.box)) };
}

/** Where in `cell` each field after the first begins (word indexes). */
export function fieldStarts(text: string): number[] {
  const tokens = tokenize(text);
  const inCountry = new Set<number>();
  for (const m of findCountries(text, { codes: true })) for (let k = m.from; k < m.to; k += 1) inCountry.add(k);
  const starts: number[] = [];
  let floor = 0;
  tokens.forEach((token, k) => {
    if (!/:$/.test(token.text) || k === 0) return;
    let start = k;
    while (
      start > floor &&
      k - start + 1 < maxHeadWords &&
      !inCountry.has(start - 1) &&
      !/[,;.):\]]$|^[/|·–—-]$/.test(tokens[start - 1]!.text)
    )
      start -= 1;
    if (start > floor) {
      const head = tokens
        .slice(start, k + 1)
        .map((t) => t.text)
        .join(' ');
      if (labelOf(head) !== null) starts.push(start);
    }
    floor = k + 1;
  });
  return starts;
}

/** The line's cells, each cell holding several labelled fields split into one cell per field. */
export function fieldCells(line: Line): Cell[] {
  return line.cells.flatMap((cell) => {
    const starts = fieldStarts(cell.text);
    if (starts.length === 0) return [cell];
    const bounds = [0, ...starts, cell.words.length];
    return bounds.slice(1).map((end, i) => cellOf(cell.words.slice(bounds[i], end)));
  });
}
