import { sourceText, type Candidate } from './candidate';
import { companyName } from './company-names';
import { findCountries } from './country-mentions';
import { findDates } from './date-mentions';
import { labelOf } from './field-labels';
import { wordsIn } from './label-neighbours';
import type { Line, PageText, PageWord } from './page-text';
import { alloyAfterWord } from './product-values';

/*
 * Facts a page states without a label: the letterhead (the issuer), a date standing alone on a
 * line ("12 May 2025", "Dubai, 3 February 2025"), an alloy named in a sentence.
 */

const titleWords =
  /\b(?:certificate|certification|declaration|statement|invoice|letter|report|inspection|test|quality|conformity|zeugnis|abnahme)\b/i;

/** The issuer from the top of the first page: the largest printed name, preferably one with a legal form. */
export function letterhead(page: PageText, lines: readonly Line[]): Candidate[] {
  const top = lines.filter((l) => l.box.y0 < page.height * 0.3);
  const tallest = Math.max(0, ...top.filter((l) => /\p{L}{3}/u.test(l.text)).map((l) => l.height));
  const out: Candidate[] = [];
  for (const line of top) {
    // An addressee's or buyer's name is not the issuer's.
    const first = line.cells[0]?.text ?? '';
    if (/^(?:to|attn|dear)\b/i.test(first) || labelOf(first)?.kind === 'distractor') continue;
    const big = line.height >= tallest * 0.9;
    // A letterhead's name may be read as several cells (wide letter spacing): the whole line is searched.
    const company = companyName(line.text);
    if (company) {
      out.push({
        field: 'issuer',
        value: company.name,
        score: big ? 0.8 : 0.62 - line.index * 0.005,
        page: page.page,
        order: line.index,
        words: wordsIn(line.text, line.words, company.start, company.end),
        how: 'letterhead',
      });
      continue;
    }
    if (!big) continue;
    // A name starts with a capital and is no date; "mill in United States." is the end of a sentence.
    const cell = line.cells.find(
      (c) =>
        c.words.length >= 2 &&
        /^\p{Lu}/u.test(c.text) &&
        /\p{L}{2}/u.test(c.text) &&
        !titleWords.test(c.text) &&
        findDates(c.text).length === 0,
    );
    if (cell)
      out.push({
        field: 'issuer',
        value: cell.text.replace(/[,;:]+$/, ''),
        score: 0.45,
        page: page.page,
        order: line.index,
        words: cell.words,
        how: 'letterhead',
      });
  }
  return out;
}

/** The issuer's country, from the address near the top of the first page: it decides how 03/04 is read. */
export function issuerCountry(page: PageText, lines: readonly Line[]): string | null {
  for (const line of lines.filter((l) => l.box.y0 < page.height * 0.22)) {
    const mention = findCountries(line.text)[0];
    if (mention) return mention.code;
  }
  return null;
}

/** Dates alone on a short line: a letter's date, "Place, date" above a signature. */
export function standaloneDates(
  page: PageText,
  lines: readonly Line[],
  monthFirst: boolean,
  exclude: ReadonlySet<PageWord>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines) {
    for (const cell of line.cells) {
      const dates = findDates(cell.text, { monthFirst });
      const date = dates[0];
      if (!date) continue;
      const words = wordsIn(cell.text, cell.words, date.start, date.end);
      if (words.some((w) => exclude.has(w))) continue;
      const short = cell.words.length <= 6 && line.cells.length <= 2;
      out.push({
        field: 'documentDate',
        value: date.iso,
        score: (short ? 0.6 : 0.3) * (date.ambiguous ? 0.65 : 1) * (page.page === 1 ? 1 : 0.9),
        page: page.page,
        order: line.index,
        words: short ? cell.words : words,
        how: 'standalone',
      });
    }
  }
  return out;
}

/** "… in alloy 6063-T5", "alloy EN AW-6063 T6": an alloy named in running text or a description cell. */
export function alloyMentions(page: PageText, lines: readonly Line[]): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines) {
    for (const cell of line.cells) {
      const alloy = alloyAfterWord(cell.text);
      if (!alloy) continue;
      out.push({
        field: 'product',
        value: alloy.alloy,
        score: 0.6,
        page: page.page,
        order: line.index,
        words: wordsIn(cell.text, cell.words, Math.max(0, alloy.start - 6), alloy.end),
        how: 'prose',
        text: sourceText(cell.words),
      });
    }
  }
  return out;
}
