import { describe, expect, it } from 'vitest';

import { findCountries, notApplicableIn } from './country-mentions';
import { findDates } from './date-mentions';

const codes = (text: string, options?: { codes?: boolean }) => findCountries(text, options).map((m) => m.code);

describe('countries in running text', () => {
  it('reads English names and their usual variants', () => {
    expect(codes('smelted in the Russian Federation and the Kingdom of Bahrain, cast in U.A.E.')).toEqual([
      'RU',
      'BH',
      'AE',
    ]);
    expect(codes('Türkiye, Turkey, the Netherlands, Oman. and the United States of America')).toEqual([
      'TR',
      'TR',
      'NL',
      'OM',
      'US',
    ]);
  });

  it('reads a name OCR spelled with a digit for a letter, but no number as a name', () => {
    expect(codes('wn RUSS1a')).toEqual(['RU']);
    expect(codes('smelted in N0rway and 1celand')).toEqual(['NO', 'IS']);
    expect(codes('Lot 1501, 10 t')).toEqual([]);
  });

  it('reads bare codes only where a cell holds a code, and never a word that spells one', () => {
    expect(codes('NO')).toEqual([]);
    expect(codes('NO', { codes: true })).toEqual(['NO']);
    expect(codes('CAN', { codes: true })).toEqual(['CA']);
    expect(codes('supplied to us by them', { codes: true })).toEqual([]);
    expect(codes('shipped to New Mexico and New Jersey')).toEqual([]);
  });

  it('knows the words that mean no smelt country applies', () => {
    expect(notApplicableIn('Not applicable')).not.toBeNull();
    expect(notApplicableIn('made from 100% recycled aluminium')).not.toBeNull();
    expect(notApplicableIn('it contains no primary aluminium')).not.toBeNull();
    expect(notApplicableIn('Norway')).toBeNull();
  });
});

describe('dates as certificates print them', () => {
  const iso = (text: string, monthFirst = false) => findDates(text, { monthFirst }).map((d) => d.iso);

  it('reads the usual forms', () => {
    expect(iso('14.03.2025')).toEqual(['2025-03-14']);
    expect(iso('2025/01/28 and 2025.03.18')).toEqual(['2025-01-28', '2025-03-18']);
    expect(iso('3 February 2025; June 17th, 2025; 17-Jun-2025')).toEqual(['2025-02-03', '2025-06-17', '2025-06-17']);
    expect(iso('05/20/2025')).toEqual(['2025-05-20']);
  });

  it('reads an ambiguous numeric date by the issuer’s habit, and says it is ambiguous', () => {
    expect(iso('03/04/2025')).toEqual(['2025-04-03']);
    expect(iso('03/04/2025', true)).toEqual(['2025-03-04']);
    expect(findDates('03/04/2025')[0]?.ambiguous).toBe(true);
  });

  it('repairs the digits OCR reads as letters, and refuses impossible dates', () => {
    expect(iso('2O25-O2-1O')).toEqual(['2025-02-10']);
    expect(iso('31.02.2025')).toEqual([]);
  });
});

describe('places named with their country', () => {
  it('takes a name followed by another country in brackets for a place in that country', () => {
    expect(findCountries('cast in Georgia (USA)').map((m) => m.code)).toEqual(['US']);
    expect(findCountries('Norway (NO)', { codes: true }).map((m) => m.code)).toEqual(['NO', 'NO']);
  });
});
