import { z } from 'zod';

import type { LicenceLine } from '#shared/licences/licence-schema';
import { type CountryValue, parseCountry } from '#shared/reference/countries';

/*
 * The smelt and cast data a customs broker keys into the ACE entry summary, record 07
 * (Importer's Additional Declaration), computed from the stored licence line and nothing else:
 * the printed licence summary and the broker hand-off both call this one function, so they
 * cannot disagree (domain note §2 item 12 and §8, "ACE smelt/cast data").
 *
 * How the licence's values become record 07 values:
 * - A country is reported as its ISO 3166-1 alpha-2 code (the licence stores exactly that).
 * - "Unknown" is reported as `UN`, ACE's marker from 2025-06-28 (CBP, domain note §0).
 * - "N/A" (no primary aluminum, or all of it from one country) leaves the smelt code empty.
 * - The two Y/N indicators say which kinds of aluminum the article holds: primary (smelted from
 *   alumina) and secondary (recycled). The licence states primary metal through its largest
 *   smelt country; it states "secondary only" through N/A there (19 CFR 361.103(c)(1)(xiii)).
 *   It does not record recycled content mixed into primary metal, so that indicator is N unless
 *   the line is secondary only; the hand-off's pre-flight says so to the broker (see
 *   record07-rules.ts, ACE_SECONDARY_CONTENT_ASSUMED).
 */

export const yesNoSchema = z.enum(['Y', 'N']);
export type YesNo = z.infer<typeof yesNoSchema>;

export const aceRecord07Schema = z.object({
  primarySmeltCountry: z.string(),
  secondarySmeltCountry: z.string(),
  castCountry: z.string(),
  primaryAluminumIndicator: yesNoSchema,
  secondaryAluminumIndicator: yesNoSchema,
});
export type AceRecord07 = z.infer<typeof aceRecord07Schema>;

/**
 * The first day record 07 smelt/cast reporting applies: Proclamation 10522 (88 FR 13267), as CBP's
 * CSMS #55438432 implements it, for every aluminum article and derivative entered from then on.
 */
export const aceRecord07From = '2023-04-10';

/** ACE's marker for a smelt or cast country the importer does not know (from 2025-06-28). */
export const aceUnknownCountry = 'UN';
/** The first day ACE accepts `UN` (with 9903.85.67/68, for derivative articles only). */
export const aceUnknownFrom = '2025-06-28';

/** One country field as ACE wants it: ISO code, `UN`, or empty for not applicable or not given. */
export function aceCountryCode(value: CountryValue): string {
  switch (value.kind) {
    case 'country':
      return value.code;
    case 'unknown':
      return aceUnknownCountry;
    default:
      return '';
  }
}

type SmeltCastFields = Pick<LicenceLine, 'smeltCountryLargest' | 'smeltCountrySecond' | 'castCountry'>;

export function aceRecord07(line: SmeltCastFields): AceRecord07 {
  const largest = parseCountry(line.smeltCountryLargest);
  const second = parseCountry(line.smeltCountrySecond);
  const cast = parseCountry(line.castCountry);
  const holdsPrimary = largest.kind === 'country' || largest.kind === 'unknown';
  return {
    primarySmeltCountry: aceCountryCode(largest),
    secondarySmeltCountry: aceCountryCode(second),
    castCountry: aceCountryCode(cast),
    primaryAluminumIndicator: holdsPrimary ? 'Y' : 'N',
    secondaryAluminumIndicator: largest.kind === 'not-applicable' ? 'Y' : 'N',
  };
}
