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

  it('reads abbreviated months, two-digit years, "of" and spaced slashes', () => {
    expect(findDates('Date 14-Jan-25').map((d) => d.iso)).toEqual(['2025-01-14']);
    expect(findDates('Date Jan. 14, 2025').map((d) => d.iso)).toEqual(['2025-01-14']);
    expect(findDates('the 14th of January 2025').map((d) => d.iso)).toEqual(['2025-01-14']);
    expect(findDates('Date: 20 / 05 / 2025').map((d) => d.iso)).toEqual(['2025-05-20']);
  });

  it('reads an ambiguous numeric date day first, or month first where the issuer writes so, and says it is ambiguous', () => {
    expect(findDates('03/04/2025')).toEqual([{ iso: '2025-04-03', start: 0, end: 10, ambiguous: true }]);
    expect(findDates('03/04/2025', { monthFirst: true })[0]?.iso).toBe('2025-03-04');
    expect(findDates('01/23/2025')[0]).toMatchObject({ iso: '2025-01-23', ambiguous: false });
  });

  it('reads the date of a sworn declaration', () => {
    expect(findDates('Declared at Dubai this 12th day of November, 2026.').map((d) => d.iso)).toEqual(['2026-11-12']);
    expect(findDates('Sworn this 3rd day of March 2025').map((d) => d.iso)).toEqual(['2025-03-03']);
  });

  it('reads a date whose separators OCR lost only beside a date label', () => {
    expect(findDates('24102026')).toEqual([]);
    expect(findDates('24102026', { labelled: true }).map((d) => d.iso)).toEqual(['2026-10-24']);
    expect(findDates('20261024', { labelled: true }).map((d) => d.iso)).toEqual(['2026-10-24']);
    expect(findDates('03042025', { labelled: true, monthFirst: true })[0]).toMatchObject({
      iso: '2025-03-04',
      ambiguous: true,
    });
    expect(findDates('99999999', { labelled: true })).toEqual([]);
  });
});
