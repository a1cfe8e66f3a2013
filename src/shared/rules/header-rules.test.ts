import { describe, expect, it } from 'vitest';

import { validDraft, validLine } from '../../../tests/support/licence-fixtures';
import { ruleContext } from '../../../tests/support/rule-context';
import { filingRules } from './licence-rules';
import { validateLicence } from './validate-licence';

const codesOf = (draft = validDraft(), ctx = ruleContext()) =>
  validateLicence(draft, ctx).issues.map((i) => `${i.code}@${i.path}`);

describe('a complete licence', () => {
  it('passes every rule', () => {
    const result = validateLicence(validDraft(), ruleContext());
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe('REQUIRED (header)', () => {
  it('names each empty header field', () => {
    const codes = codesOf(
      validDraft({ importerName: ' ', exporterName: '', portOfEntry: '', expectedExportDate: '', countryOfOrigin: '' }),
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        'REQUIRED@importerName',
        'REQUIRED@exporterName',
        'REQUIRED@portOfEntry',
        'REQUIRED@expectedExportDate',
        'REQUIRED@countryOfOrigin',
      ]),
    );
  });
  it('accepts "manufacturer unknown" instead of a name, as §361.103(c)(1)(vi) allows', () => {
    expect(codesOf(validDraft({ manufacturers: [''], manufacturerUnknown: true }))).toEqual([]);
    expect(codesOf(validDraft({ manufacturers: [''], manufacturerUnknown: false }))).toContain(
      'REQUIRED@manufacturers',
    );
  });
  it('requires the certification before filing, but not of a draft or a file', () => {
    expect(codesOf(validDraft({ certified: false }))).toEqual([]);
    const filing = validateLicence(validDraft({ certified: false }), ruleContext(), filingRules);
    expect(filing.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['REQUIRED@certified']);
  });
  it('explains the fix in words', () => {
    const [issue] = validateLicence(validDraft({ exporterName: '' }), ruleContext()).issues;
    expect(issue?.message).toBe('Exporter name is required.');
    expect(issue?.severity).toBe('error');
    expect(issue?.source).toMatch(/361\.103/);
  });
});

describe('ENTRY_TYPE_INVALID', () => {
  it('accepts consumption and FTZ only', () => {
    expect(codesOf(validDraft({ entryType: 'ftz' }))).toEqual([]);
    expect(codesOf(validDraft({ entryType: 'warehouse' }))).toEqual(['ENTRY_TYPE_INVALID@entryType']);
  });
});

describe('COUNTRY_UNKNOWN (header)', () => {
  it('accepts names, alpha-3 and common spellings the importer maps to codes, and rejects the rest', () => {
    expect(codesOf(validDraft({ countryOfOrigin: 'Atlantis' }))).toEqual(['COUNTRY_UNKNOWN@countryOfOrigin']);
    expect(codesOf(validDraft({ countryOfExport: 'N/A' }))).toEqual(['COUNTRY_UNKNOWN@countryOfExport']);
  });
  it('reads NA as Namibia, a real country', () => {
    expect(codesOf(validDraft({ countryOfOrigin: 'NA', countryOfExport: 'NA' }))).toEqual([]);
  });
});

describe('PORT_UNKNOWN, PORT_NOT_IN_LIST, PORT_NOT_A_PORT_OF_ENTRY, PORT_CBP_OFFICE_CODE', () => {
  it('refuses a code that is not four digits', () => {
    expect(codesOf(validDraft({ portOfEntry: '39011' }))).toEqual(['PORT_UNKNOWN@portOfEntry']);
    expect(codesOf(validDraft({ portOfEntry: 'CHI' }))).toEqual(['PORT_UNKNOWN@portOfEntry']);
  });
  it('refuses a district neither list has (first two digits)', () => {
    expect(codesOf(validDraft({ portOfEntry: '9901' }))).toEqual(['PORT_UNKNOWN@portOfEntry']);
    const [issue] = validateLicence(validDraft({ portOfEntry: '8888' }), ruleContext()).issues;
    expect(issue?.message).toMatch(/neither CBP's nor the Census port list has a district 88/);
  });
  it("accepts CBP's codes for JFK and Newark as well as the Census ones", () => {
    for (const portOfEntry of ['4701', '4601', '1012', '1003'])
      expect(codesOf(validDraft({ portOfEntry }))).toEqual([]);
  });
  it('only warns for a well-formed code in a known district that neither list has', () => {
    const result = validateLicence(validDraft({ portOfEntry: '1105' }), ruleContext());
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['PORT_NOT_IN_LIST', 'warning']]);
    expect(result.valid).toBe(true);
  });
  it('refuses the statistics codes, saying they are not ports of entry', () => {
    for (const portOfEntry of ['7000', '7010', '5901', '8000'])
      expect(codesOf(validDraft({ portOfEntry }))).toEqual(['PORT_NOT_A_PORT_OF_ENTRY@portOfEntry']);
    const [issue] = validateLicence(validDraft({ portOfEntry: '8000' }), ruleContext()).issues;
    expect(issue?.message).toBe(
      'Expected port of entry 8000 is the trade-statistics code "MAIL SHIPMENTS", not a port of entry: use the code of the port where the goods will be entered (e.g. 3901 for Chicago).',
    );
  });
  it("warns for CBP's office, preclearance and foreign codes without blocking", () => {
    for (const portOfEntry of ['7100', '7541', '3428']) {
      const result = validateLicence(validDraft({ portOfEntry }), ruleContext());
      expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['PORT_CBP_OFFICE_CODE', 'warning']]);
      expect(result.valid).toBe(true);
    }
  });
});

