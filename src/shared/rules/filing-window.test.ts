import { describe, expect, it } from 'vitest';

import { validDraft } from '../../../tests/support/licence-fixtures';
import { ruleContext } from '../../../tests/support/rule-context';
import { firstFileableDate, tooEarlyUntil } from './filing-window';
import { fileabilityRules, filingRules, licenceRules } from './licence-rules';
import { defaultRuleSettings } from './rule';
import { validateLicence } from './validate-licence';

const settings = defaultRuleSettings;

describe('firstFileableDate', () => {
  it('is 60 days (the setting) before the expected import date, across month and year ends', () => {
    expect(firstFileableDate('2026-05-01', settings)).toBe('2026-03-02');
    expect(firstFileableDate('2026-03-01', settings)).toBe('2025-12-31');
    expect(firstFileableDate('2028-04-29', settings)).toBe('2028-02-29'); // leap year
    expect(firstFileableDate('2026-05-01', { ...settings, earliestApplicationDaysBeforeImport: 30 })).toBe(
      '2026-04-01',
    );
  });
});

describe('tooEarlyUntil', () => {
  it('is null from the first fileable day on, and that day before it', () => {
    // As of 2 March 2026: 60 days ahead is 1 May, 61 is 2 May, 90 is 31 May.
    expect(tooEarlyUntil('2026-05-01', '2026-03-02', settings)).toBeNull();
    expect(tooEarlyUntil('2026-05-02', '2026-03-02', settings)).toBe('2026-03-03');
    expect(tooEarlyUntil('2026-05-31', '2026-03-02', settings)).toBe('2026-04-01');
    expect(tooEarlyUntil('2026-03-20', '2026-03-02', settings)).toBeNull();
    expect(tooEarlyUntil('2026-02-01', '2026-03-02', settings)).toBeNull();
  });
  it('leaves a date that is not a date to the date rules', () => {
    expect(tooEarlyUntil('2026-02-30', '2026-03-02', settings)).toBeNull();
    expect(tooEarlyUntil('', '2026-03-02', settings)).toBeNull();
  });
});

describe('APPLICATION_TOO_EARLY', () => {
  const early = validDraft({ expectedExportDate: '2026-04-20', expectedImportDate: '2026-05-02' });
  const findings = (rules = licenceRules, ctx = ruleContext()) =>
    validateLicence(early, ctx, rules).issues.filter((i) => i.code === 'APPLICATION_TOO_EARLY');

  it('is a warning on a draft, which can still be saved', () => {
    const [issue] = findings();
    expect(issue).toMatchObject({ severity: 'warning', path: 'expectedImportDate' });
    expect(issue!.message).toContain('can be filed from 3 Mar 2026 (2026-03-03)');
    expect(validateLicence(early, ruleContext()).valid).toBe(true);
  });

  it('says what to do next where the licence is: prepare a draft, queue a ready one, wait for a held one', () => {
    const messageAs = (status: 'draft' | 'ready' | 'queued') =>
      findings(licenceRules, ruleContext({ facts: { status } }))[0]!.message;
    expect(messageAs('draft')).toMatch(
      /can be filed from 3 Mar 2026 \(2026-03-03\)\. You can save and prepare it now\.$/,
    );
    expect(messageAs('ready')).toMatch(/Queue it to file on that day: it waits in the outbox until then\.$/);
    const held = messageAs('queued');
    expect(held).toMatch(
      /can be filed from 3 Mar 2026 \(2026-03-03\)\. It is queued and held in the outbox until then/,
    );
    expect(held).toContain('withdraw it from the queue under Filing gateway first');
    expect(held).not.toContain('save and prepare');
  });

  it('is an error with the first fileable date when fileability is judged', () => {
    for (const rules of [fileabilityRules, filingRules]) {
      const [issue] = findings(rules);
      expect(issue).toMatchObject({ severity: 'error', path: 'expectedImportDate' });
      expect(issue!.message).toMatch(
        /^Too early to file: .* 61 days away.* It can be filed from 3 Mar 2026 \(2026-03-03\)\.$/,
      );
      expect(issue!.source).toMatch(/360\.103\(d\)/);
    }
    expect(validateLicence(early, ruleContext(), fileabilityRules).valid).toBe(false);
    expect(findings(fileabilityRules, ruleContext({ asOf: '2026-03-03' }))).toEqual([]);
  });

  it('follows the setting', () => {
    const strict = ruleContext({ settings: { ...settings, earliestApplicationDaysBeforeImport: 10 } });
    expect(validateLicence(validDraft(), strict, fileabilityRules).issues.map((i) => i.code)).toEqual([
      'APPLICATION_TOO_EARLY',
    ]);
  });

  it('says nothing about a licence already filed', () => {
    const issued = ruleContext({ facts: { status: 'issued', validFrom: '2026-03-01', validThrough: '2026-05-15' } });
    expect(findings(fileabilityRules, issued)).toEqual([]);
    expect(findings(fileabilityRules, ruleContext({ facts: { status: 'ready' } }))).toHaveLength(1);
  });
});
