import { addYears, format, parseISO } from 'date-fns';

import { displayDate, isIsoDate } from '#shared/dates/iso-date';

/*
 * How long the records of an entry are kept. 19 CFR 163.4(a): records are kept "for 5 years from
 * the date of entry"; Part 361 leaves licences to Customs' normal record-keeping (19 CFR
 * 361.101(b)), so a licence, the supplier documents behind it and its trail are such records
 * (domain note §8, "Record keeping"). One function computes the date for every screen, print and
 * export, so they cannot disagree.
 */

export const recordKeepingYears = 5;
export const recordKeepingRule = '19 CFR 163.4';

export interface RecordDates {
  /** Dates of entry: the recorded dates of importation of the customs entries a licence was used on. */
  readonly entryDates: readonly string[];
  /** The expected date of importation, counted from when no entry is recorded yet. */
  readonly importDate: string;
}

const plusYears = (iso: string, years: number) => format(addYears(parseISO(iso), years), 'yyyy-MM-dd');

/**
 * The last day a record must still be kept: five years from its latest date of entry, or from the
 * expected import date when no entry is recorded. Null when neither is a date (nothing to count
 * from). A 29 February start ends on 28 February (date-fns addYears).
 */
export function keepRecordsUntil(dates: RecordDates): string | null {
  const entries = dates.entryDates.filter(isIsoDate);
  const from =
    entries.length > 0
      ? entries.reduce((latest, date) => (date > latest ? date : latest))
      : isIsoDate(dates.importDate)
        ? dates.importDate
        : null;
  return from === null ? null : plusYears(from, recordKeepingYears);
}

/** Still inside its keeping period on `today`: removing it needs an explicit confirmation. */
export const mustStillKeep = (keepUntil: string | null, today: string): boolean =>
  keepUntil !== null && today <= keepUntil;

/** The sentence a confirmation shows and the core's refusal says: the rule, its source, the date. */
export function recordKeepingNotice(what: string, keepUntil: string): string {
  return `${what} is a customs record to keep until ${displayDate(keepUntil)}: records of an entry are kept for five years from the date of entry (${recordKeepingRule}).`;
}