describe('DATE_INVALID and DATE_ORDER', () => {
  it('refuses dates that do not exist or are not ISO', () => {
    expect(codesOf(validDraft({ expectedImportDate: '2026-02-30' }))).toEqual(['DATE_INVALID@expectedImportDate']);
    expect(codesOf(validDraft({ expectedExportDate: '03/10/2026' }))).toEqual(['DATE_INVALID@expectedExportDate']);
  });
  it('refuses an export after the import, and accepts the same day', () => {
    expect(codesOf(validDraft({ expectedExportDate: '2026-03-21' }))).toEqual(['DATE_ORDER@expectedExportDate']);
    expect(codesOf(validDraft({ expectedExportDate: '2026-03-20' }))).toEqual([]);
  });
});

describe('IMPORT_DATE_PAST and APPLICATION_TOO_EARLY (draft-time warnings)', () => {
  it('warns when the import date is before the as-of date, not on it', () => {
    expect(codesOf(validDraft({ expectedExportDate: '2026-02-20', expectedImportDate: '2026-03-01' }))).toEqual([
      'IMPORT_DATE_PAST@expectedImportDate',
    ]);
    expect(codesOf(validDraft({ expectedExportDate: '2026-02-20', expectedImportDate: '2026-03-02' }))).toEqual([]);
  });
  it('warns past the configured number of days ahead (default 60), not at it', () => {
    expect(codesOf(validDraft({ expectedImportDate: '2026-05-01' }))).toEqual([]); // 60 days after 2 March
    expect(codesOf(validDraft({ expectedImportDate: '2026-05-02' }))).toEqual([
      'APPLICATION_TOO_EARLY@expectedImportDate',
    ]);
    const strict = ruleContext({ settings: { ...ruleContext().settings, earliestApplicationDaysBeforeImport: 10 } });
    expect(codesOf(validDraft(), strict)).toEqual(['APPLICATION_TOO_EARLY@expectedImportDate']);
  });
  it('lets a draft be saved (filing-window.test.ts: an error when fileability is judged)', () => {
    expect(validateLicence(validDraft({ expectedImportDate: '2026-08-01' }), ruleContext()).valid).toBe(true);
  });
});

describe('ENTRY_NUMBER_FORMAT', () => {
  it('accepts an empty entry number (optional) and the 3 + 7 + 1 form with or without dashes', () => {
    expect(codesOf(validDraft({ entryNumber: '' }))).toEqual([]);
    expect(codesOf(validDraft({ entryNumber: 'ABC-1234567-6' }))).toEqual([]);
    expect(codesOf(validDraft({ entryNumber: 'abc12345676' }))).toEqual([]);
  });
  it('refuses other shapes', () => {
    expect(codesOf(validDraft({ entryNumber: 'ABC-123456-8' }))).toEqual(['ENTRY_NUMBER_FORMAT@entryNumber']);
    expect(codesOf(validDraft({ entryNumber: '1234567890123' }))).toEqual(['ENTRY_NUMBER_FORMAT@entryNumber']);
  });
});

