import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toCanonicalCsv } from '#core/imports/export-licences';

import { canonicalFile, fileRow } from '../support/licence-files';
import { samplePdf } from '../support/sample-files';
import { newLineUnder76042910, usitcFile, withRecordsAfter } from '../support/usitc-exports';

/*
 * Every command the README shows is either run here, in a fresh temporary folder, exactly as a
 * person would type it there, or listed with the reason it is not (it starts a server, installs,
 * packages, or is the test suite itself). A command added to the README without an entry here
 * fails the first test, so the README cannot promise a command nobody ran.
 */

const root = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Commands in ```sh blocks (comments dropped) and in inline code that starts like a command. */
export function documentedCommands(text: string): string[] {
  const found = new Set<string>();
  const squash = (command: string) => command.replace(/\s+/g, ' ').trim();
  for (const block of text.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.split('\n')) {
      const command = squash(line.replace(/\s+#.*$/, ''));
      if (command) found.add(command);
    }
  }
  for (const span of text.matchAll(/`((?:npm|npx|node|aim-licence) [^`]+)`/g)) found.add(squash(span[1]!));
  return [...found];
}

interface Run {
  /** Arguments after `npm --prefix <project>` or after the `aim-licence` command itself. */
  readonly argv: readonly string[];
  readonly via: 'npm' | 'aim-licence';
  readonly exit: number;
  readonly stdout?: RegExp;
  readonly stderr?: RegExp;
  /** Checks on the folder afterwards (a written file, a restored data folder). */
  readonly after?: (folder: string) => void;
}
/** A run, a reason not to run, or a mention of a command shown in full elsewhere in the README. */
type Entry = { runs: readonly Run[] } | { notRun: string } | { sameAs: string };

const dataDir = 'data';
const usitcExport = 'hts_2026_revision_5_csv.csv';
const cli = (...argv: string[]) => ['run', '-s', 'cli', '--', ...argv];

