import { addDays, format, parseISO } from 'date-fns';

const daysInMonth = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** The digit at `i` (0-9), or -1. */
const digitAt = (value: string, i: number): number => {
  const d = value.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
};

/**
 * Calendar dates travel as `YYYY-MM-DD` strings: no time zone can shift them. Checked digit by
 * digit, without a regular expression or a Date: the rules check every date of every licence,
 * 10,000 at a time, and the form on each keystroke.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let i = 0; i < 4; i += 1) {
    const d = digitAt(value, i);
    if (d < 0) return false;
    year = year * 10 + d;
  }
  const m1 = digitAt(value, 5);
  const m2 = digitAt(value, 6);
  const d1 = digitAt(value, 8);
  const d2 = digitAt(value, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a valid ISO date, by arithmetic (proleptic Gregorian, as Date.UTC counts). */
function utcDay(iso: string): number {
  const digits = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i += 1) n = n * 10 + (iso.charCodeAt(i) - 48);
    return n;
  };
  const month = digits(5, 7);
  const year = digits(0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + digits(8, 10) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Whole calendar days from one ISO date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => utcDay(to) - utcDay(from);

/** The ISO date of a day count since 1970-01-01 (the inverse of utcDay). */
function isoOfDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1)}`;
}

/** The date `days` after `date` (before, when negative); by arithmetic for a YYYY-MM-DD date, the rules' hot path. */
export function plusDays(date: string, days: number): string {
  if (isIsoDate(date)) {
    const day = utcDay(date) + days;
    // Years 0001-9999 only: outside them the calendar library says what the date is.
    if (day >= -719162 && day <= 2932896) return isoOfDay(day);
  }
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** Today in the user's own time zone, which is what "today" means on a form. */
export const localIsoDate = (now: Date): string => format(now, 'yyyy-MM-dd');

/** 2026-03-05 → "5 Mar 2026": unambiguous on both sides of the Atlantic. The one date format on screen. */
export const displayDate = (iso: string): string => (isIsoDate(iso) ? format(parseISO(iso), 'd MMM yyyy') : iso);

/** A stored instant in the reader's own time zone, with the same date format: "5 Mar 2026, 3:04 PM". */
export const displayDateTime = (instant: string, options: { seconds?: boolean } = {}): string =>
  format(new Date(instant), options.seconds ? 'd MMM yyyy, h:mm:ss a' : 'd MMM yyyy, h:mm a');

/** The time of day of a stored instant, for something that happened today ("3:04 PM"). */
export const displayTime = (instant: string): string => format(new Date(instant), 'h:mm a');
