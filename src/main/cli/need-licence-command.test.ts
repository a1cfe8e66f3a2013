import { describe, expect, it } from 'vitest';

import { runCli } from './aim-licence';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('aim-licence need-licence', () => {
  it('answers "required" for a consumption entry of covered aluminum, with each reason and its source', async () => {
    const { code, out } = await cli(
      'need-licence',
      '--entry-type',
      'consumption',
      '--hts',
      '7606.12.30.35',
      '--value-usd',
      '64,750',
      '--import-date',
      '2026-03-20',
      '--json',
    );
    expect(code).toBe(0);
    const answer = JSON.parse(out) as {
      verdict: string;
      lines: unknown[];
      reasons: { strength: string }[];
      caveat: unknown;
    };
    expect(answer).toMatchObject({
      verdict: 'required',
      importDate: '2026-03-20',
      lines: [{ hts10: '7606123035', valueUsd: 64750, status: 'covered' }],
      caveat: null,
    });
    expect(answer.reasons.every((r) => r.strength === 'regulation')).toBe(true);
  });

  it('answers "not required" for an exempt entry in words, and says the source is a trade publication', async () => {
    const { code, out } = await cli(
      'need-licence',
      '--entry-type',
      '23',
      '--hts',
      '7606123035',
      '--import-date',
      '2026-03-20',
    );
    expect(code).toBe(0);
    expect(out).toContain('No AIM licence needed: a temporary importation under bond (TIB) is exempt.');
    expect(out).toContain('Source (Trade publication (not the regulation)): STR trade report');
    expect(out).toMatch(/Note: Part of this answer rests on a trade publication/);
  });

  it('takes several lines, each --value-usd after its --hts', async () => {
    const { out } = await cli(
      'need-licence',
      '--entry-type',
      'e214',
      '--hts',
      '7610.10.00.10',
      '--value-usd',
      '1200',
      '--hts',
      '7601.20.60.00',
      '--value-usd',
      '900000',
      '--import-date',
      '2026-03-20',
      '--json',
    );
    const answer = JSON.parse(out) as { verdict: string; entryKind: string; lines: { status: string }[] };
    expect(answer).toMatchObject({ verdict: 'required', entryKind: 'ftz-admission' });
    expect(answer.lines.map((l) => l.status)).toEqual(['not-covered', 'covered']);
  });

  it('exits 1 when an HTS number is not known, and 2 with the option named when the question is malformed', async () => {
    expect((await cli('need-licence', '--entry-type', 'consumption', '--hts', '7606.12')).code).toBe(1);
    const bad = await cli('need-licence', '--entry-type', 'bonded', '--hts', '7606123035');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--entry-type "bonded" is not a kind of entry the check knows/);
    const date = await cli(
      'need-licence',
      '--entry-type',
      'consumption',
      '--hts',
      '7606123035',
      '--import-date',
      '2026-02-30',
    );
    expect(date.code).toBe(2);
    expect(date.err).toMatch(/--import-date: Import date must be a real date/);
    expect((await cli('need-licence', '--entry-type', 'consumption')).err).toMatch(/at least one --hts/);
  });
});
