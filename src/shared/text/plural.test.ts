import { describe, expect, it } from 'vitest';

import { countOf, pluralWord } from './plural';

describe('counted words', () => {
  it('uses the singular for one and the plural for everything else, zero included', () => {
    expect(countOf(1, 'licence')).toBe('1 licence');
    expect(countOf(0, 'licence')).toBe('0 licences');
    expect(countOf(2, 'product')).toBe('2 products');
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
    expect(countOf(3, 'entry', 'entries')).toBe('3 entries');
  });

  it('groups thousands and can give the word alone', () => {
    expect(countOf(12040, 'row')).toBe('12,040 rows');
    expect(pluralWord(1, 'field is', 'fields are')).toBe('field is');
    expect(pluralWord(4, 'field is', 'fields are')).toBe('fields are');
  });
});
