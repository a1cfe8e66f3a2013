import { isIsoDate, plusDays } from '#shared/dates/iso-date';

import type { RuleSettings } from './rule';

/*
 * The filing window. A licence can be applied for up to `earliestApplicationDaysBeforeImport`
 * days (60 by default) before the expected date of importation: 19 CFR 360.103(d), which Part 361
 * mirrors (domain note §8). Earlier, the portal does not take it. Pure date arithmetic on
 * YYYY-MM-DD strings, shared by the rules, the mark-ready and queue steps and the outbox.
 */

/** The first day a licence for this expected import date can be filed (YYYY-MM-DD). */
export function firstFileableDate(expectedImportDate: string, settings: RuleSettings): string {
  return plusDays(expectedImportDate, -settings.earliestApplicationDaysBeforeImport);
}

/**
 * The first fileable date when `asOf` is before it (filing on `asOf` is too early), otherwise null.
 * An import date that is not a real date gives null: other rules report it.
 */
export function tooEarlyUntil(expectedImportDate: string, asOf: string, settings: RuleSettings): string | null {
  if (!isIsoDate(expectedImportDate)) return null;
  const first = firstFileableDate(expectedImportDate, settings);
  return asOf < first ? first : null;
}
