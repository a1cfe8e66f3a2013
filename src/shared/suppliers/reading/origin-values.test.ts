import { describe, expect, it } from 'vitest';

import { originValue } from './origin-values';

describe('the value of an origin field', () => {
  it('reads a country that carries a footnote mark, and highlights its own word', () => {
    expect(originValue('Canada¹', 'smelt')).toMatchObject({ value: 'CA', from: 0, to: 1 });
    expect(originValue('Iceland* (Grundartangi)', 'smelt')).toMatchObject({ value: 'IS', from: 0, to: 1 });
    expect(originValue('United States†', 'cast')).toMatchObject({ value: 'US', from: 0, to: 2 });
    expect(originValue('(NOR)²', 'cast', true)?.value).toBe('NO');
  });

  it('leaves a mark that stands alone, and a value without a country, as they are', () => {
    expect(originValue('Norway ¹', 'cast')).toMatchObject({ value: 'NO', from: 0, to: 1 });
    expect(originValue('see note *', 'cast')).toBeNull();
  });

  it('reads no country from a value that says it is not known', () => {
    expect(originValue('Not known — bought through a trader in Singapore', 'smelt')).toBeNull();
    expect(originValue('unknown (metal exchange stock, Netherlands)', 'cast')).toBeNull();
    expect(originValue('Canada (smelter name not disclosed)', 'smelt')?.value).toBe('CA');
  });
});
