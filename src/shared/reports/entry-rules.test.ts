import { describe, expect, it } from 'vitest';
import { validDraft, validLine } from '../../../tests/support/licence-fixtures';
import type { Licence, LicenceDraft, LicenceLine } from '../licence/licence-schema';
import { bundledReference } from '../reference/reference-data';
import { aceRecord07 } from './ace-record07';
import { preflightEntry } from './entry-rules';

const ctx = { entryNumber: 'LKS10203041', reference: bundledReference, lowValueThresholdUsd: 5000 };

function stored(draft: Partial<LicenceDraft> = {}, extra: Partial<Licence> = {}, n = 1): Licence {
  const base = validDraft(draft);
  return {
    ...base,
    id: `licence-${n}`,
    status: 'issued',
    version: 3,
    licenceNumber: `AL${n}`,
    validFrom: '2026-03-02',
    validThrough: '2026-05-15',
    rejectionReasons: [],
    certifiedBy: null,
    certifiedAt: null,
    validation: null,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    lines: base.lines.map((line, i) => ({ ...line, id: `line-${n}-${i}` })),
    ...extra,
  };
}
const withLine = (line: Partial<LicenceLine>, draft: Partial<LicenceDraft> = {}, extra: Partial<Licence> = {}) =>
  stored({ ...draft, lines: [validLine(line)] }, extra);
const codes = (licences: Licence[]) => preflightEntry(licences, ctx).map((issue) => `${issue.severity}:${issue.code}`);

describe('ACE record 07 from a licence line', () => {
  it('reports countries as ISO codes, unknown as UN and N/A as empty, with the aluminum kinds it holds', () => {
    expect(aceRecord07(validLine({ smeltCountryLargest: 'CA', smeltCountrySecond: 'RU', castCountry: 'CA' }))).toEqual({
      primarySmeltCountry: 'CA',
      secondarySmeltCountry: 'RU',
      castCountry: 'CA',
      primaryAluminumIndicator: 'Y',
      secondaryAluminumIndicator: 'N',
    });
    expect(
      aceRecord07(validLine({ smeltCountryLargest: 'UNKNOWN', smeltCountrySecond: 'N/A', castCountry: 'NA' })),
    ).toMatchObject({
      primarySmeltCountry: 'UN',
      secondarySmeltCountry: '',
      // NA is Namibia, never "not applicable".
      castCountry: 'NA',
      primaryAluminumIndicator: 'Y',
    });
    expect(
      aceRecord07(validLine({ smeltCountryLargest: 'N/A', smeltCountrySecond: 'N/A', castCountry: 'US' })),
    ).toMatchObject({
      primarySmeltCountry: '',
      primaryAluminumIndicator: 'N',
      secondaryAluminumIndicator: 'Y',
    });
  });
});

describe('pre-flight checks of an entry', () => {
  it('passes issued licences with complete smelt and cast data (one note on recycled content)', () => {
    expect(codes([stored(), stored({ reference: 'B' }, {}, 2)])).toEqual(['info:ACE_SECONDARY_CONTENT_ASSUMED']);
  });

  it('rejects both aluminum indicators N (no usable largest smelt country)', () => {
    const issues = preflightEntry([withLine({ smeltCountryLargest: 'Atlantis' })], ctx);
    expect(issues.find((i) => i.code === 'ACE_BOTH_INDICATORS_N')).toMatchObject({
      severity: 'error',
      path: 'licences.0.lines.0.smeltCountryLargest',
    });
  });

  it('rejects UN on basic aluminum, and before 2025-06-28 on derivatives; warns of the duty after', () => {
    expect(codes([withLine({ smeltCountryLargest: 'UNKNOWN' })])).toContain('error:ACE_UN_NOT_ACCEPTED');
    // 7616.99.10 (other articles of aluminum) is a derivative, outside the AIM licence scope.
    const derivative = (date: string) =>
      withLine(
        { htsCode: '7616.99.10.00', smeltCountryLargest: 'UNKNOWN' },
        { expectedExportDate: date, expectedImportDate: date },
      );
    expect(codes([derivative('2025-05-01')])).toContain('error:ACE_UN_NOT_ACCEPTED');
    const after = codes([derivative('2025-07-01')]);
    expect(after).toContain('warning:ACE_UN_DUTY');
    expect(after).not.toContain('error:ACE_UN_NOT_ACCEPTED');
  });

  it('rejects a mix of low-value and regular licences on one entry', () => {
    const low = stored({ reference: 'LOW', lines: [validLine({ quantityKg: 500, valueUsd: 1900 })] }, {}, 2);
    const issues = preflightEntry([stored(), low], ctx);
    expect(issues.find((i) => i.code === 'ACE_LOW_VALUE_MIX')).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('"LOW"'),
    });
    expect(codes([low])).not.toContain('error:ACE_LOW_VALUE_MIX');
  });

  it('rejects a licence without a number, and one cancelled', () => {
    expect(codes([stored({}, { status: 'ready', licenceNumber: null })])).toContain('error:ACE_LICENCE_NOT_ISSUED');
    expect(preflightEntry([stored({}, { status: 'cancelled' })], ctx)[0]).toMatchObject({
      code: 'ACE_LICENCE_NOT_ISSUED',
      message: expect.stringContaining('cannot be reported'),
    });
  });

  it('warns about Russian metal without RU as a smelt country, U.S. products, FTZ licences and validity', () => {
    expect(codes([withLine({ castCountry: 'RU' }, { countryOfOrigin: 'RU', countryOfExport: 'RU' })])).toContain(
      'warning:ACE_RUSSIA_SMELT',
    );
    expect(codes([withLine({ smeltCountrySecond: 'RU', castCountry: 'RU' })])).not.toContain(
      'warning:ACE_RUSSIA_SMELT',
    );
    expect(codes([withLine({ castCountry: 'CA' }, { countryOfOrigin: 'United States' })])).toContain(
      'warning:ACE_US_PRODUCT',
    );
    expect(
      codes([withLine({ smeltCountryLargest: 'N/A', castCountry: 'US' }, { countryOfOrigin: 'US' })]),
    ).not.toContain('warning:ACE_US_PRODUCT');
    expect(codes([stored({ entryType: 'ftz' })])).toContain('warning:ACE_FTZ_LICENCE');
    expect(codes([stored({ expectedImportDate: '2026-06-01' })])).toContain('warning:ACE_OUTSIDE_VALIDITY');
  });
});
