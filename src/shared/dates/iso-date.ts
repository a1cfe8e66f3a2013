import { addDays, format, parseISO } from 'date-fns';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Calendar dates travel as `YYYY-MM-DD` strings: no time zone can shift them. Checked without
 * parsing into a Date first: the rules check every date of every licence, 10,000 at a time.
 */
export function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= (month === 2 ? daysInMonth(year, 2) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!)
  );
}

const utcDay = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Whole calendar days from one ISO date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => utcDay(to) - utcDay(from);

export const plusDays = (date: string, days: number): string => format(addDays(parseISO(date), days), 'yyyy-MM-dd');

/** Today in the user's own time zone, which is what "today" means on a form. */
export const localIsoDate = (now: Date): string => format(now, 'yyyy-MM-dd');

/** 2026-03-05 → "5 Mar 2026": unambiguous on both sides of the Atlantic. The one date format on screen. */
export const displayDate = (iso: string): string => (isIsoDate(iso) ? format(parseISO(iso), 'd MMM yyyy') : iso);

/** A stored instant in the reader's own time zone, with the same date format: "5 Mar 2026, 3:04 PM". */
export const displayDateTime = (instant: string, options: { seconds?: boolean } = {}): string =>
  format(new Date(instant), options.seconds ? 'd MMM yyyy, h:mm:ss a' : 'd MMM yyyy, h:mm a');

/** The time of day of a stored instant, for something that happened today ("3:04 PM"). */
export const displayTime = (instant: string): string => format(new Date(instant), 'h:mm a');
