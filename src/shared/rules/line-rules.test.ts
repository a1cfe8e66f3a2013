import { describe, expect, it } from 'vitest';

import type { LicenceLine } from '#shared/licences/licence-schema';

import { validDraft, validLine } from '../../../tests/support/licence-fixtures';
import { ruleContext } from '../../../tests/support/rule-context';
import { validateLicence } from './validate-licence';

const lineCodes = (line: Partial<LicenceLine>, ctx = ruleContext(), draft = {}) =>
  validateLicence(validDraft({ lines: [validLine(line)], ...draft }), ctx).issues.map((i) => `${i.code}@${i.path}`);

describe('HTS_FORMAT', () => {
  it('accepts 10 digits with or without dots and spaces', () => {
    expect(lineCodes({ htsCode: '7606123035' })).toEqual([]);
    expect(lineCodes({ htsCode: '7606.12.30.35' })).toEqual([]);
    expect(lineCodes({ htsCode: '7606 12 3035' })).toEqual([]);
  });
  it('refuses anything that is not 10 digits once dots and spaces are removed', () => {
    expect(lineCodes({ htsCode: '7606.12.30' })).toEqual(['HTS_FORMAT@lines.0.htsCode']);
    expect(lineCodes({ htsCode: '7606-12-30-35' })).toEqual(['HTS_FORMAT@lines.0.htsCode']);
    expect(lineCodes({ htsCode: '76061230355' })).toEqual(['HTS_FORMAT@lines.0.htsCode']);
  });
});

describe('HTS_NOT_COVERED', () => {
  it('covers headings 7601 and 7604-7609 and the two 7616.99.51 castings/forgings lines only', () => {
    expect(lineCodes({ htsCode: '7616.99.51.60' })).toEqual([]);
    expect(lineCodes({ htsCode: '7616.99.51.70' })).toEqual([]);
    expect(lineCodes({ htsCode: '7616.99.51.90' })).toEqual(['HTS_NOT_COVERED@lines.0.htsCode']); // other articles
    expect(lineCodes({ htsCode: '7602.00.00.35' })).toEqual(['HTS_NOT_COVERED@lines.0.htsCode']); // scrap
  });
  it('uses the HTS revision in force on the expected import date', () => {
    // 7601.10.60.30 split into .40 and .45 in the 2026 edition.
    const in2025 = { expectedExportDate: '2025-06-01', expectedImportDate: '2025-06-10' };
    const asOf2025 = ruleContext({ asOf: '2025-05-20' });
    expect(lineCodes({ htsCode: '7601.10.60.30' }, asOf2025, in2025)).toEqual([]);
    expect(lineCodes({ htsCode: '7601.10.60.40' }, asOf2025, in2025)).toEqual(['HTS_NOT_COVERED@lines.0.htsCode']);
    expect(lineCodes({ htsCode: '7601.10.60.40' })).toEqual([]);
    const [issue] = validateLicence(
      validDraft({ lines: [validLine({ htsCode: '7601106030' })] }),
      ruleContext(),
    ).issues;
    expect(issue?.message).toContain('HTS 2025 Revision 13');
  });
  it('is 66 codes in HTS 2025 Revision 13 and 67 in 2026 Revision 3', () => {
    expect(ruleContext().reference.htsOn('2025-06-01').covered.size).toBe(66);
    expect(ruleContext().reference.htsOn('2026-06-01').covered.size).toBe(67);
  });
});

describe('QUANTITY_INVALID and VALUE_INVALID', () => {
  it('refuses zero and negative amounts, and reports a missing one as required', () => {
    expect(lineCodes({ quantityKg: 0 })).toEqual(['QUANTITY_INVALID@lines.0.quantityKg']);
    expect(lineCodes({ quantityKg: -5 })).toEqual(['QUANTITY_INVALID@lines.0.quantityKg']);
    expect(lineCodes({ valueUsd: 0 })).toEqual(['VALUE_INVALID@lines.0.valueUsd']);
    expect(lineCodes({ quantityKg: null })).toEqual(['REQUIRED@lines.0.quantityKg']);
    expect(lineCodes({ valueUsd: null })).toEqual(['REQUIRED@lines.0.valueUsd']);
  });
});

