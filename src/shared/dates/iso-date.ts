import { addDays, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';

/** Calendar dates travel as `YYYY-MM-DD` strings: no time zone can shift them. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}

export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));

export const plusDays = (date: string, days: number): string => format(addDays(parseISO(date), days), 'yyyy-MM-dd');

/** Today in the user's own time zone, which is what "today" means on a form. */
export const localIsoDate = (now: Date): string => format(now, 'yyyy-MM-dd');

/** 2026-03-05 → "5 Mar 2026": unambiguous on both sides of the Atlantic. */
export const displayDate = (iso: string): string => (isIsoDate(iso) ? format(parseISO(iso), 'd MMM yyyy') : iso);
