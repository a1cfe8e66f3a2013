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

  it('reads month names in the languages suppliers write in, with or without accents', () => {
    const iso = (text: string) => findDates(text).map((d) => d.iso);
    expect(iso("Date d'émission / Issue date 27 octobre 2026")).toEqual(['2026-10-27']);
    expect(iso('Bécancour, le 1er novembre 2026')).toEqual(['2026-11-01']);
    expect(iso('Fecha: 5 de noviembre de 2026')).toEqual(['2026-11-05']);
    expect(iso('Datum: 12. Oktober 2026')).toEqual(['2026-10-12']);
    expect(iso('Brescia, 3 novembre 2026')).toEqual(['2026-11-03']);
    expect(iso('Data de emissão: 2 de dezembro de 2026')).toEqual(['2026-12-02']);
    expect(iso('Tarih: 14 Kasım 2026')).toEqual(['2026-11-14']);
    expect(iso('TARIH 14 KASIM 2026')).toEqual(['2026-11-14']);
    expect(iso('Konin, 10 listopada 2026 r.')).toEqual(['2026-11-10']);
    expect(iso('Datum 3 maart 2026')).toEqual(['2026-03-03']);
    expect(iso('Päivämäärä 10. marraskuuta 2026')).toEqual(['2026-11-10']);
    expect(iso('Dátum: 2026. november 10.')).toEqual(['2026-11-10']);
    expect(iso('Tanggal 7 Agustus 2026')).toEqual(['2026-08-07']);
    expect(iso('Data: 21 septembrie 2026')).toEqual(['2026-09-21']);
    expect(iso('Data emissione 3 marzo 2026 (OCR: Marz, Fevrier)')).toEqual(['2026-03-03']);
    expect(iso('le 4 fevrier 2026')).toEqual(['2026-02-04']);
  });

  it('reads year-month-day dates marked in Chinese, Japanese, Korean and Vietnamese', () => {
    expect(findDates('日期：2026年11月10日').map((d) => d.iso)).toEqual(['2026-11-10']);
    expect(findDates('발행일 2026년 11월 10일').map((d) => d.iso)).toEqual(['2026-11-10']);
    expect(findDates('Ngày 10 tháng 11 năm 2026').map((d) => d.iso)).toEqual(['2026-11-10']);
  });

  it('reads English abbreviations with periods and two-digit years only where they cannot be a count', () => {
    expect(findDates('NOV. 5, 2026').map((d) => d.iso)).toEqual(['2026-11-05']);
    expect(findDates('Date 05-Nov-26').map((d) => d.iso)).toEqual(['2026-11-05']);
    expect(findDates('05-nov-26').map((d) => d.iso)).toEqual(['2026-11-05']);
    // "set" is Italian and Portuguese for September, "mai" French for May: a count is not a date.
    expect(findDates('Lot 12 set 25 pcs')).toEqual([]);
    expect(findDates('Coil 3 mai 26 t')).toEqual([]);
  });

  it('marks a month name that is another month in another language as ambiguous', () => {
    // Polish and Czech "listopad" is November, Croatian October.
    expect(findDates('10 listopad 2026')[0]).toMatchObject({ iso: '2026-11-10', ambiguous: true });
    expect(findDates('27 octobre 2026')[0]).toMatchObject({ ambiguous: false });
  });
});
