import { countryByCode, countrySpellings, normaliseCountryText, parseCountry } from '#shared/reference/countries';

import { foreignCountryName } from './foreign-country-names';

/*
 * Country names inside running text: English names and their usual variants ("Russian
 * Federation", "the Netherlands", "Kingdom of Bahrain", "U.A.E."), names in the other languages
 * suppliers write in ("Noruega", "Norwegen", "Brasil"; foreign-country-names.ts), and, where the
 * caller says a bare code can stand for a country (a table cell holding only "NO" or "CAN"), ISO
 * alpha-2 and alpha-3 codes in capitals. Short names that are also English words ("US", "us")
 * count only when written in capitals; a foreign name that is an English word ("Island", German
 * for Iceland) only in a field's value. A bilingual value ("Noruega / Norway") is one mention.
 */

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface CountryMention {
  readonly code: string;
  /** Token indexes, end exclusive. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

export const tokenize = (text: string): Token[] =>
  [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

const edgePunctuation = /^[([{"'“‘«]+|[)\]}"'”’»,;:!?]+$/g;
export const bare = (token: string): string => token.replace(edgePunctuation, '');

const officialPrefixes = [
  'the',
  'kingdom of',
  'the kingdom of',
  'republic of',
  'the republic of',
  'federal republic of',
  'sultanate of',
  'state of',
  'commonwealth of',
  'principality of',
  'grand duchy of',
  'united republic of',
];

// Words that make a country name part of something else: "New Mexico", "New Jersey".
const notCountryAfter = new Set(['new']);

function spelledCountry(phrase: string): string | null {
  const normal = normaliseCountryText(phrase);
  for (const candidate of [normal, normal.replace(/\.$/, ''), `${normal}.`]) {
    const code = countrySpellings.get(candidate);
    if (code) return code;
  }
  for (const prefix of officialPrefixes) {
    if (normal.startsWith(`${prefix} `)) {
      const rest = normal.slice(prefix.length + 1);
      const code = countrySpellings.get(rest) ?? countrySpellings.get(rest.replace(/\.$/, ''));
      if (code) return code;
    }
  }
  return null;
}

/** "NO", "CAN", "(NOR)": a bare ISO code in capitals. */
export function countryCode(token: string): string | null {
  const text = bare(token);
  if (!/^[A-Z]{2,3}$/.test(text)) return null;
  if (text.length === 2) return countryByCode(text) ? text : null;
  const parsed = parseCountry(text);
  return parsed.kind === 'country' ? parsed.code : null;
}

const maxWords = 6;

/** OCR reads i as 1, o as 0 and s as 5 inside a word ("RUSS1a", "N0rway"): letters again, for names only. */
const lettersForDigits = (phrase: string): string =>
  phrase.replace(
    /(?<=\p{L})[015](?=\p{L}|$)|(?<=^|\s)[015](?=\p{L}{2})/gu,
    (d) => ({ '0': 'o', '1': 'i', '5': 's' })[d]!,
  );

/** A country named in another language, capitalised as names are; `field`: where a value is expected. */
function foreignCountry(phrase: string, field: boolean): string | null {
  if (!/^\p{Lu}/u.test(phrase)) return null;
  // "… se colaron en España.": the full stop ends the sentence, not the name.
  const name = foreignCountryName(phrase.replace(/\.$/, ''));
  return name && (field || !name.fieldOnly) ? name.code : null;
}

/** Whether the word after a name continues it: no punctuation between, and a capitalised word follows. */
const opensName = (last: string, next: string | undefined): boolean =>
  next !== undefined && /\p{L}$/u.test(last) && /^\p{Lu}\p{Ll}/u.test(next);

/**
 * Country names (and, with `codes`, capitalised ISO codes) in `text`, left to right, longest
 * first. `field`: the text is a field's value (a cell beside a label), where a country is expected.
 */
export function findCountries(text: string, options: { codes?: boolean; field?: boolean } = {}): CountryMention[] {
  const tokens = tokenize(text);
  const found: CountryMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched: CountryMention | null = null;
    for (let n = Math.min(maxWords, tokens.length - i); n >= 1 && !matched; n -= 1) {
      const words = tokens.slice(i, i + n);
      const first = bare(words[0]!.text);
      const last = words[n - 1]!.text;
      if (first === '' || /^[,;:]/.test(words[0]!.text)) break;
      // A name ends at the end of a token: "Norway," is Norway, "Norway-based" is not a mention.
      const phrase = [...words.slice(0, -1).map((w) => w.text), last.replace(/[)\]},;:!?"'”’/|]+$/, '')]
        .join(' ')
        .replace(/^[([{"'“‘«/|]+/, '');
      let code = spelledCountry(phrase) ?? spelledCountry(lettersForDigits(phrase));
      // In running text a foreign name that opens a proper name ("Columbia River Extrusions") is that name's.
      if (!code && (options.field || !opensName(last, tokens[i + n]?.text)))
        code = foreignCountry(phrase, !!options.field);
      if (!code) continue;
      const compact = phrase.replace(/[.\s]/g, '');
      // "us", "uk", "uae" as words are not countries; "US", "U.K.", "UAE" are (Oman and Peru are either way).
      if (compact.length <= 3 && compact !== compact.toUpperCase()) continue;
      const before = i > 0 ? bare(tokens[i - 1]!.text).toLowerCase() : '';
      if (notCountryAfter.has(before)) continue;
      matched = { code, from: i, to: i + n, text: text.slice(words[0]!.start, words[n - 1]!.end) };
    }
    if (!matched && options.codes) {
      const code = countryCode(tokens[i]!.text);
      if (code) matched = { code, from: i, to: i + 1, text: tokens[i]!.text };
    }
    if (matched) {
      found.push(matched);
      i = matched.to;
    } else i += 1;
  }
  // "Georgia (USA)", "Lagos (Nigeria)": a name followed by another country in brackets is a place in that country.
  const places = found.filter((m, k) => {
    const next = found[k + 1];
    return !(next && next.from === m.to && /^\(/.test(next.text) && next.code !== m.code);
  });
  return joinTranslations(text, tokens, places);
}

/** "Noruega / Norway", "Deutschland (Germany)", "Norway (NO)": one country named twice side by side is one mention. */
function joinTranslations(
  text: string,
  tokens: readonly Token[],
  mentions: readonly CountryMention[],
): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of mentions) {
    const last = out.at(-1);
    const between = last ? tokens.slice(last.to, m.from).map((t) => t.text) : [];
    const translated =
      between.length === 1
        ? /^[/|–-]$/.test(between[0]!)
        : between.length === 0 && (/^\(/.test(m.text) || /[/|]$/.test(tokens[m.from - 1]?.text ?? ''));
    if (last && last.code === m.code && translated) {
      out[out.length - 1] = { ...last, to: m.to, text: text.slice(tokens[last.from]!.start, tokens[m.to - 1]!.end) };
    } else out.push(m);
  }
  return out;
}

/** Words saying a smelt country does not apply: recycled-only metal, "not applicable", "none". */
const notApplicablePattern =
  /\b(not applicable|n\/a|n\.\s?a\.|none|nil|no primary (aluminium|aluminum|metal)|contains? no primary|(100\s?%|entirely|only|solely|exclusively) (from )?(recycled|secondary|post-consumer|post-industrial|scrap)|recycled (aluminium |aluminum )?only|secondary (aluminium |aluminum )?only)\b/i;

export function notApplicableIn(text: string): { start: number; end: number } | null {
  const match = notApplicablePattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
