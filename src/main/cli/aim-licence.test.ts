import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toCanonicalCsv } from '#core/imports/export-licences';

import { canonicalFile, fileRow } from '../../../tests/support/licence-files';
import { runCli } from './aim-licence';

let dir: string;
const bin = path.resolve(__dirname, '../../../bin/aim-licence.mjs');
const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('aim-licence validate', () => {
  it('prints the JSON report and exits 0 when every licence is valid', async () => {
    const file = write('good.csv', canonicalFile(6).csv);
    const { code, out } = await cli('validate', file, '--json', '--as-of', '2026-03-02');
    expect(code).toBe(0);
    const report = JSON.parse(out) as Record<string, unknown>;
    expect(report).toMatchObject({
      asOf: '2026-03-02',
      dataVersion: expect.stringContaining('hts-2026r3'),
      summary: { licences: 3, valid: 3, invalid: 0, warnings: 0 },
    });
    expect(report.licences).toEqual([
      { ref: 'PO-00001', valid: true, issues: [] },
      { ref: 'PO-00002', valid: true, issues: [] },
      { ref: 'PO-00003', valid: true, issues: [] },
    ]);
  });

  it('exits 1 when any licence is invalid and says which row and rule', async () => {
    const file = write(
      'bad.csv',
      toCanonicalCsv([
        fileRow('A'),
        fileRow('B', { smelt_country_largest: 'unknown' }),
        fileRow('B', { hts_code: '7606.12' }),
      ]),
    );
    const { code, out } = await cli('validate', file, '--json', '--as-of', '2026-03-02');
    expect(code).toBe(1);
    const report = JSON.parse(out) as {
      licences: {
        ref: string;
        valid: boolean;
        issues: { code: string; severity: string; path: string; row: number }[];
      }[];
      summary: unknown;
    };
    expect(report.summary).toEqual({ licences: 2, valid: 1, invalid: 1, warnings: 0 });
    expect(report.licences[1]!.issues.map((i) => [i.code, i.severity, i.path, i.row])).toEqual([
      ['SMELT_UNKNOWN_NOT_ALLOWED', 'error', 'lines.0.smeltCountryLargest', 3],
      ['HTS_FORMAT', 'error', 'lines.1.htsCode', 4],
    ]);
  });

  it('judges "unknown" smelt by the --as-of date (allowed through 2022-06-28)', async () => {
    const file = write(
      '2022.csv',
      toCanonicalCsv([
        fileRow('OLD', {
          smelt_country_largest: 'unknown',
          expected_export_date: '2022-06-20',
          expected_import_date: '2022-07-01',
          hts_code: '7606123035',
        }),
      ]),
    );
    expect((await cli('validate', file, '--as-of', '2022-06-28')).code).toBe(0);
    expect((await cli('validate', file, '--as-of', '2022-06-29')).code).toBe(1);
  });

  it('exits 2 when the file cannot be read', async () => {
    expect((await cli('validate', path.join(dir, 'missing.csv'))).code).toBe(2);
    const junk = write('junk.xlsx', 'PK\u0003\u0004 nope');
    const result = await cli('validate', junk, '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.out)).toMatchObject({ error: { code: 'UNREADABLE_FILE' } });
    expect((await cli('validate', write('notes.csv', 'just,some\ncolumns,here\n'))).code).toBe(2);
  });

  it('refuses a malformed --as-of', async () => {
    expect(await cli('validate', write('x.csv', canonicalFile(2).csv), '--as-of', '02/03/2026')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--as-of'),
    });
  });
});

describe('aim-licence import and export', () => {
  it('imports a file into a data folder and exports it again as CSV and JSON', async () => {
    const dataDir = path.join(dir, 'data');
    const file = write('in.csv', canonicalFile(10).csv);
    expect(await cli('import', file, '--data-dir', dataDir)).toMatchObject({
      code: 0,
      out: expect.stringContaining('Imported 5 licences'),
    });
    const csvOut = path.join(dir, 'out.csv');
    expect((await cli('export', '--data-dir', dataDir, '--format', 'csv', '--out', csvOut)).code).toBe(0);
    expect(fs.readFileSync(csvOut, 'utf8').trim().split('\r\n')).toHaveLength(11);
    const jsonOut = path.join(dir, 'out.json');
    expect((await cli('export', '--data-dir', dataDir, '--format', 'json', '--out', jsonOut)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(jsonOut, 'utf8'))).toMatchObject({ count: 5 });
  });

  it('needs a data folder and a known format', async () => {
    expect((await cli('import', write('a.csv', canonicalFile(2).csv))).code).toBe(2);
    expect((await cli('export', '--data-dir', dir, '--format', 'xml')).code).toBe(2);
  });
});

describe('record-keeping commands', () => {
  it('verifies the audit trail of a data folder and notices an altered entry', async () => {
    const dataDir = path.join(dir, 'audited');
    await cli('import', write('audit.csv', canonicalFile(4).csv), '--data-dir', dataDir);
    expect(await cli('audit', 'verify', '--data-dir', dataDir)).toMatchObject({ code: 0 });
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path.join(dataDir, 'aim-licences.sqlite3'));
    db.prepare("UPDATE audit_log SET after = replace(after, 'Lakeside', 'Elsewhere') WHERE seq = 1").run();
    db.close();
    expect(await cli('audit', 'verify', '--data-dir', dataDir)).toMatchObject({ code: 1 });
  });
});

describe('the installed command', () => {
  it('runs as a process with the documented exit codes', () => {
    const good = write('p-good.csv', canonicalFile(2).csv);
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    const ok = run('validate', good, '--json', '--as-of', '2026-03-02');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ summary: { licences: 1, valid: 1 } });
    expect(run('validate', path.join(dir, 'nope.csv')).status).toBe(2);
  });
});
