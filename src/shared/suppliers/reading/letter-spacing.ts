import { type PageText, type PageWord, unionBox } from './page-text';

/*
 * A letterhead or title set in spaced capitals or spaced letters ("H e l v e t i c  M e t a l s")
 * reaches the reader as one word per letter: no name, legal form or title word can be found in
 * it. Such a run of single letters on one line is read back as words: split where the gap is
 * clearly wider than between its letters, else where a capital follows a small letter
 * ("HelveticMetalsTradingSA" is "Helvetic Metals Trading SA"; a text layer may space every
 * letter alike, its word spaces lost).
 */

/** Fewer letters in a row are initials, a list of grades or a table's single-letter columns. */
const minRun = 5;

const isLetterToken = (w: PageWord) => /^\p{L}{1,2}$/u.test(w.text);

function sameLine(a: PageWord, b: PageWord): boolean {
  const height = Math.max(a.box.y1 - a.box.y0, b.box.y1 - b.box.y0);
  const gap = b.box.x0 - a.box.x1;
  return Math.abs(a.box.y0 - b.box.y0) < 0.25 * height && gap >= -0.1 * height && gap < 0.8 * height;
}

/** The words a run of letters spells. */
function spelled(run: readonly PageWord[]): PageWord[] {
  const gaps = run.slice(1).map((w, i) => w.box.x0 - run[i]!.box.x1);
  const sorted = [...gaps].sort((a, b) => a - b);
  const usual = sorted[Math.floor(sorted.length / 2)]!;
  const groups: PageWord[][] = [[run[0]!]];
  run.slice(1).forEach((w, i) => {
    const previous = run[i]!.text;
    const wide = gaps[i]! > usual * 1.6 + 0.5;
    const camel = /\p{Ll}$/u.test(previous) && /^\p{Lu}/u.test(w.text);
    if (wide || camel) groups.push([w]);
    else groups.at(-1)!.push(w);
  });
  return groups.map((g) => ({
    text: g.map((w) => w.text).join(''),
    box: unionBox(g.map((w) => w.box)),
    confidence: Math.min(...g.map((w) => w.confidence)),
    ...(g.every((w) => w.shownBox) ? { shownBox: unionBox(g.map((w) => w.shownBox!)) } : {}),
  }));
}

/** The page with each run of spaced letters read as the words it spells. */
export function withLetterSpacingClosed(page: PageText): PageText {
  const out: PageWord[] = [];
  let changed = false;
  let i = 0;
  while (i < page.words.length) {
    let j = i;
    while (j + 1 < page.words.length && isLetterToken(page.words[j]!) && isLetterToken(page.words[j + 1]!)) {
      if (!sameLine(page.words[j]!, page.words[j + 1]!)) break;
      j += 1;
    }
    const run = page.words.slice(i, j + 1);
    const singles = run.filter((w) => [...w.text].length === 1).length;
    if (run.length >= minRun && singles >= 0.7 * run.length) {
      out.push(...spelled(run));
      changed = true;
      i = j + 1;
    } else {
      out.push(page.words[i]!);
      i += 1;
    }
  }
  return changed ? { ...page, words: out } : page;
}