describe('SMELT_UNKNOWN_NOT_ALLOWED (the 2022-06-28 boundary)', () => {
  it('allows "unknown" on a licence applied for on 2022-06-28', () => {
    const ctx = ruleContext({ asOf: '2022-06-28' });
    const draft = { expectedExportDate: '2022-07-01', expectedImportDate: '2022-07-15' };
    expect(
      lineCodes(
        { smeltCountryLargest: 'unknown', smeltCountrySecond: 'Unknown', htsCode: '7606123035' },
        ctx,
        draft,
      ).filter((c) => c.startsWith('SMELT')),
    ).toEqual([]);
  });
  it('refuses it on a licence applied for from 2022-06-29, in any spelling', () => {
    const ctx = ruleContext({ asOf: '2022-06-29' });
    const draft = { expectedExportDate: '2022-07-01', expectedImportDate: '2022-07-15' };
    for (const spelling of ['unknown', 'UNKNOWN', 'Unknown', 'UN']) {
      expect(lineCodes({ smeltCountryLargest: spelling, smeltCountrySecond: 'N/A' }, ctx, draft)).toContain(
        'SMELT_UNKNOWN_NOT_ALLOWED@lines.0.smeltCountryLargest',
      );
    }
    expect(lineCodes({ smeltCountrySecond: 'unknown' })).toEqual([
      'SMELT_UNKNOWN_NOT_ALLOWED@lines.0.smeltCountrySecond',
    ]);
  });
  it('judges a filed licence by the day it was applied for, not today', () => {
    const filedEarly = ruleContext({ asOf: '2026-03-02', facts: { status: 'issued', appliedOn: '2022-06-20' } });
    expect(lineCodes({ smeltCountryLargest: 'unknown' }, filedEarly)).not.toContain(
      'SMELT_UNKNOWN_NOT_ALLOWED@lines.0.smeltCountryLargest',
    );
  });
});

describe('N/A spellings and Namibia', () => {
  it('reads N/A and "not applicable" as not-applicable, and NA as Namibia', () => {
    expect(lineCodes({ smeltCountryLargest: 'not applicable', smeltCountrySecond: 'n/a' })).toEqual([]);
    // Largest N/A with second "NA" is Namibia given as a country: inconsistent.
    expect(lineCodes({ smeltCountryLargest: 'N/A', smeltCountrySecond: 'NA' })).toEqual([
      'SMELT_NA_INCONSISTENT@lines.0.smeltCountrySecond',
    ]);
  });
});

describe('SMELT_NA_INCONSISTENT and SMELT_SECOND_SAME_AS_LARGEST', () => {
  it('refuses a second-largest country when the largest is N/A', () => {
    expect(lineCodes({ smeltCountryLargest: 'N/A', smeltCountrySecond: 'NO' })).toEqual([
      'SMELT_NA_INCONSISTENT@lines.0.smeltCountrySecond',
    ]);
    expect(lineCodes({ smeltCountryLargest: 'N/A', smeltCountrySecond: 'N/A' })).toEqual([]);
  });
  it('refuses the same country twice, in any spelling, and allows N/A as second', () => {
    expect(lineCodes({ smeltCountryLargest: 'CA', smeltCountrySecond: 'Canada' })).toEqual([
      'SMELT_SECOND_SAME_AS_LARGEST@lines.0.smeltCountrySecond',
    ]);
    expect(lineCodes({ smeltCountryLargest: 'CA', smeltCountrySecond: 'N/A' })).toEqual([]);
    expect(lineCodes({ smeltCountryLargest: 'AE', smeltCountrySecond: 'IN' })).toEqual([]);
  });
});

describe('CAST_COUNTRY_REQUIRED and COUNTRY_UNKNOWN on lines', () => {
  it('refuses an empty, N/A or unknown cast country', () => {
    for (const cast of ['', 'N/A', 'not applicable', 'unknown']) {
      expect(lineCodes({ castCountry: cast })).toEqual(['CAST_COUNTRY_REQUIRED@lines.0.castCountry']);
    }
  });
  it('refuses a smelt or cast value that is no country', () => {
    expect(lineCodes({ castCountry: 'Mordor' })).toEqual(['COUNTRY_UNKNOWN@lines.0.castCountry']);
    expect(lineCodes({ smeltCountryLargest: 'XX' })).toEqual(['COUNTRY_UNKNOWN@lines.0.smeltCountryLargest']);
  });
});

describe('UNIT_VALUE_OUTLIER (warning)', () => {
  it('warns outside 1,000-50,000 US$/t and not at the edges', () => {
    expect(lineCodes({ quantityKg: 10000, valueUsd: 10000 })).toEqual([]); // exactly 1,000 $/t
    expect(lineCodes({ quantityKg: 10000, valueUsd: 500000 })).toEqual([]); // exactly 50,000 $/t
    expect(lineCodes({ quantityKg: 10000, valueUsd: 9990 })).toEqual(['UNIT_VALUE_OUTLIER@lines.0.valueUsd']);
    expect(lineCodes({ quantityKg: 10000, valueUsd: 500100 })).toEqual(['UNIT_VALUE_OUTLIER@lines.0.valueUsd']);
    expect(lineCodes({ quantityKg: 18.5, valueUsd: 64750 })).toEqual(['UNIT_VALUE_OUTLIER@lines.0.valueUsd']); // tonnes typed as kg
  });
  it('never blocks filing', () => {
    expect(validateLicence(validDraft({ lines: [validLine({ quantityKg: 18.5 })] }), ruleContext()).valid).toBe(true);
  });
});

describe('several lines', () => {
  it('reports each problem on its own line', () => {
    const draft = validDraft({ lines: [validLine(), validLine({ htsCode: '7606' }), validLine({ castCountry: '' })] });
    const codes = validateLicence(draft, ruleContext()).issues.map((i) => `${i.code}@${i.path}`);
    expect(codes).toEqual(['HTS_FORMAT@lines.1.htsCode', 'CAST_COUNTRY_REQUIRED@lines.2.castCountry']);
  });
});
