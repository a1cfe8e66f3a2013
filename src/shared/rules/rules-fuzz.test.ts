import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nastyString } from '../../../tests/support/hostile-values';
import { validDraft } from '../../../tests/support/licence-fixtures';
import { licenceDraftSchema, type LicenceDraft } from '../licence/licence-schema';
import { licenceStatuses } from '../licence/licence-status';
import { licenceRules } from './licence-rules';
import { ruleContext } from '../../../tests/support/rule-context';
import { validateLicence } from './validate-licence';

// The rule engine judges whatever the schema lets through: every field at its limits, with
// hostile text, odd dates and numbers. It must always answer with findings, never throw.
const seed = Number(process.env.AIM_FUZZ_SEED ?? 20260302);
const runs = Number(process.env.AIM_FUZZ_RUNS ?? 12) * 25;

const text = (max: number) =>
  fc.oneof(
    nastyString,
    fc.string({ maxLength: max }),
    fc.constantFrom(
      'CA',
      'RU',
      'N/A',
      'UNKNOWN',
      'NA',
      'UN',
      'ca',
      'Canada',
      '3901',
      '7606.12.30.35',
      '7601103000',
      '2022-06-28',
      '2026-03-20',
    ),
  );
const amount = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 1e-9, 1e15, Number.MAX_VALUE),
);
const line = fc.record({
  htsCode: text(20),
  quantityKg: amount,
  valueUsd: amount,
  smeltCountryLargest: text(64),
  smeltCountrySecond: text(64),
  castCountry: text(64),
});
const draft = fc
  .record({
    reference: text(60),
    licenceKind: fc.constantFrom('regular', 'low-value'),
    entryType: fc.oneof(text(20), fc.constantFrom('consumption', 'ftz')),
    importerName: text(200),
    importerNumber: text(20),
    exporterName: text(200),
    manufacturers: fc.array(text(200), { maxLength: 20 }),
    manufacturerUnknown: fc.boolean(),
    countryOfOrigin: text(64),
    countryOfExport: text(64),
    portOfEntry: text(20),
    expectedExportDate: text(20),
    expectedImportDate: text(20),
    entryNumber: text(20),
    certified: fc.boolean(),
    notes: text(2000),
    lines: fc.array(line, { minLength: 1, maxLength: 6 }),
  })
  .map((d) => licenceDraftSchema.safeParse(d))
  .filter((r) => r.success)
  .map((r) => r.data as LicenceDraft);

const asOf = fc.constantFrom('2021-06-27', '2022-06-28', '2022-06-29', '2026-03-02', '2099-12-31');
const facts = fc.record({
  // Every status but queued, which only the sync queue sets.
  status: fc.constantFrom(...licenceStatuses.filter((s) => s !== 'queued')) as fc.Arbitrary<'draft'>,
  validFrom: fc.oneof(fc.constant(null), text(20)),
  validThrough: fc.oneof(fc.constant(null), text(20)),
  appliedOn: fc.oneof(fc.constant(null), text(20)),
});

describe('the rule engine, with anything the schema lets through', () => {
  it('always answers with findings from its own rules, and never throws', () => {
    const codes = new Set(licenceRules.map((r) => r.code));
    fc.assert(
      fc.property(draft, asOf, facts, (d, date, f) => {
        const result = validateLicence(d, ruleContext({ asOf: date, facts: f }));
        expect(result.errors + result.warnings + result.infos).toBe(result.issues.length);
        expect(result.valid).toBe(result.errors === 0);
        for (const issue of result.issues) {
          expect(codes.has(issue.code)).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { seed, numRuns: runs },
    );
  });

  it('still passes the known-good licence after all that (no state leaks between calls)', () => {
    expect(validateLicence(validDraft(), ruleContext()).valid).toBe(true);
  });
});
