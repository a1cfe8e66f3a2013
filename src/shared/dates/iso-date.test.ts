import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';

import { daysBetween, isIsoDate, plusDays } from './iso-date';

/** What a calendar says: the date exists when a UTC Date built from its parts gives them back. */
function calendarHas(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return (
    date.getUTCFullYear() === Number(m[1]) &&
    date.getUTCMonth() === Number(m[2]) - 1 &&
    date.getUTCDate() === Number(m[3])
  );
}

describe('isIsoDate', () => {
  it('accepts every real day and refuses the days a calendar does not have, leap years included', () => {
    for (const year of [1900, 1999, 2000, 2024, 2025, 2026, 2100, 2400]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isIsoDate(value), value).toBe(calendarHas(value));
        }
      }
    }
  });

  it('refuses other shapes: missing padding, other separators, times, spaces, letters', () => {
    for (const value of [
      '',
      '2026-3-05',
      '2026/03/05',
      '2026-03-05T00:00',
      ' 2026-03-05',
      '2026-03-5 ',
      '20260305',
      'abcd-ef-gh',
      '2026-0a-05',
      '２０２６-03-05',
    ])
      expect(isIsoDate(value), value).toBe(false);
  });

  it('counts whole days across months and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-05', '2026-03-01')).toBe(-4);
  });
});

describe('daysBetween', () => {
  it('agrees with the calendar for every day over four centuries of leap-year rules', () => {
    const start = Date.UTC(1899, 0, 1);
    for (let day = 0; day < 366 * 5; day += 1) {
      for (const offset of [0, 36_524, 73_049, 146_097]) {
        const date = new Date(start + (day + offset) * 86_400_000).toISOString().slice(0, 10);
        expect(daysBetween('1970-01-01', date), date).toBe(Math.round((Date.parse(date) - 0) / 86_400_000));
      }
    }
  });
});

describe('plusDays', () => {
  it('agrees with the calendar library across month ends, leap days and centuries, both ways', () => {
    const reference = (date: string, days: number) => format(addDays(parseISO(date), days), 'yyyy-MM-dd');
    for (const date of [
      '2026-03-02',
      '2024-02-28',
      '2024-02-29',
      '1999-12-31',
      '2100-02-28',
      '2000-02-29',
      '0001-01-01',
    ]) {
      for (const days of [-800, -366, -60, -1, 0, 1, 28, 59, 60, 365, 1000, 40_000])
        expect(plusDays(date, days), `${date} ${days}`).toBe(reference(date, days));
    }
  });
});
