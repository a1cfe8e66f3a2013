import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toCanonicalCsv } from '#core/imports/export-licences';

import { cbpListFiles } from '../../../tests/support/cbp-port-list/cbp-port-list';
import { scheduleDRows, scheduleDText } from '../../../tests/support/census-schedule-d';
import { fileRow } from '../../../tests/support/licence-files';
import { newLineUnder76042910, usitcFile, withRecordsAfter } from '../../../tests/support/usitc-exports';
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

/** A licence using 7604.29.10.50, the new line, importing on `date`. */
const licenceFile = (name: string, date: string) =>
  write(
    name,
    toCanonicalCsv([
      fileRow(`PO-${date}`, {
        hts_code: '7604.29.10.50',
        expected_export_date: date,
        expected_import_date: date,
      }),
    ]),
  );

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-cli-reference-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('aim-licence reference import, list and validate --data-dir', () => {
  it('imports a chapter-76 export with a new line, and validate judges with it from its effective date', async () => {
    const dataDir = path.join(dir, 'data');
    const export5 = write(
      'hts_2026_revision_5_csv.csv',
      withRecordsAfter(usitcFile('2026r3'), '7604.29.10.10', [newLineUnder76042910]),
    );
    const december = licenceFile('december.csv', '2026-12-01');
    const august = licenceFile('august.csv', '2026-08-15');
    const bundledBefore = await cli('validate', december, '--json', '--as-of', '2026-12-01');
    expect(bundledBefore.code).toBe(1);

    const dry = await cli(
      'reference',
      'import',
      export5,
      '--data-dir',
      dataDir,
      '--effective',
      '2026-09-01',
      '--dry-run',
    );
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Dry run: nothing was changed.');
    expect((await cli('reference', 'list', '--data-dir', dataDir, '--json')).out).not.toContain('2026r5');

    const imported = await cli('reference', 'import', export5, '--data-dir', dataDir, '--effective', '2026-09-01');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('HTS 2026 Revision 5: hts_2026_revision_5_csv.csv');
    expect(imported.out).toContain(
      '  + 7604.29.10.50  Aluminum bars, rods and profiles > Of aluminum alloys > Other > Other profiles > High-strength heat-treatable alloys of a kind described in statistical note 6 to this chapter [kg]',
    );
    expect(imported.out).toContain('Lines removed (0):');
    expect(imported.out).toContain('Coverage: 67 → 68 lines need an AIM licence (+7604.29.10.50)');
    expect(imported.out).toContain('Added HTS 2026 Revision 5.');

    const accepted = await cli('validate', december, '--json', '--as-of', '2026-12-01', '--data-dir', dataDir);
    expect(accepted.code).toBe(0);
    expect(JSON.parse(accepted.out)).toMatchObject({
      dataVersion: expect.stringContaining('hts-2026r5-20260901') as string,
      summary: { licences: 1, valid: 1, invalid: 0 },
    });
    const refused = await cli('validate', august, '--json', '--as-of', '2026-08-15', '--data-dir', dataDir);
    expect(refused.code).toBe(1);
    const issues = (JSON.parse(refused.out) as { licences: { issues: { code: string; message: string }[] }[] })
      .licences[0]!.issues;
    expect(issues.map((i) => i.code)).toEqual(['HTS_NOT_COVERED']);
    expect(issues[0]!.message).toContain('is not in HTS 2026 Revision 3, in force for this import date');
    expect(issues[0]!.message).toContain('it is listed in HTS 2026 Revision 5');
    // Without --data-dir: the bundled data, exactly as before the import.
    const bundledAfter = await cli('validate', december, '--json', '--as-of', '2026-12-01');
    expect(bundledAfter).toEqual(bundledBefore);

    const listed = await cli('reference', 'list', '--data-dir', dataDir);
    expect(listed.out).toMatch(/ hts-2026r3 +HTS 2026 Revision 3 +from 2026-01-01 until 2026-09-01 /);
    expect(listed.out).toContain(
      'hts-2026r5-20260901  HTS 2026 Revision 5  from 2026-09-01  125 lines, 68 covered  imported: hts_2026_revision_5_csv.csv sha256 ',
    );
  });

  it('refuses a damaged file or one that is not an HTS export with exit 2, and changes nothing', async () => {
    const dataDir = path.join(dir, 'data-damaged');
    const good = write(
      'hts_2026_revision_6_csv.csv',
      withRecordsAfter(usitcFile('2026r3'), '7604.29.10.10', [newLineUnder76042910]),
    );
    expect((await cli('reference', 'import', good, '--data-dir', dataDir, '--effective', '2026-10-01')).code).toBe(0);
    const before = (await cli('reference', 'list', '--data-dir', dataDir, '--json')).out;
    const auditHead = async () =>
      (JSON.parse((await cli('audit', 'verify', '--data-dir', dataDir, '--json')).out) as { head: unknown }).head;
    const auditBefore = await auditHead();

    const truncated = write('hts_2026_revision_7_csv.csv', fs.readFileSync(good).subarray(0, 12_000));
    const damaged = await cli('reference', 'import', truncated, '--data-dir', dataDir, '--effective', '2026-11-01');
    expect(damaged.code).toBe(2);
    expect(damaged.err).toMatch(
      /^aim-licence: hts_2026_revision_7_csv\.csv cannot be used: .*cut short.*\. Nothing was changed\.$/,
    );
    const licences = write('licences.csv', toCanonicalCsv([fileRow('PO-1')]));
    const notExport = await cli('reference', 'import', licences, '--data-dir', dataDir, '--label', '2026 Revision 8');
    expect(notExport.code).toBe(2);
    expect(notExport.err).toContain('it is not a USITC HTS export');
    expect((await cli('reference', 'import', path.join(dir, 'nope.csv'), '--data-dir', dataDir)).code).toBe(2);
    const again = await cli('reference', 'import', good, '--data-dir', dataDir, '--effective', '2026-12-01');
    expect(again.code).toBe(1);
    expect(again.err).toContain('is already in the app: it is HTS 2026 Revision 6 (imported)');

    expect((await cli('reference', 'list', '--data-dir', dataDir, '--json')).out).toBe(before);
    expect(await auditHead()).toEqual(auditBefore);
    // A file refused before the data folder is opened leaves a new folder untouched.
    const fresh = path.join(dir, 'never-created');
    expect((await cli('reference', 'import', truncated, '--data-dir', fresh)).code).toBe(2);
    expect(fs.existsSync(fresh)).toBe(false);
  });

  it('removes an imported revision (previewed), and never a bundled one', async () => {
    const dataDir = path.join(dir, 'data-remove');
    const file = write(
      'hts_2026_revision_9_csv.csv',
      withRecordsAfter(usitcFile('2026r3'), '7604.29.10.10', [newLineUnder76042910]),
    );
    await cli('reference', 'import', file, '--data-dir', dataDir, '--effective', '2026-09-01');
    const bundled = await cli('reference', 'remove', 'hts-2026r3', '--data-dir', dataDir);
    expect(bundled.code).toBe(1);
    expect(bundled.err).toBe('aim-licence: HTS 2026 Revision 3 comes with the app and cannot be removed.');
    const removed = await cli('reference', 'remove', 'hts-2026r9-20260901', '--data-dir', dataDir);
    expect(removed.code).toBe(0);
    expect(removed.out).toContain(
      'Removing HTS 2026 Revision 9 (in force from 2026-09-01): HTS 2026 Revision 3 applies again',
    );
    expect(removed.out).toContain('  - 7604.29.10.50');
    expect(removed.out).toContain('Removed HTS 2026 Revision 9.');
    expect((await cli('reference', 'list', '--data-dir', dataDir)).out).not.toContain('2026r9');
  });

  it('imports the Census Schedule D list (dist.txt) and names each port it adds', async () => {
    const dataDir = path.join(dir, 'data-ports');
    const rows = [...scheduleDRows(), { name: 'PAULSBORO, NJ', code: '1105', kind: 'Port' as const }];
    const file = write('dist.txt', scheduleDText(rows, 'MAY26'));
    const imported = await cli('reference', 'import', file, '--data-dir', dataDir);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Census Schedule D, May 2026: dist.txt');
    expect(imported.out).toContain('Ports added (1):\n  + 1105  PAULSBORO, NJ');
    expect(imported.out).toContain('Added Census Schedule D, May 2026.');
    const listed = await cli('reference', 'list', '--data-dir', dataDir);
    expect(listed.out).toMatch(
      /\* ports-census-202605-[0-9a-f]{8} {2}Census Schedule D, May 2026 {2}as of 2026-05-01 {2}432 ports/,
    );
  });

  it("imports CBP's port code list (the ACE Appendix E PDF) and names each code it adds or drops", async () => {
    const dataDir = path.join(dir, 'data-cbp');
    const cut = await cli('reference', 'import', cbpListFiles.cutShort, '--data-dir', dataDir);
    expect(cut.code).toBe(2);
    expect(cut.err).toContain('it lists 70 port codes, fewer than the 300 of CBP');
    expect(fs.existsSync(dataDir)).toBe(false);

    const imported = await cli('reference', 'import', cbpListFiles.may2026, '--data-dir', dataDir);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('CBP port codes, 4 May 2026: ace_appendix_e_schedule_d_may_4_2026.pdf');
    expect(imported.out).toContain('  CBP port code list (ACE Appendix E, PDF), 534 codes read');
    expect(imported.out).toContain('  Published 2026-05-04; compared with the bundled CBP codes');
    expect(imported.out).toContain('Ports added (1):\n  + 4603  Elizabeth Marine Terminal, Elizabeth, New Jersey');
    expect(imported.out).toContain('Ports removed (1):\n  - 4778  ECCF FedEx Corp JFK Airport, Jamaica, New York');
    expect(imported.out).toContain('Added CBP port codes, 4 May 2026.');
    const listed = (await cli('reference', 'list', '--data-dir', dataDir)).out;
    expect(listed).toContain(
      '  ports-cbp-appendix-e  CBP port codes beyond the Census list  as of 2026-02-03  107 codes',
    );
    expect(listed).toMatch(
      /\* ports-cbp-20260504-[0-9a-f]{8} {2}CBP port codes, 4 May 2026 {2}as of 2026-05-04 {2}534 codes/,
    );
  });

  it('says what it needs', async () => {
    expect((await cli('reference', 'import', 'x.csv')).code).toBe(2);
    expect((await cli('reference', 'frobnicate', '--data-dir', dir)).err).toContain(
      'Unknown reference action "frobnicate"',
    );
    expect((await cli('reference', 'import', 'x.csv', '--data-dir', dir, '--effective', '1 Sept')).err).toContain(
      '--effective must be a date as YYYY-MM-DD, not "1 Sept".',
    );
    expect((await cli('reference', '--help')).out).toContain('aim-licence reference import FILE --data-dir DIR');
    const missing = await cli('validate', licenceFile('m.csv', '2026-12-01'), '--data-dir', path.join(dir, 'empty'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('There is no AIM Licences data in');
  });

  it('runs as a process: a damaged export exits 2', () => {
    const truncated = write('hts_2026_revision_10_csv.csv', usitcFile('2026r3').subarray(0, 5000));
    const run = spawnSync(
      process.execPath,
      [bin, 'reference', 'import', truncated, '--data-dir', path.join(dir, 'p')],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Nothing was changed.');
  });
});
