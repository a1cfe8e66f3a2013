import type { LicenceQuery } from '#shared/contract/licences';
import { htsDigits } from '#shared/reference/hts';

/**
 * Turns what a person types into an FTS5 query: every word must match the start of a word in
 * the licence (prefix search), so "alu 7606" finds "Aluminium Corp" with an HTS of 7606123030.
 * Words are quoted, so FTS5 operators typed by the user are only ever text.
 */
export function ftsTerms(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => (/^[\d.]+$/.test(word) ? htsDigits(word) : word))
    .map((word) =>
      word
        .replace(/"/g, '')
        .replace(/[^\p{L}\p{N}\-/&']/gu, ' ')
        .trim(),
    )
    .flatMap((word) => word.split(/\s+/))
    .filter((word) => word.length > 0)
    .map((t) => `"${t}"*`);
}

/**
 * The register query's parts that the search index answers, each a whole FTS5 query of its own
 * (words, country, HTS prefix); a licence matches when it matches every part. Kept apart so the
 * register can reuse each part's matches across searches ("importer 12", "importer 13", …).
 */
export function searchParts(query: Pick<LicenceQuery, 'text' | 'country' | 'htsPrefix'>): string[] {
  const parts = [...new Set(ftsTerms(query.text))];
  const country = query.country
    .trim()
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
  if (country) parts.push(`countries : "${country}"`);
  const hts = htsDigits(query.htsPrefix).replace(/\D/g, '');
  if (hts) parts.push(`hts : "${hts}"*`);
  return parts;
}

/**
 * The search document of a licence, read from its stored row: one definition for every write
 * (an import indexes its whole batch with one statement; an edit re-indexes one row).
 */
export const searchDocument = `rowid, reference, importer_name || ' ' || importer_number, exporter_name,
  coalesce((SELECT group_concat(value, ' ') FROM json_each(licences.manufacturers)), ''), hts_codes,
  coalesce(licence_number, ''), countries`;
