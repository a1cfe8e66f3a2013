import { foldAccents } from './folded-text';

/*
 * Month names in the languages suppliers write their certificates in, long and short, as the
 * Unicode CLDR data in the runtime's ICU gives them (Node and Chromium ship it in full): the
 * form inside a date ("10 listopada 2026", "10. marraskuuta 2026") and the form alone
 * ("listopad"), each also without accents (OCR drops them) and without a closing period.
 * Built once, on first use. A few names mean different months in different languages (Croatian
 * "listopad" is October, Polish and Czech November): they are read as the commoner, marked
 * ambiguous, so the person is asked to check.
 */

/** Languages of the suppliers' documents the reader meets, besides English. */
export const supplierLanguages = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'tr',
  'pl',
  'sv',
  'nb',
  'da',
  'fi',
  'cs',
  'sk',
  'sl',
  'hr',
  'ro',
  'hu',
  'id',
  'ms',
] as const;

export interface MonthName {
  readonly month: number;
  /** True when the same word is another month in another language. */
  readonly ambiguous: boolean;
}

let table: ReadonlyMap<string, MonthName> | null = null;

/** The month's names in `locale`: alone and inside a date, long and short. */
function monthForms(locale: string): (month: number) => string[] {
  const formats = (['long', 'short'] as const).flatMap((style) => [
    new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }),
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, year: 'numeric', timeZone: 'UTC' }),
  ]);
  return (month) => {
    const day = new Date(Date.UTC(2026, month - 1, 15));
    return formats.map((f) => f.formatToParts(day).find((p) => p.type === 'month')?.value ?? '');
  };
}

function build(): ReadonlyMap<string, MonthName> {
  const votes = new Map<string, Map<number, number>>();
  for (const locale of supplierLanguages) {
    const forms = monthForms(locale);
    for (let month = 1; month <= 12; month += 1) {
      const names = new Set<string>();
      for (const form of forms(month)) {
        const name = form.toLowerCase().replace(/\.$/, '');
        // Some short forms are numbers ("1."), and a name of one or two letters is no month.
        if (!/^\p{L}{3,}$/u.test(name)) continue;
        names.add(name);
        names.add(foldAccents(name));
      }
      for (const name of names) {
        const byMonth = votes.get(name) ?? new Map<number, number>();
        byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
        votes.set(name, byMonth);
      }
    }
  }
  // "sept" and "sept." are common English abbreviations that CLDR's English lacks.
  votes.set('sept', new Map([[9, 1]]));
  const out = new Map<string, MonthName>();
  for (const [name, byMonth] of votes) {
    const [month] = [...byMonth.entries()].sort((a, b) => b[1] - a[1])[0]!;
    out.set(name, { month, ambiguous: byMonth.size > 1 });
  }
  return out;
}

/** Every month name the reader knows, lower case, accented and plain. */
export function monthNames(): ReadonlyMap<string, MonthName> {
  table ??= build();
  return table;
}

/** The month `word` names in any supplier language ("octobre", "Kasım", "KASIM", "listopada"), or null. */
export function monthNamed(word: string): MonthName | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return monthNames().get(lower) ?? monthNames().get(foldAccents(lower)) ?? null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular-expression alternative matching any month name, longest first (to be used with the `iu` flags). */
export function monthNamePattern(): string {
  return `(?:${[...monthNames().keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`;
}
