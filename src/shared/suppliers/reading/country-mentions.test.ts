import { describe, expect, it } from 'vitest';

import { findCountries, notApplicableIn } from './country-mentions';
import { findDates } from './date-mentions';

const codes = (text: string, options?: { codes?: boolean; field?: boolean }) =>
  findCountries(text, options).map((m) => m.code);

describe('countries in running text', () => {
  it('reads names in the languages suppliers write in, with or without accents, upper case or not', () => {
    expect(codes('Norwegen, Noruega, Norvège, Norvegia, Noorwegen, Norveç, Norwegia')).toEqual(Array(7).fill('NO'));
    expect(codes('Vereinigte Arabische Emirate; Emiratos Árabes Unidos; NORVEC; Estados Unidos; États-Unis')).toEqual([
      'AE',
      'AE',
      'NO',
      'US',
      'US',
    ]);
    expect(codes('Hüttenland: Niemcy, Hindistan, Rusya, Brasil, Brezilya, Kanada')).toEqual([
      'DE',
      'IN',
      'RU',
      'BR',
      'BR',
      'CA',
    ]);
  });

  it('reads a foreign name that is an English word only as a field value, and no lower-case word as a name', () => {
    // German "Island" is Iceland, French "Suède" Sweden, Czech "Čad" Chad; CAD is also a currency.
    expect(codes('Island / Iceland', { field: true })).toEqual(['IS']);
    expect(codes('Island', { field: true })).toEqual(['IS']);
    expect(codes('the island of Sicily, suede gloves, price in CAD, terms FAS')).toEqual([]);
    expect(codes('Rhode Island Aluminum Co.')).toEqual([]);
    // Romanian "Columbia" is Colombia; in running text it opens a company's name.
    expect(codes('Columbia River Extrusions Inc., Portland')).toEqual([]);
    expect(codes('Columbia', { field: true })).toEqual(['CO']);
    expect(codes('das Material wurde in norwegen erschmolzen')).toEqual([]);
  });

  it('reads one country named twice side by side, in two languages or with its code, as one mention', () => {
    expect(findCountries('Noruega / Norway')).toMatchObject([{ code: 'NO', from: 0, to: 3, text: 'Noruega / Norway' }]);
    expect(findCountries('Brasil/ Brazil')).toMatchObject([{ code: 'BR', text: 'Brasil/ Brazil' }]);
    expect(findCountries('Deutschland (Germany)')).toMatchObject([{ code: 'DE', text: 'Deutschland (Germany)' }]);
    expect(findCountries('Norway (NO)', { codes: true })).toMatchObject([{ code: 'NO', text: 'Norway (NO)' }]);
    expect(codes('Brasil / Argentina')).toEqual(['BR', 'AR']);
    expect(codes('Türkiye, Turkey')).toEqual(['TR', 'TR']);
  });

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
    expect(findCountries('Norway (NO)', { codes: true }).map((m) => m.code)).toEqual(['NO']);
  });
});
