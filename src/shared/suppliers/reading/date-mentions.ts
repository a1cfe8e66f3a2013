import { isIsoDate } from '#shared/dates/iso-date';

import { monthNamed, monthNamePattern } from './month-names';

/*
 * Dates as certificates print them: 2025-03-14, 14.03.2025, 2025/01/28, 2025.03.18,
 * 3 February 2025, February 3, 2025, June 17th, 2025, 17-Jun-2025, 05/20/2025, and with the month
 * named in the supplier's own language (27 octobre 2026, 5 de noviembre de 2026). A numeric date
 * with day and month both 12 or less is ambiguous: it is read day first unless the issuer
 * writes dates month first (the United States), and marked ambiguous either way.
 */

export interface DateMention {
  readonly iso: string;
  readonly start: number;
  readonly end: number;
  readonly ambiguous: boolean;
}

// Three-letter English abbreviations and full names: a two-digit year is read only after these
// ("14 Jan 25") or between hyphens ("05-nov-26"); "Lot 12 set 25" is no date.
const englishMonth =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

function iso(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100) return null;
  const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** OCR reads 0 as O and 1 as l or I inside numbers; fixed in place (same length) before matching. */
function repairDigits(text: string): string {
  return text.replace(/(?<=\d)[Oo](?=\d|\b)|(?<=\d)[lI|](?=\d)|(?<=\b)[Oo](?=\d)/g, (c) =>
    /[Oo]/.test(c) ? '0' : '1',
  );
}

type Pattern = {
  regex: RegExp;
  read: (m: RegExpExecArray, monthFirst: boolean) => { iso: string | null; ambiguous: boolean };
};

const numericPatterns: Pattern[] = [
  {
    // 2025-03-14, 2025/01/28, 2025.03.18; OCR of a noisy scan spaces them ("2025- 01- 14").
    regex: /\b((?:19|20)\d{2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})\b/g,
    read: (m) => ({ iso: iso(Number(m[1]), Number(m[3]), Number(m[4])), ambiguous: false }),
  },
  {
    // 14.03.2025: dots are day first everywhere they are used.
    regex: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b/g,
    read: (m) => ({ iso: iso(Number(m[3]), Number(m[2]), Number(m[1])), ambiguous: false }),
  },
  {
    // 05/20/2025, 20/05/2025, 20-05-2025; OCR spaces them now and then ("20 / 05 / 2025").
    regex: /\b(\d{1,2}) ?([/-]) ?(\d{1,2}) ?\2 ?((?:19|20)\d{2})\b/g,
    read: (m, monthFirst) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = Number(m[4]);
      if (a > 12 && b <= 12) return { iso: iso(year, b, a), ambiguous: false };
      if (b > 12 && a <= 12) return { iso: iso(year, a, b), ambiguous: false };
      return { iso: monthFirst ? iso(year, a, b) : iso(year, b, a), ambiguous: a !== b };
    },
  },
  {
    // 2026年11月10日 (Chinese, Japanese), 2026년 11월 10일 (Korean): year, month, day, each marked.
    regex: /((?:19|20)\d{2})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/g,
    read: (m) => ({ iso: iso(Number(m[1]), Number(m[2]), Number(m[3])), ambiguous: false }),
  },
  {
    // Vietnamese: "ngày 10 tháng 11 năm 2026", "10 tháng 11, 2026".
    regex: /\b(\d{1,2})\s+th[áa]ng\s+(\d{1,2}),?\s+(?:n[ăa]m\s+)?((?:19|20)\d{2})\b/giu,
    read: (m) => ({ iso: iso(Number(m[3]), Number(m[2]), Number(m[1])), ambiguous: false }),
  },
];

/** A month named in words: its number, and whether the name is another month in another language. */
function named(word: string, dayText: string, yearText: string, hyphens: boolean) {
  const month = monthNamed(word);
  // A two-digit year only after an English month name or between hyphens: "Lot 12 set 25" is no date.
  if (!month || (yearText.length === 2 && !hyphens && !englishMonth.test(word.replace(/\.$/, '')))) return null;
  return { iso: iso(fullYear(yearText), month.month, Number(dayText)), ambiguous: month.ambiguous };
}

let wordPatterns: Pattern[] | null = null;

/** Dates with the month in words, in any supplier language: built once, on first use (month-names.ts). */
function wordedPatterns(): Pattern[] {
  if (wordPatterns) return wordPatterns;
  const month = `(${monthNamePattern()})`;
  wordPatterns = [
    {
      // 3 February 2025, 17-Jun-2025, 14-Jan-25, 2nd July 2025, 14th of January 2025, a sworn
      // declaration's "this 12th day of November, 2026"; and in other languages "27 octobre 2026",
      // "1er novembre 2026", "12. Oktober 2026", "5 de noviembre de 2026", "14 Kasım 2026",
      // "10 listopada 2026", "10. marraskuuta 2026".
      regex: new RegExp(
        `\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|°)?(?:\\s+day)?(?:[\\s.-]+of)?(?:\\s+de)?([\\s.-]+)${month}\\.?(?:\\s+del?)?[\\s.,-]+((?:19|20)?\\d{2})(?![\\d:])`,
        'giu',
      ),
      read: (m) => named(m[3]!, m[1]!, m[4]!, m[2]!.includes('-')) ?? { iso: null, ambiguous: false },
    },
    {
      // February 3, 2025; June 17th, 2025; Jun 17 2025; NOV. 5, 2026.
      regex: new RegExp(`(?<!\\p{L})${month}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'giu'),
      read: (m) => named(m[1]!, m[2]!, m[3]!, false) ?? { iso: null, ambiguous: false },
    },
    {
      // Hungarian: "2026. november 10."
      regex: new RegExp(`\\b((?:19|20)\\d{2})\\.\\s+${month}\\s+(\\d{1,2})\\.?(?!\\d)`, 'giu'),
      read: (m) => named(m[2]!, m[3]!, m[1]!, false) ?? { iso: null, ambiguous: false },
    },
  ];
  return wordPatterns;
}

/**
 * A date whose separators OCR lost ("24102026" for 24.10.2026): read only where a date label
 * stands beside it, as 20261024 (year first) or else in the document's numeric order.
 */
const joinedDigits: Pattern = {
  regex: /\b(\d{2})(\d{2})(\d{4})\b/g,
  read: (m, monthFirst) => {
    const yearFirst = iso(Number(`${m[1]}${m[2]}`), Number(m[3]!.slice(0, 2)), Number(m[3]!.slice(2)));
    if (yearFirst) return { iso: yearFirst, ambiguous: false };
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    if (a > 12 || b > 12) return { iso: a > 12 ? iso(year, b, a) : iso(year, a, b), ambiguous: false };
    return { iso: monthFirst ? iso(year, a, b) : iso(year, b, a), ambiguous: a !== b };
  },
};

/** Every date in `text`, left to right; overlapping readings keep the first pattern's. */
export function findDates(text: string, options: { monthFirst?: boolean; labelled?: boolean } = {}): DateMention[] {
  const repaired = repairDigits(text);
  const found: DateMention[] = [];
  const patterns = [...numericPatterns, ...wordedPatterns(), ...(options.labelled ? [joinedDigits] : [])];
  for (const { regex, read } of patterns) {
    regex.lastIndex = 0;
    for (let m = regex.exec(repaired); m; m = regex.exec(repaired)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const reading = read(m, options.monthFirst ?? false);
      if (reading.iso) found.push({ iso: reading.iso, start, end, ambiguous: reading.ambiguous });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
