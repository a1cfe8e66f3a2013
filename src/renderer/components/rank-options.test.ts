import { describe, expect, it } from 'vitest';

import { countryOptions, htsOptions } from '#renderer/reference/picker-options';
import { bundledReference } from '#shared/reference/reference-data';

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

describe('finding an HTS line by its description', () => {
  const hts = bundledReference.htsOn('2026-03-02');
  const codes = (typed: string) => rankOptions(htsOptions(hts), typed, false).map((o) => o.id);

  it('matches every level of the path, "Of aluminum alloys" included', () => {
    const option = htsOptions(hts).find((o) => o.id === '7604295090')!;
    expect(option.detail).toContain('Of aluminum alloys › Other › Bars and rods › Other › Other');
  });

  it('lists alloy bars before non-alloy bars for "alloy bars"', () => {
    const found = codes('alloy bars');
    expect(found[0]!.startsWith('76042')).toBe(true);
    expect(found.indexOf('7604103000')).toBeGreaterThan(found.indexOf('7604293090'));
  });
});
