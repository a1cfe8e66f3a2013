import { describe, expect, it } from 'vitest';

import { bundledReference } from '#shared/reference/reference-data';

import { type EntryKind, needLicence } from './need-licence';

const ask = (entryKind: EntryKind, lines: [string, number | null][], importDate = '2026-03-20') =>
  needLicence({ entryKind, importDate, lines: lines.map(([hts, valueUsd]) => ({ hts, valueUsd })) }, bundledReference);

const sheet: [string, number] = ['7606.12.30.35', 64750];

describe('do I need an AIM licence?', () => {
  it('requires one for a consumption entry of covered aluminum, before the entry summary', () => {
    const answer = ask('consumption', [sheet]);
    expect(answer).toMatchObject({ verdict: 'required', htsRevision: 'HTS 2026 Revision 3', caveat: null });
    expect(answer.headline).toBe('An AIM licence is required before the entry summary is filed.');
    expect(answer.lines[0]).toMatchObject({ hts10: '7606123035', status: 'covered' });
    expect(answer.reasons.map((r) => [r.strength, r.source.slice(0, 20)])).toEqual([
      ['regulation', '19 CFR 361.103(c)(1)'],
      ['regulation', '19 CFR 361.101(b): t'],
    ]);
  });

  it('needs none for the exempt entries, and says the source is a trade publication', () => {
    for (const kind of ['tib', 't-and-e', 'warehouse', 'informal'] as const) {
      const answer = ask(kind, [sheet]);
      expect(answer.verdict).toBe('not-required');
      expect(answer.reasons.at(-1)).toMatchObject({
        strength: 'trade-publication',
        source: expect.stringMatching(/^STR trade report/),
      });
      expect(answer.caveat).toMatch(
        /trade publication, not on the regulation’s text: confirm it with your customs broker/,
      );
    }
    expect(ask('tib', [sheet]).headline).toBe(
      'No AIM licence needed: a temporary importation under bond (TIB) is exempt.',
    );
  });

  it('puts the licence of FTZ goods on the admission (e-214), not on the type 06 entry summary', () => {
    const admission = ask('ftz-admission', [sheet]);
    expect(admission.verdict).toBe('required');
    expect(admission.reasons.at(-1)).toMatchObject({
      strength: 'cbp-guidance',
      source: expect.stringContaining('CSMS #48923327'),
    });
    const withdrawal = ask('ftz-withdrawal', [sheet]);
    expect(withdrawal.verdict).toBe('not-required');
    expect(withdrawal.headline).toMatch(/belonged to the FTZ admission/);
  });

  it('requires one for a withdrawal from a bonded warehouse, labelled as the app’s reading', () => {
    const answer = ask('warehouse-withdrawal', [sheet]);
    expect(answer.verdict).toBe('required');
    expect(answer.reasons.at(-1)?.strength).toBe('app');
  });

  it('needs none for HTS outside the AIM scope, Section 232 derivatives included, and says what still applies', () => {
    const answer = ask('consumption', [
      ['7610.10.00.10', 12000],
      ['8302.41.60.80', 800],
    ]);
    expect(answer.verdict).toBe('not-required');
    expect(answer.lines.map((l) => l.status)).toEqual(['not-covered', 'not-covered']);
    expect(answer.lines[1]!.detail).toBe('Outside chapter 76 (aluminum and articles thereof).');
    expect(answer.reasons.map((r) => r.text).join(' ')).toMatch(/Section 232 .*ACE record 07.*not an AIM licence/);
    expect(answer.caveat).toBeNull();
  });

  it('answers for the whole entry when only some lines are covered', () => {
    const answer = ask('consumption', [sheet, ['7610.10.00.10', 12000]]);
    expect(answer.verdict).toBe('required');
    expect(answer.reasons[0]!.text).toBe(
      '7606.12.30.35 is a basic aluminum product covered by AIM (HTS 2026 Revision 3).',
    );
  });

  it('mentions the low-value licence when the covered lines carry under US$5,000', () => {
    const answer = ask('consumption', [['7606.12.30.35', 3000]]);
    expect(answer.reasons.at(-1)).toMatchObject({
      strength: 'trade-publication',
      text: expect.stringContaining('US$3,000'),
    });
    expect(ask('consumption', [['7606.12.30.35', 5000]]).reasons.some((r) => /low-value/.test(r.text))).toBe(false);
  });

  it('asks for a real HTS number instead of guessing', () => {
    expect(ask('consumption', [['7606.12', 1000]])).toMatchObject({
      verdict: 'incomplete',
      lines: [{ status: 'invalid' }],
    });
    expect(ask('consumption', [['7606.12.30.99', 1000]])).toMatchObject({
      verdict: 'incomplete',
      lines: [{ status: 'not-in-hts' }],
    });
  });

  it('uses the HTS revision in force on the import date, and knows licences started on 2021-06-28', () => {
    expect(ask('consumption', [['7601.10.60.30', 1e6]], '2025-08-01')).toMatchObject({
      verdict: 'required',
      htsRevision: 'HTS 2025 Revision 13',
    });
    expect(ask('consumption', [sheet], '2021-03-01')).toMatchObject({ verdict: 'not-required' });
  });
});