const entries: Record<string, Entry> = {
  'npm run setup && npm start': {
    notRun: 'installs node_modules again (`npm ci`) and opens the desktop app: it would replace the tree under test.',
  },
  'npm run setup': { notRun: 'runs `npm ci`, which replaces the node_modules this test runs from.' },
  'npm ci': { notRun: 'what `npm run setup` runs; replaces the node_modules this test runs from.' },
  'npm start': { notRun: 'opens the app (a window, or the browser version): a server.' },
  'npm test': { notRun: 'the whole test suite, which runs this test.' },
  'npm test -- lint': { notRun: 'a step of `npm test` (lint), which runs in the same suite as this test.' },
  'npm run test:unit': { notRun: 'the vitest suite this test belongs to.' },
  'npm run test:e2e': { notRun: 'the Playwright suite of `npm test`.' },
  'npm run web': { notRun: 'starts the browser version: a server.' },
  'npm run web -- --data-dir ./my-data --port 4800 --no-open': { notRun: 'starts the browser version: a server.' },
  'npm run make': { notRun: 'builds installers with the Electron binary, which build machines cannot download.' },
  'npm run package': { notRun: 'packages the app with the Electron binary, which build machines cannot download.' },
  'npm run portal-sim -- [--port 0] [--faults 0.2] [--kinds drop,error500,rate-limit,timeout-after-commit,duplicate,latency,expire-token] [--seed N]':
    { notRun: 'starts the portal simulator: a server (its behaviour is tested in src/main/core/sync).' },
  'npm run bench': { notRun: 'benchmarks take minutes; their figures are reported, not asserted in tests.' },
  'npm run bench -- --json': { notRun: 'benchmarks take minutes; their figures are reported, not asserted in tests.' },
  'npm run bench:reliability': {
    notRun: 'kills the app 50 times per operation; a smaller count runs in tests/reliability.',
  },
  'npm run bench:reliability -- --json': {
    notRun: 'kills the app 50 times per operation; a smaller count runs in tests/reliability.',
  },
  'node scripts/build-reference-data.mjs': {
    notRun:
      'rewrites src/shared/reference/data in place; src/main/core/reference/bundled-hts-sources.test.ts checks the JSON is exactly what it writes.',
  },
  'npm run cli -- validate licences.csv [--json] [--as-of 2026-03-02]': {
    runs: [
      {
        via: 'npm',
        argv: cli('validate', 'licences.csv', '--as-of', '2026-03-02'),
        exit: 0,
        stdout: /3 licences: 3 valid, 0 invalid/,
      },
      {
        via: 'npm',
        argv: cli('validate', 'licences.csv', '--json', '--as-of', '2026-03-02'),
        exit: 0,
        stdout: /"licences": 3,\s*"valid": 3,\s*"invalid": 0/,
      },
      { via: 'npm', argv: cli('validate', 'broken.csv', '--as-of', '2026-03-02'), exit: 1, stdout: /HTS/ },
      { via: 'npm', argv: cli('validate', 'missing.csv'), exit: 2, stderr: /missing\.csv/ },
    ],
  },
  'npm run cli -- import licences.csv --data-dir DIR [--skip-invalid]': {
    runs: [
      {
        via: 'npm',
        argv: cli('import', 'licences.csv', '--data-dir', dataDir),
        exit: 0,
        stdout: /Imported 3 licences as drafts/,
      },
      {
        via: 'npm',
        argv: cli('import', 'broken.csv', '--data-dir', dataDir, '--skip-invalid'),
        exit: 0,
        stdout: /Imported 1 licence as drafts/,
      },
    ],
  },
  'npm run cli -- export --data-dir DIR --format csv|register-csv|json [--out FILE]': {
    runs: [
      { via: 'npm', argv: cli('export', '--data-dir', dataDir, '--format', 'csv'), exit: 0, stdout: /^licence_ref,/ },
      {
        via: 'npm',
        argv: cli('export', '--data-dir', dataDir, '--format', 'register-csv'),
        exit: 0,
        stdout: /^licence_ref,status,licence_kind,licence_number,valid_from,valid_through,.*,keep_until,/,
      },
      {
        via: 'npm',
        argv: cli('export', '--data-dir', dataDir, '--format', 'json', '--out', 'licences.json'),
        exit: 0,
        after: (folder) => {
          const written = JSON.parse(fs.readFileSync(path.join(folder, 'licences.json'), 'utf8')) as { count: number };
          expect(written.count).toBe(4);
        },
      },
    ],
  },
  'npm run cli -- evidence read certificate.pdf [--json]': {
    runs: [
      {
        via: 'npm',
        argv: cli('evidence', 'read', 'certificate.pdf'),
        exit: 0,
        stdout: /Country of largest smelt\s+NO \(Norway\).*« Country of smelt \(largest\): Norway »/,
      },
      {
        via: 'npm',
        argv: cli('evidence', 'read', 'certificate.pdf', '--json'),
        exit: 0,
        stdout:
          /^\{"file":"certificate\.pdf","method":"text","pages":1,"proposals":\{"smeltLargest":\{"value":"NO","confidence":[0-9.]+,"page":1,"text":"Country of smelt \(largest\): Norway"\},"cast":\{"value":"NO"/,
      },
      { via: 'npm', argv: cli('evidence', 'read', 'missing.pdf'), exit: 2, stderr: /missing\.pdf/ },
    ],
  },
  'npx tsx scripts/generate-cbp-port-list.ts': {
    notRun:
      'prints the CBP-style port list PDFs with Chromium and overwrites the committed copies that the reference tests read.',
  },
  'npx tsx scripts/generate-certificates.ts': {
    notRun:
      'prints two dozen certificates with Chromium (minutes); the bench and tests/support/certificates use the same generator.',
  },
  'npm run cli -- reference import hts_2026_revision_5_csv.csv --data-dir DIR [--label L] [--effective 2026-09-01] [--dry-run]':
    {
      runs: [
        {
          via: 'npm',
          argv: cli(
            'reference',
            'import',
            usitcExport,
            '--data-dir',
            dataDir,
            '--effective',
            '2026-09-01',
            '--dry-run',
          ),
          exit: 0,
          stdout: /\+ 7604\.29\.10\.50 [\s\S]*Dry run: nothing was changed\./,
        },
        {
          via: 'npm',
          argv: cli('reference', 'import', usitcExport, '--data-dir', dataDir, '--effective', '2026-09-01'),
          exit: 0,
          stdout: /Added HTS 2026 Revision 5\./,
        },
        {
          via: 'npm',
          argv: cli('reference', 'import', 'licences.csv', '--data-dir', dataDir, '--label', '2026 Revision 6'),
          exit: 2,
          stderr: /not a USITC HTS export/,
        },
      ],
    },
  'npm run cli -- validate licences.csv --data-dir DIR': {
    runs: [
      {
        via: 'npm',
        argv: cli('validate', 'licences.csv', '--data-dir', dataDir, '--as-of', '2026-03-02'),
        exit: 0,
        stdout: /3 licences: 3 valid, 0 invalid.*hts-2026r5-20260901/,
      },
    ],
  },
  'npm run cli -- reference list --data-dir DIR [--json]': {
    runs: [
      { via: 'npm', argv: cli('reference', 'list', '--data-dir', dataDir), exit: 0, stdout: /HTS 2026 Revision 5/ },
    ],
  },
  'npm run cli -- reference remove ID --data-dir DIR [--dry-run]': {
    runs: [
      {
        via: 'npm',
        argv: cli('reference', 'remove', 'hts-2026r5-20260901', '--data-dir', dataDir, '--dry-run'),
        exit: 0,
        stdout: /- 7604\.29\.10\.50[\s\S]*Dry run: nothing was changed\./,
      },
    ],
  },
  'aim-licence reference import': {
    sameAs:
      'npm run cli -- reference import hts_2026_revision_5_csv.csv --data-dir DIR [--label L] [--effective 2026-09-01] [--dry-run]',
  },
  'npm run cli -- template': {
    runs: [
      {
        via: 'npm',
        argv: cli('template'),
        exit: 0,
        stdout: /^licence_ref,entry_type,importer_name,[^\n]*cast_country,licence_kind\nPO-2026-0417,consumption,/,
      },
    ],
  },
  'aim-licence validate': { sameAs: 'npm run cli -- validate licences.csv [--json] [--as-of 2026-03-02]' },
  'npm run cli -- need-licence --entry-type consumption --hts 7606.12.30.35 --value-usd 64750 [--hts … --value-usd …] [--import-date 2026-03-20] [--json]':
    {
      runs: [
        {
          via: 'npm',
          argv: cli('need-licence', '--entry-type', 'consumption', '--hts', '7606.12.30.35', '--value-usd', '64750'),
          exit: 0,
          stdout: /^An AIM licence is required before the entry summary is filed\./,
        },
        {
          via: 'npm',
          argv: cli(
            'need-licence',
            '--entry-type',
            'tib',
            '--hts',
            '7606.12.30.35',
            '--value-usd',
            '64750',
            '--hts',
            '7610.10.00.10',
            '--value-usd',
            '1200',
            '--import-date',
            '2026-03-20',
            '--json',
          ),
          exit: 0,
          stdout: /"verdict": "not-required"[\s\S]*"strength": "trade-publication"/,
        },
      ],
    },
  'aim-licence need-licence': {
    sameAs:
      'npm run cli -- need-licence --entry-type consumption --hts 7606.12.30.35 --value-usd 64750 [--hts … --value-usd …] [--import-date 2026-03-20] [--json]',
  },
  'aim-licence audit verify --data-dir DIR': {
    runs: [{ via: 'aim-licence', argv: ['audit', 'verify', '--data-dir', dataDir], exit: 0, stdout: /intact/i }],
  },
  'aim-licence backup restore --from BACKUP --to NEW_DIR': {
    runs: [
      {
        via: 'aim-licence',
        argv: ['backup', 'restore', '--from', 'BACKUP', '--to', 'restored'],
        exit: 0,
        after: (folder) => expect(fs.existsSync(path.join(folder, 'restored', 'aim-licences.sqlite3'))).toBe(true),
      },
    ],
  },
  'aim-licence vault enable --data-dir DIR': {
    notRun:
      'encrypts the data folder the other commands here share; run with AIM_NEW_PASSPHRASE, weak and strong, in src/main/cli/vault-command.test.ts.',
  },
  'aim-licence audit-pack verify PACK.zip': {
    runs: [{ via: 'aim-licence', argv: ['audit-pack', 'verify', 'pack.zip'], exit: 0, stdout: /intact/ }],
  },
};

let folder: string;

function run(command: Run): { status: number | null; stdout: string; stderr: string } {
  const [program, args] =
    command.via === 'npm'
      ? [npm, ['--prefix', root, ...command.argv]]
      : [process.execPath, [path.join(root, 'bin/aim-licence.mjs'), ...command.argv]];
  const result = spawnSync(program, args, {
    cwd: folder,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, AIM_PASSPHRASE: '', NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-readme-'));
  fs.writeFileSync(path.join(folder, 'licences.csv'), canonicalFile(6).csv);
  fs.writeFileSync(
    path.join(folder, 'certificate.pdf'),
    samplePdf(['Mill test certificate', 'Country of smelt (largest): Norway', 'Cast country: Norway']),
  );
  fs.writeFileSync(
    path.join(folder, usitcExport),
    withRecordsAfter(usitcFile('2026r3'), '7604.29.10.10', [newLineUnder76042910]),
  );
  fs.writeFileSync(
    path.join(folder, 'broken.csv'),
    toCanonicalCsv([fileRow('GOOD-1'), fileRow('BAD-1', { hts_code: '7606.12' })]),
  );
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('the commands in the README', () => {
  it('are each run here or listed with the reason they are not', () => {
    const documented = documentedCommands(readme);
    expect(documented.filter((command) => !(command in entries))).toEqual([]);
    expect(Object.keys(entries).filter((command) => !documented.includes(command))).toEqual([]);
    for (const entry of Object.values(entries))
      if ('sameAs' in entry) expect(entries[entry.sameAs], entry.sameAs).toHaveProperty('runs');
  });

  // In README order where one needs another's result: import before export, a backup before restore.
  it('work as documented, run in a fresh folder', { timeout: 300_000 }, () => {
    const runs = Object.entries(entries).flatMap(([command, entry]) =>
      'runs' in entry ? entry.runs.map((r) => ({ command, run: r })) : [],
    );
    for (const { command, run: step } of runs) {
      if (command.startsWith('aim-licence backup restore')) {
        const made = run({ via: 'aim-licence', argv: ['backup', 'create', '--data-dir', dataDir, '--json'], exit: 0 });
        expect(made.status, made.stderr).toBe(0);
        const backup = JSON.parse(made.stdout) as { id: string };
        fs.renameSync(path.join(folder, dataDir, 'backups', backup.id), path.join(folder, 'BACKUP'));
      }
      if (command.startsWith('aim-licence audit-pack verify')) {
        const made = run({
          via: 'aim-licence',
          argv: [
            'audit-pack',
            'create',
            '--from',
            '2026-01-01',
            '--to',
            '2026-12-31',
            '--out',
            'pack.zip',
            '--data-dir',
            dataDir,
          ],
          exit: 0,
        });
        expect(made.status, made.stderr).toBe(0);
      }
      const result = run(step);
      const label = `${step.argv.join(' ')}\n${result.stdout}\n${result.stderr}`;
      expect(result.status, label).toBe(step.exit);
      if (step.stdout) expect(result.stdout, label).toMatch(step.stdout);
      if (step.stderr) expect(result.stderr, label).toMatch(step.stderr);
      step.after?.(folder);
    }
  });
});
