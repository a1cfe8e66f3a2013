import { describe, expect, it } from 'vitest';

import type { Licence, LicenceDraft, LicenceLine } from '#shared/licences/licence-schema';
import type { LicenceUse } from '#shared/licences/licence-use';
import { bundledReference } from '#shared/reference/reference-data';

import { storedLicence as stored, validLine } from '../../../tests/support/licence-fixtures';
import { aceRecord07 } from './ace-record07';
import { buildHandoff } from './build-handoff';
import type { EntryContext } from './entry-rule';
import { preflightEntry } from './entry-rules';

const entryNumber = 'B76-0324527-8';
const ctx: EntryContext = { entryNumber, reference: bundledReference, lowValueThresholdUsd: 5000, uses: new Map() };
const withUses = (uses: Record<string, LicenceUse>): EntryContext => ({ ...ctx, uses: new Map(Object.entries(uses)) });
/** What a licence carried on the entry: per line, kilograms and value (default: the licence's own). */
const useOf = (licence: Licence, importDate: string, amounts?: [number, number][]): LicenceUse => ({
  id: `use-${licence.id}`,
  entryNumber: 'B7603245278',
  importDate,
  note: '',
  recordedAt: `${importDate}T12:00:00.000Z`,
  lines: licence.lines.map((line, i) => ({
    lineId: line.id,
    htsCode: line.htsCode,
    quantityKg: amounts?.[i]?.[0] ?? line.quantityKg ?? 0,
    valueUsd: amounts?.[i]?.[1] ?? line.valueUsd ?? 0,
  })),
});
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

  it('makes no claim that CBP rejects a low-value and a regular licence on one entry (no source shows it)', () => {
    const low = stored(
      { reference: 'LOW', licenceKind: 'low-value', lines: [validLine({ quantityKg: 500, valueUsd: 1900 })] },
      {},
      2,
    );
    const small = stored({ lines: [validLine({ quantityKg: 400, valueUsd: 1500 })] });
    const all = preflightEntry([small, low], ctx);
    expect(all.filter((i) => i.severity === 'error')).toEqual([]);
    expect(all.some((i) => /mix/i.test(i.code) || /rejects that mix/.test(i.message))).toBe(false);
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

describe('the date of importation decides validity', () => {
  const licence = stored({ expectedImportDate: '2026-06-01' });
  it('accepts a licence valid on the recorded date of importation, whatever the expected date said', () => {
    const issues = preflightEntry([licence], withUses({ [licence.id]: useOf(licence, '2026-05-15') }));
    expect(issues.map((i) => i.code)).not.toContain('ACE_OUTSIDE_VALIDITY');
    expect(issues.map((i) => i.code)).not.toContain('ACE_IMPORT_OUTSIDE_VALIDITY');
  });
  it('refuses one whose validity had ended (or not begun) on the recorded date of importation', () => {
    for (const date of ['2026-05-16', '2026-03-01']) {
      const issues = preflightEntry([licence], withUses({ [licence.id]: useOf(licence, date) }));
      expect(issues.find((i) => i.code === 'ACE_IMPORT_OUTSIDE_VALIDITY')).toMatchObject({
        severity: 'error',
        path: 'licences.0.importDate',
        message: expect.stringMatching(/valid 2 Mar 2026 to 15 May 2026.*imported on/),
      });
    }
  });
});

describe('quantity coverage per HTS line (19 CFR 361.101(a)(2))', () => {
  const a = stored({ reference: 'A' }, {}, 1);
  const b = stored({ reference: 'B', lines: [validLine({ quantityKg: 2000, valueUsd: 7000 })] }, {}, 2);
  it('passes when the licences cover what was entered, several licences on one HTS together', () => {
    const uses = withUses({
      [a.id]: useOf(a, '2026-03-20', [[18_500, 64_750]]),
      [b.id]: useOf(b, '2026-03-20', [[2_000, 7_000]]),
    });
    expect(preflightEntry([a, b], uses).map((i) => i.code)).not.toContain('ACE_QUANTITY_NOT_COVERED');
  });
  it('flags an HTS line whose entered quantity is more than its licences cover, with how much is missing', () => {
    const uses = withUses({ [a.id]: useOf(a, '2026-03-20', [[19_200, 67_200]]) });
    const issue = preflightEntry([a], uses).find((i) => i.code === 'ACE_QUANTITY_NOT_COVERED');
    expect(issue).toMatchObject({ severity: 'error', source: expect.stringContaining('361.101(a)(2)') });
    expect(issue!.message).toMatch(/HTS 7606\.12\.30\.35.*19,200 kg.*cover 18,500 kg.*other 700 kg/);
  });
  it('counts a second licence on the same HTS as cover', () => {
    const uses = withUses({
      [a.id]: useOf(a, '2026-03-20', [[19_200, 67_200]]),
      [b.id]: useOf(b, '2026-03-20', [[1_000, 3_500]]),
    });
    expect(preflightEntry([a, b], uses).map((i) => i.code)).not.toContain('ACE_QUANTITY_NOT_COVERED');
  });
});

describe('low-value licences on an entry', () => {
  const low = stored(
    { reference: 'LV-1', licenceKind: 'low-value', lines: [validLine({ quantityKg: 800, valueUsd: 2800 })] },
    {},
    3,
  );
  it('passes a shipment under the limit', () => {
    const issues = preflightEntry([low], withUses({ [low.id]: useOf(low, '2026-03-20', [[1_200, 4_999.99]]) }));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
  it('refuses a shipment at or over US$5,000 of aluminum, naming the licence, the value and the limit', () => {
    const issues = preflightEntry([low], withUses({ [low.id]: useOf(low, '2026-03-20', [[1_500, 5_000]]) }));
    expect(issues.find((i) => i.code === 'ACE_LOW_VALUE_OVER_LIMIT')).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/US\$5,000\.00 of aluminum.*low-value licence "LV-1".*less than US\$5,000\.00/),
    });
  });
  it("counts the whole shipment's aluminum, other licences on the entry included", () => {
    const other = stored({ lines: [validLine({ quantityKg: 700, valueUsd: 2_500 })] }, {}, 4);
    const issues = preflightEntry(
      [low, other],
      withUses({ [low.id]: useOf(low, '2026-03-20', [[800, 2_800]]), [other.id]: useOf(other, '2026-03-20') }),
    );
    expect(issues.map((i) => i.code)).toContain('ACE_LOW_VALUE_OVER_LIMIT');
  });
  it('covers the quantity it was used for: its limit is value, not its own lines', () => {
    const issues = preflightEntry([low], withUses({ [low.id]: useOf(low, '2026-03-20', [[1_300, 4_500]]) }));
    expect(issues.map((i) => i.code)).not.toContain('ACE_QUANTITY_NOT_COVERED');
  });
  it('puts the entered amounts and the kind in the hand-off', () => {
    const handoff = buildHandoff(
      [low],
      withUses({ [low.id]: useOf(low, '2026-03-20', [[1_300, 4_500]]) }),
      '2026-03-21T10:00:00.000Z',
    );
    expect(handoff.importDate).toBe('2026-03-20');
    expect(handoff.licences[0]).toMatchObject({
      licenceKind: 'low-value',
      importDate: '2026-03-20',
      totalValueUsd: 4500,
    });
    expect(handoff.lines[0]).toMatchObject({ quantityKg: 1300, valueUsd: 4500, licenceKind: 'low-value' });
    expect(handoff.ready).toBe(true);
  });
});

describe('ACE record 07 applies from 2023-04-10 (Proclamation 10522, CSMS #55438432)', () => {
  const bad = (date: string) =>
    withLine(
      { smeltCountryLargest: 'Atlantis', castCountry: '' },
      { expectedExportDate: date, expectedImportDate: date },
    );
  it('checks smelt and cast reporting on entries from that day', () => {
    const found = codes([bad('2023-04-10')]);
    expect(found).toContain('error:ACE_BOTH_INDICATORS_N');
    expect(found).toContain('error:ACE_CAST_COUNTRY_MISSING');
  });
  it('does not on earlier entries, and says why', () => {
    const licence = bad('2023-04-09');
    const found = preflightEntry([licence], ctx);
    expect(found.map((i) => i.code)).not.toContain('ACE_BOTH_INDICATORS_N');
    expect(found.map((i) => i.code)).not.toContain('ACE_CAST_COUNTRY_MISSING');
    expect(found.find((i) => i.code === 'ACE_RECORD07_NOT_REQUIRED')).toMatchObject({
      severity: 'info',
      source: expect.stringContaining('Proclamation 10522'),
      message: expect.stringContaining('10 Apr 2023'),
    });
    const handoff = buildHandoff([licence], ctx, '2023-04-12T10:00:00.000Z');
    expect(handoff).toMatchObject({ record07From: '2023-04-10', record07Required: false });
  });
  it('goes by the recorded date of importation when there is one', () => {
    const licence = bad('2023-04-12');
    const found = preflightEntry([licence], withUses({ [licence.id]: useOf(licence, '2023-04-08') }));
    expect(found.map((i) => i.code)).toContain('ACE_RECORD07_NOT_REQUIRED');
  });
});
