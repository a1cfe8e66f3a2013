import { describe, expect, it } from 'vitest';

import { countryName, parseCountry, storedCountry } from './countries';

describe('reading a country as people and files write it', () => {
  it.each([
    ['CA', 'CA'],
    ['ca', 'CA'],
    ['CAN', 'CA'],
    ['Canada', 'CA'],
    ['  canada ', 'CA'],
    ['United States of America', 'US'],
    ['USA', 'US'],
    ['Russia', 'RU'],
    ['Russian Federation', 'RU'],
    ['South Korea', 'KR'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Viet Nam', 'VN'],
    ['Cote d’Ivoire', 'CI'],
    ['UAE', 'AE'],
    ['NA', 'NA'],
    ['Namibia', 'NA'],
  ])('%s is stored as %s', (input, code) => {
    expect(storedCountry(input)).toBe(code);
  });

  it('keeps N/A and unknown as sentinels, never as countries', () => {
    expect(parseCountry('N/A')).toEqual({ kind: 'not-applicable' });
    expect(parseCountry('not applicable')).toEqual({ kind: 'not-applicable' });
    expect(parseCountry('unknown')).toEqual({ kind: 'unknown' });
    expect(parseCountry('UN')).toEqual({ kind: 'unknown' });
    expect(storedCountry('n/a')).toBe('N/A');
    expect(storedCountry('Unknown')).toBe('UNKNOWN');
  });

  it('keeps what it cannot read, as typed, so a rule can quote it', () => {
    expect(parseCountry('Atlantis')).toEqual({ kind: 'invalid', text: 'Atlantis' });
    expect(storedCountry('  Atlantis ')).toBe('Atlantis');
    expect(storedCountry('')).toBe('');
  });

  it('spells names out for the AIM forms', () => {
    expect(countryName('CA')).toBe('Canada');
    expect(countryName('NA')).toBe('Namibia');
    expect(countryName('N/A')).toBe('Not applicable');
  });
});
