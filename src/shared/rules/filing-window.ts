import { isIsoDate, plusDays } from '../dates/iso-date';
import type { RuleSettings } from './rule';

/**
 * The first day a licence can be applied for: `earliestApplicationDaysBeforeImport` days before
 * the expected date of importation (19 CFR 360.103(d), which Part 361 mirrors; domain note §8).
 * Null while the expected import date is not a real date.
 */
export function firstFileableDate(
  expectedImportDate: string,
  settings: Pick<RuleSettings, 'earliestApplicationDaysBeforeImport'>,
): string | null {
  if (!isIsoDate(expectedImportDate)) return null;
  return plusDays(expectedImportDate, -settings.earliestApplicationDaysBeforeImport);
}
