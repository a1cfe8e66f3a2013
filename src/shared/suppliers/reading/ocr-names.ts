import { countrySpellings, normaliseCountryText } from '#shared/reference/countries';

import type { PageText } from './page-text';

/*
 * OCR misreads a letter or two of a country's name on a poor scan ("Balwain" for Bahrain,
 * "Tnrkey" for Turkey). A word OCR was unsure of, capitalised and long enough that one or two
 * wrong letters still leave it closer to one country's name than to any other, is read as that
 * name; the word keeps OCR's low confidence, so a proposal resting on it says it is unsure.
 * Words of a text layer (confidence 1) and words OCR was sure of are never changed.
 */

/** OCR's confidence below which a word may be a misreading. */
const unsure = 0.85;

/** One-word names only, of six letters or more: "Iran" is one letter from "Iron". */
const names = [...countrySpellings.entries()].filter(([name]) => /^[a-z]{6,}$/.test(name));

function distance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The country name `word` is a near miss of, if exactly one is near enough. */
export function nearCountryName(word: string): string | null {
  const letters = /^([\p{Lu}][\p{L}]{5,})([.,;:)]*)$/u.exec(word);
  if (!letters) return null;
  const text = normaliseCountryText(letters[1]!);
  if (countrySpellings.has(text)) return null;
  const most = text.length >= 7 ? 2 : 1;
  const near = new Set(names.filter(([name]) => distance(text, name, most) <= most).map(([, code]) => code));
  if (near.size !== 1) return null;
  const code = [...near][0]!;
  const name = names.find(([n, c]) => c === code && distance(text, n, most) <= most)![0];
  return `${name[0]!.toUpperCase()}${name.slice(1)}${letters[2]}`;
}

/** The page with near misses of country names in unsure OCR words read as the names. */
export function withCountryNamesRepaired(page: PageText): PageText {
  if (!page.words.some((w) => w.confidence < unsure && nearCountryName(w.text))) return page;
  return {
    ...page,
    words: page.words.map((w) => {
      const name = w.confidence < unsure ? nearCountryName(w.text) : null;
      return name ? { ...w, text: name } : w;
    }),
  };
}
