import { describe, expect, it } from 'vitest';
import { countryOptions } from '../reference/picker-options';
import { rankOptions } from './rank-options';

const labels = (typed: string) => rankOptions(countryOptions, typed, false).map((o) => o.label);

describe('ordering picker options for what was typed', () => {
  it('puts names that start with the text before names that merely contain it', () => {
    expect(labels('India')[0]).toBe('India (IN)');
    expect(labels('india')).toContain('British Indian Ocean Territory (IO)');
  });
  it('puts the exact code first', () => {
    expect(labels('NA')[0]).toBe('Namibia (NA)');
    expect(labels('de')[0]).toBe('Germany (DE)');
  });
  it('matches aliases and alpha-3 codes', () => {
    expect(labels('USA')[0]).toBe('United States of America (US)');
    expect(labels('deu')[0]).toBe('Germany (DE)');
  });
  it('shows everything when nothing is typed', () => {
    expect(rankOptions(countryOptions, '', false)).toHaveLength(countryOptions.length);
  });
});
