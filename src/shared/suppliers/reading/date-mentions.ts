import { isIsoDate } from '#shared/dates/iso-date';

/*
 * Dates as certificates print them: 2025-03-14, 14.03.2025, 2025/01/28, 2025.03.18,
 * 3 February 2025, February 3, 2025, June 17th, 2025, 17-Jun-2025, 05/20/2025. A numeric date
 * with day and month both 12 or less is ambiguous: it is read day first unless the issuer
 * writes dates month first (the United States), and marked ambiguous either way.
 */

export interface DateMention {
  readonly iso: string;
  readonly start: number;
  readonly end: number;
  readonly ambiguous: boolean;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthWord =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const monthOf = (word: string) => months.indexOf(word.slice(0, 3).toLowerCase()) + 1;

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

const patterns: {
  regex: RegExp;
  read: (m: RegExpExecArray, monthFirst: boolean) => { iso: string | null; ambiguous: boolean };
}[] = [
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
    // 3 February 2025, 17-Jun-2025, 14-Jan-25, 2nd July 2025, 14th of January 2025, and a sworn
    // declaration's "this 12th day of November, 2026"; 3. März is not English and not read.
    regex: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+day)?(?:[\\s.-]+of)?[\\s.-]+${monthWord}\\.?[\\s.,-]+((?:19|20)?\\d{2})\\b`,
      'gi',
    ),
    read: (m) => ({ iso: iso(fullYear(m[3]!), monthOf(m[2]!), Number(m[1])), ambiguous: false }),
  },
  {
    // February 3, 2025; June 17th, 2025; Jun 17 2025
    regex: new RegExp(`\\b${monthWord}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'gi'),
    read: (m) => ({ iso: iso(Number(m[3]), monthOf(m[1]!), Number(m[2])), ambiguous: false }),
  },
];

/**
 * A date whose separators OCR lost ("24102026" for 24.10.2026): read only where a date label
 * stands beside it, as 20261024 (year first) or else in the document's numeric order.
 */
const joinedDigits = {
  regex: /\b(\d{2})(\d{2})(\d{4})\b/g,
  read: (m: RegExpExecArray, monthFirst: boolean) => {
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
  for (const { regex, read } of options.labelled ? [...patterns, joinedDigits] : patterns) {
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
