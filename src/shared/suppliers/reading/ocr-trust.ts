import { meanConfidence } from './candidate';
import { findCountries } from './country-mentions';
import type { PageText, PageWord } from './page-text';

/*
 * A two-letter country code read by OCR is one misread letter from another country more often
 * than not (249 of the 676 pairs of capitals are codes: "VN" read as "TN" is Tunisia), while a
 * misread three-letter code is rarely a code at all (249 of 17,576). So a two-letter code OCR
 * was unsure of is trusted only when something else on the page says the same: another cell
 * under the same label reading that code (two misreads rarely agree), or the country's name
 * written out. Otherwise nothing is proposed: a wrong country costs the person more than a
 * missing one.
 */

/** Below this OCR confidence (0..1) a bare code needs support; tesseract gives clean print 0.9 and more. */
export const unsureCode = 0.6;

const namesCache = new WeakMap<PageText, ReadonlySet<string>>();

/** The countries a page names in full (not by code). */
function namedCountries(page: PageText): ReadonlySet<string> {
  let names = namesCache.get(page);
  if (!names) {
    names = new Set(findCountries(page.words.map((w) => w.text).join(' ')).map((m) => m.code));
    namesCache.set(page, names);
  }
  return names;
}

const isTwoLetterCode = (words: readonly PageWord[]) =>
  words.length === 1 && /^[A-Za-z0-9]{2}$/.test(words[0]!.text.replace(/[^\p{L}\p{N}]/gu, ''));

interface Reading {
  readonly value: { readonly value: string };
  readonly words: readonly PageWord[];
}

/** Whether the reading `chosen` (one of `column`, the readings under the same label) may be proposed. */
export function trustworthy(chosen: Reading, column: readonly Reading[], page: PageText): boolean {
  if (!isTwoLetterCode(chosen.words) || meanConfidence(chosen.words) >= unsureCode) return true;
  const code = chosen.value.value;
  if (column.some((r) => r !== chosen && r.value.value === code)) return true;
  return namedCountries(page).has(code);
}
