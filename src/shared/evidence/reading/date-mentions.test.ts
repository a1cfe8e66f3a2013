import { describe, expect, it } from 'vitest';
import { findDates } from './date-mentions';

describe('dates as certificates print them', () => {
  it('reads ISO dates, also when OCR spaces the hyphens of a noisy scan', () => {
    expect(findDates('Certificate date: 2025-01-14').map((d) => d.iso)).toEqual(['2025-01-14']);
    expect(findDates('Certificate date: | 2025- 01- 14 | Production date').map((d) => d.iso)).toEqual(['2025-01-14']);
    expect(findDates('issued 2025 /03/ 18').map((d) => d.iso)).toEqual(['2025-03-18']);
  });

  it('does not join a year and two unrelated numbers into a date', () => {
    expect(findDates('Order 2025-01 / 14 pieces')).toEqual([]);
    expect(findDates('Coil 2025, 12 t, 14 bundles')).toEqual([]);
  });

  it('reads day-first dots and English month names', () => {
    expect(findDates('Datum: 15.07.2025').map((d) => d.iso)).toEqual(['2025-07-15']);
    expect(findDates('Launceston, 4 August 2025').map((d) => d.iso)).toEqual(['2025-08-04']);
    expect(findDates('July 8, 2025').map((d) => d.iso)).toEqual(['2025-07-08']);
  });
});
