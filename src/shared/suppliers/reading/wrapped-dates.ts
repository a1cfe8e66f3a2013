import { type DateMention, findDates } from './date-mentions';
import { wordsIn } from './label-neighbours';
import { cellUnder } from './label-sites';
import { type Line, type PageWord, unionBox } from './page-text';

/*
 * A date written in words that wrapped in a narrow cell, its year alone on the next line:
 * "5 de novembro de" over "2026", "27 octobre" over "2026", "November 5," over "2026". The cell
 * and the year right under it are read as one date.
 */

// The end of a date that lacks its year: a month name, "de", a day after a month, a comma.
const openDate = /(?:\p{L}{3,}\.?|\bde|\d{1,2}(?:st|nd|rd|th)?,?)\s*$/u;
const yearFirst = /^\s*(?:de\s+|del\s+)?(?:19|20)\d{2}(?!\d)/;

/** The date the words of a value spell with the year on the line below, and the words it rests on. */
export function wrappedDate(
  words: readonly PageWord[],
  lines: readonly Line[],
  monthFirst: boolean,
): { date: DateMention; words: PageWord[] } | null {
  const first = words[0];
  const text = words.map((w) => w.text).join(' ');
  if (!first || !openDate.test(text)) return null;
  const line = lines.find((l) => l.words.includes(first));
  if (!line) return null;
  const below = cellUnder(lines, line.index + 1, unionBox(words.map((w) => w.box)), line.height);
  if (!below || !yearFirst.test(below.text)) return null;
  const joined = [...words, ...below.words];
  const joinedText = joined.map((w) => w.text).join(' ');
  // The date must reach into the year below: "14/09/2026 5 de" over "2026" is not one.
  const date = findDates(joinedText, { monthFirst }).find((d) => d.end > text.length);
  return date ? { date, words: wordsIn(joinedText, joined, date.start, date.end) } : null;
}
