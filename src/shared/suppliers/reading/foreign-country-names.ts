import { countryList, countrySpellings, normaliseCountryText } from '#shared/reference/countries';

import { foldAccents } from './folded-text';
import { supplierLanguages } from './month-names';

/*
 * Country names in the languages suppliers write in ("Norwegen", "Noruega", "Norvège",
 * "Norvegia", "Noorwegen", "Norveç", "Norwegia", "Vereinigte Arabische Emirate"), as the Unicode
 * CLDR data in the runtime's ICU gives them (Node and Chromium ship it in full), built once on
 * first use, lower case and without accents (OCR drops them; "NORVEC" is "Norveç"). English
 * names stay with the reference list (src/shared/reference/countries.ts), which wins where a
 * name is both. A name that means two countries in different languages ("Kongo") is left out.
 */

/**
 * Names that are also English words or a document's usual words: "Island" (German for Iceland),
 * "Man", "Suede" (French Sweden), "Swiss", "Chili", "CAD" (Czech Chad; the Canadian dollar),
 * "FAS" (Turkish Morocco; the Incoterm). They count only where a country is expected, in a
 * field's value; in running text they are words.
 */
const commonWords = new Set(['island', 'man', 'suede', 'swiss', 'chili', 'cad', 'fas', 'indie', 'somali', 'polen']);

export interface ForeignName {
  readonly code: string;
  /** Only where a field's value is expected, never in running text. */
  readonly fieldOnly: boolean;
}

const plain = (text: string) => foldAccents(normaliseCountryText(text));

let table: ReadonlyMap<string, ForeignName> | null = null;

function build(): ReadonlyMap<string, ForeignName> {
  const codes = new Map<string, Set<string>>();
  for (const locale of supplierLanguages) {
    if (locale === 'en') continue;
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const country of countryList) {
      const name = names.of(country.code);
      if (!name || countrySpellings.has(normaliseCountryText(name))) continue;
      const spelling = plain(name);
      const found = codes.get(spelling) ?? new Set<string>();
      found.add(country.code);
      codes.set(spelling, found);
    }
  }
  const out = new Map<string, ForeignName>();
  for (const [name, found] of codes) {
    if (found.size !== 1) continue;
    // Three letters or fewer ("Çin", "Fas", "Čad") are as often an abbreviation as a country.
    out.set(name, { code: [...found][0]!, fieldOnly: commonWords.has(name) || name.length <= 3 });
  }
  return out;
}

/** The country a phrase names in a supplier's language, lower case or not, with or without accents. */
export function foreignCountryName(phrase: string): ForeignName | null {
  table ??= build();
  return table.get(plain(phrase)) ?? null;
}
