import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toCanonicalCsv } from '#core/imports/export-licences';

import { fileRow, type FileRowValues } from '../../../tests/support/licence-files';
import { runCli } from './aim-licence';

/*
 * `aim-licence validate FILE --json --as-of D` on the everyday licences issue 10 found judged
 * wrongly: each licence of the file is one case, judged as the filer would file it on D.
 */

interface Report {
  licences: { ref: string; valid: boolean; issues: { code: string; severity: string; message: string }[] }[];
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-cli-reg-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function judge(asOf: string, rows: FileRowValues[]): Promise<Map<string, Report['licences'][number]>> {
  const file = path.join(dir, `case-${rows[0]!.licence_ref}.csv`);
  fs.writeFileSync(file, toCanonicalCsv(rows));
  const out: string[] = [];
  await runCli(['validate', file, '--json', '--as-of', asOf], { out: (l) => out.push(l), err: () => undefined });
  const report = JSON.parse(out.join('\n')) as Report;
  return new Map(report.licences.map((l) => [l.ref, l]));
}

const codes = (licence: Report['licences'][number] | undefined) => licence?.issues.map((i) => i.code) ?? ['missing'];

describe('the filing window (as of 2 March 2026)', () => {
  it('refuses an expected import date 61 or 90 days ahead with APPLICATION_TOO_EARLY, not 60', async () => {
    const asOf = '2026-03-02';
    const result = await judge(asOf, [
      fileRow('DAY60', { expected_import_date: '2026-05-01' }),
      fileRow('DAY61', { expected_import_date: '2026-05-02' }),
      fileRow('DAY90', { expected_import_date: '2026-05-31' }),
    ]);
    expect(result.get('DAY60')).toMatchObject({ valid: true, issues: [] });
    for (const [ref, first] of [
      ['DAY61', '2026-03-03'],
      ['DAY90', '2026-04-01'],
    ] as const) {
      const licence = result.get(ref);
      expect(licence?.valid).toBe(false);
      expect(licence?.issues).toEqual([
        expect.objectContaining({
          code: 'APPLICATION_TOO_EARLY',
          severity: 'error',
          message: expect.stringContaining(first),
        }),
      ]);
    }
    expect(codes(result.get('DAY60'))).toEqual([]);
  });
});

describe('the importer number', () => {
  it('may be empty: it is not a field of the licence', async () => {
    const result = await judge('2026-03-02', [
      fileRow('NO-IOR', { importer_number: '' }),
      fileRow('BAD-IOR', { importer_number: '12-34' }),
    ]);
    expect(result.get('NO-IOR')).toMatchObject({ valid: true, issues: [] });
    expect(codes(result.get('BAD-IOR'))).toEqual(['IMPORTER_NUMBER_FORMAT']);
  });
});

describe('entry numbers', () => {
  it('accepts B76-0324527-8 and refuses B76-0324527-3 with ENTRY_NUMBER_CHECK_DIGIT, naming 8', async () => {
    const result = await judge('2026-03-02', [
      fileRow('GOOD', { entry_number: 'B76-0324527-8' }),
      fileRow('WRONG', { entry_number: 'B76-0324527-3' }),
    ]);
    expect(result.get('GOOD')).toMatchObject({ valid: true, issues: [] });
    expect(result.get('WRONG')).toMatchObject({
      valid: false,
      issues: [
        expect.objectContaining({
          code: 'ENTRY_NUMBER_CHECK_DIGIT',
          severity: 'error',
          message: expect.stringContaining('gives 8'),
        }),
      ],
    });
  });
});

describe('ports of entry', () => {
  it("judges CBP's 4701 (JFK) and 4601 (Newark) valid, 8888 PORT_UNKNOWN and 7000 not a port of entry", async () => {
    const result = await judge('2026-03-02', [
      fileRow('JFK', { port_of_entry: '4701' }),
      fileRow('NEWARK', { port_of_entry: '4601' }),
      fileRow('NOWHERE', { port_of_entry: '8888' }),
      fileRow('LOWVALUE', { port_of_entry: '7000' }),
    ]);
    expect(result.get('JFK')).toMatchObject({ valid: true, issues: [] });
    expect(result.get('NEWARK')).toMatchObject({ valid: true, issues: [] });
    expect(result.get('NOWHERE')).toMatchObject({
      valid: false,
      issues: [expect.objectContaining({ code: 'PORT_UNKNOWN', severity: 'error' })],
    });
    expect(codes(result.get('LOWVALUE'))).toEqual(['PORT_NOT_A_PORT_OF_ENTRY']);
  });
});