describe('ENTRY_NUMBER_CHECK_DIGIT', () => {
  it('refuses a wrong check digit as an error that gives the right one', () => {
    expect(codesOf(validDraft({ entryNumber: 'B76-0324527-8' }))).toEqual([]);
    const [issue] = validateLicence(validDraft({ entryNumber: 'B76-0324527-3' }), ruleContext()).issues;
    expect(issue).toMatchObject({ code: 'ENTRY_NUMBER_CHECK_DIGIT', severity: 'error', path: 'entryNumber' });
    expect(issue!.message).toContain("CBP's formula gives 8 (B76-0324527-8)");
    expect(issue!.source).toMatch(/CATAIR Appendix E/);
  });
});

describe('IMPORTER_NUMBER_FORMAT', () => {
  it('accepts an EIN, an SSN and a CBP-assigned number, refuses others', () => {
    expect(codesOf(validDraft({ importerNumber: '123456789' }))).toEqual([]);
    expect(codesOf(validDraft({ importerNumber: '123-45-6789' }))).toEqual([]);
    expect(codesOf(validDraft({ importerNumber: '251234-12345' }))).toEqual([]);
    expect(codesOf(validDraft({ importerNumber: '12-34' }))).toEqual(['IMPORTER_NUMBER_FORMAT@importerNumber']);
  });
  it('is never required: the licence names the importer, the number belongs to the registration', () => {
    expect(codesOf(validDraft({ importerNumber: '' }))).toEqual([]);
    expect(validateLicence(validDraft({ importerNumber: '' }), ruleContext(), filingRules).valid).toBe(true);
  });
});

describe('IMPORT_OUTSIDE_VALIDITY', () => {
  const issued = (validFrom: string, validThrough: string) =>
    ruleContext({ facts: { status: 'issued', validFrom, validThrough } });
  it('accepts an import date inside the validity, including both ends', () => {
    expect(codesOf(validDraft(), issued('2026-03-20', '2026-06-02'))).toEqual([]);
    expect(codesOf(validDraft(), issued('2026-01-05', '2026-03-20'))).toEqual([]);
  });
  it('refuses an import date outside it', () => {
    expect(codesOf(validDraft(), issued('2026-03-21', '2026-06-03'))).toEqual([
      'IMPORT_OUTSIDE_VALIDITY@expectedImportDate',
    ]);
    expect(codesOf(validDraft(), issued('2026-01-04', '2026-03-19'))).toEqual([
      'IMPORT_OUTSIDE_VALIDITY@expectedImportDate',
    ]);
  });
});

describe('LOW_VALUE_ELIGIBLE (information only) and LOW_VALUE_OVER_LIMIT (warning)', () => {
  const small = validDraft({ lines: [validLine({ quantityKg: 1200, valueUsd: 4999 })], entryNumber: 'ABC-1234567-6' });
  it('notes that a small regular licence may use the reusable kind, under US$5,000 and not at it', () => {
    expect(validateLicence(small, ruleContext()).issues.map((i) => [i.code, i.severity])).toEqual([
      ['LOW_VALUE_ELIGIBLE', 'info'],
    ]);
    expect(validateLicence(small, ruleContext()).valid).toBe(true);
    const atThreshold = validDraft({ lines: [validLine({ quantityKg: 1200, valueUsd: 5000 })] });
    expect(codesOf(atThreshold)).toEqual([]);
  });
  it('says nothing of eligibility on a licence that is already low-value', () => {
    expect(codesOf({ ...small, licenceKind: 'low-value' })).toEqual([]);
  });
  it('warns (never blocks) when a low-value licence describes a shipment at or over the limit', () => {
    const big = validDraft({ licenceKind: 'low-value', lines: [validLine({ quantityKg: 1500, valueUsd: 5000 })] });
    const result = validateLicence(big, ruleContext());
    expect(result.issues.map((i) => `${i.severity}:${i.code}@${i.path}`)).toEqual([
      'warning:LOW_VALUE_OVER_LIMIT@licenceKind',
    ]);
    expect(result.valid).toBe(true);
    expect(result.issues[0]!.message).toMatch(/less than US\$5,000.*total US\$5,000/);
  });
  it('no longer judges a regular and a low-value licence planned on one entry: no source says CBP rejects that', () => {
    expect(filingRules.map((rule) => rule.code)).not.toContain('LOW_VALUE_MIXED_ON_ENTRY');
  });
});
