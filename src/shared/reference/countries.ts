// The library without its Node entry, which require()s every language file by a computed name
// (bundlers cannot follow that: the desktop bundle failed at start). Only English is registered.
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

/**
 * Countries are stored as ISO 3166-1 alpha-2 codes. Two sentinels exist for the smelt fields
 * only, and they are values of their own, never countries: `N/A` (secondary aluminum only) and
 * `UNKNOWN` (allowed on licences for imports through 2022-06-28). Careful: `NA` is Namibia.
 */
export const NOT_APPLICABLE = 'N/A';
export const UNKNOWN = 'UNKNOWN';

export interface Country {
  readonly code: string;
  readonly alpha3: string;
  readonly name: string;
  /** Other English names and spellings accepted on input. */
  readonly aliases: readonly string[];
}

const namesByCode = countries.getNames('en', { select: 'all' });

export const countryList: readonly Country[] = Object.entries(namesByCode)
  .map(([code, names]) => ({
    code,
    alpha3: countries.alpha2ToAlpha3(code) ?? '',
    name: names[0] ?? code,
    aliases: names.slice(1),
  }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const byCode = new Map(countryList.map((c) => [c.code, c]));

// Spellings seen on shipping papers and in other systems that the ISO name lists lack.
const extraSpellings: Record<string, string> = {
  'south korea': 'KR',
  korea: 'KR',
  'north korea': 'KP',
  vietnam: 'VN',
  'viet nam': 'VN',
  'czech republic': 'CZ',
  czechia: 'CZ',
  holland: 'NL',
  'the netherlands': 'NL',
  'ivory coast': 'CI',
  "cote d'ivoire": 'CI',
  uae: 'AE',
  'u.a.e.': 'AE',
  'great britain': 'GB',
  england: 'GB',
  'u.k.': 'GB',
  'peoples republic of china': 'CN',
  "people's republic of china": 'CN',
  prc: 'CN',
  'mainland china': 'CN',
  russia: 'RU',
  'russian federation': 'RU',
  taiwan: 'TW',
  'republic of china': 'TW',
  'hong kong': 'HK',
  macau: 'MO',
  macao: 'MO',
  bolivia: 'BO',
  venezuela: 'VE',
  iran: 'IR',
  syria: 'SY',
  laos: 'LA',
  moldova: 'MD',
  tanzania: 'TZ',
  turkey: 'TR',
  turkiye: 'TR',
  türkiye: 'TR',
  bosnia: 'BA',
  brunei: 'BN',
};

const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Typographic quotes from word processors: "Cote d’Ivoire" is "Cote d'Ivoire".
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const byName = new Map<string, string>();
for (const country of countryList) {
  for (const name of [country.name, ...country.aliases]) byName.set(normalise(name), country.code);
}
for (const [spelling, code] of Object.entries(extraSpellings)) byName.set(normalise(spelling), code);

/**
 * Every English name and spelling accepted for a country, in the normalised form (lower case, no
 * accents, straight quotes), with its code: for finding country names inside running text.
 */
export const countrySpellings: ReadonlyMap<string, string> = byName;
export const normaliseCountryText = normalise;

const notApplicableSpellings = new Set(['n/a', 'not applicable', 'n.a.', 'n. a.', 'none (secondary aluminum only)']);
const unknownSpellings = new Set(['unknown', 'unk', 'not known', 'un']);

export type CountryValue =
  | { kind: 'country'; code: string }
  | { kind: 'not-applicable' }
  | { kind: 'unknown' }
  | { kind: 'empty' }
  | { kind: 'invalid'; text: string };

/**
 * Reads what a person or a file wrote: an alpha-2 or alpha-3 code, an English name or a common
 * spelling, or one of the sentinels. `NA` is read as Namibia; only `N/A` or "not applicable"
 * mean not-applicable. `UN` is ACE's unknown marker (from 2025), accepted as unknown.
 */
export function parseCountry(input: string): CountryValue {
  // The same few spellings come back on every line of every licence (a file, a re-check of the
  // register, each keystroke): read each once. Bounded, so odd input cannot grow it for ever.
  const known = readings.get(input);
  if (known) return known;
  const value = Object.freeze(readCountry(input));
  if (readings.size >= maxReadings) readings.clear();
  readings.set(input, value);
  return value;
}

const readings = new Map<string, CountryValue>();
const maxReadings = 2048;

function readCountry(input: string): CountryValue {
  const text = input.trim();
  if (text === '') return { kind: 'empty' };
  // Fast path for the stored form: most values are already alpha-2 codes.
  if (text.length === 2 && byCode.has(text)) return { kind: 'country', code: text };
  const lower = normalise(text);
  if (notApplicableSpellings.has(lower)) return { kind: 'not-applicable' };
  if (unknownSpellings.has(lower)) return { kind: 'unknown' };
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && byCode.has(upper)) return { kind: 'country', code: upper };
  if (/^[A-Z]{3}$/.test(upper)) {
    const code = countries.alpha3ToAlpha2(upper);
    if (code && byCode.has(code)) return { kind: 'country', code };
  }
  const named = byName.get(lower);
  if (named) return { kind: 'country', code: named };
  return { kind: 'invalid', text };
}

/** The stored form of a parsed value; anything unreadable is kept as typed so a rule can quote it. */
export function storedCountry(input: string): string {
  const value = parseCountry(input);
  switch (value.kind) {
    case 'country':
      return value.code;
    case 'not-applicable':
      return NOT_APPLICABLE;
    case 'unknown':
      return UNKNOWN;
    case 'empty':
      return '';
    case 'invalid':
      return value.text;
  }
}

/**
 * The country with this ISO 3166-1 alpha-2 code, in any case.
 * @public
 */
export const countryByCode = (code: string): Country | undefined => byCode.get(code.toUpperCase());

/** How the AIM forms want a country: the name spelled out, no abbreviations. */
export function countryName(value: string): string {
  if (value === NOT_APPLICABLE) return 'Not applicable';
  if (value === UNKNOWN) return 'Unknown';
  return byCode.get(value.toUpperCase())?.name ?? value;
}
