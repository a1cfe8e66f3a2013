import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { wideColumnWorkbookFile } from '../support/hostile-workbook';

// Issue 12: a 20 MB workbook whose one sheet inflates to ~300 MB of XML took `aim-licence
// validate` past 4 GB of memory. It must now be refused quickly, in one sentence, within 1 GB.
const root = path.resolve(__dirname, '../..');
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-hostile-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function runCli(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number; peakRssMb: number }> {
  const rssFile = path.join(dir, `rss-${Date.now()}`);
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ['--import', path.join(root, 'tests/support/report-peak-rss.mjs'), path.join(root, 'bin/aim-licence.mjs'), ...args],
    { env: { ...process.env, AIM_PEAK_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        ms: Date.now() - started,
        peakRssMb: Number(fs.readFileSync(rssFile, 'utf8')) / 1024,
      }),
    ),
  );
}

describe('aim-licence validate on a workbook that inflates to ~300 MB', () => {
  it('exits 2 with one sentence naming the limit, in under a minute and 1 GB', async () => {
    const { file, sheetXmlBytes } = await wideColumnWorkbookFile();
    expect(fs.statSync(file).size).toBeGreaterThan(15 * 1024 * 1024);
    expect(fs.statSync(file).size).toBeLessThan(25 * 1024 * 1024);
    expect(sheetXmlBytes).toBeGreaterThan(280 * 1024 * 1024);

    const run = await runCli(['validate', file]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `aim-licence: ${path.basename(file)} was refused: row 1, column XFD holds a value, but at most 1,024 columns (A to AMJ) are read.`,
    );
    expect(run.ms).toBeLessThan(60_000);
    expect(run.peakRssMb).toBeLessThan(1024);
    console.log(
      `validate of a ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB workbook (sheet XML ${Math.round(sheetXmlBytes / 1024 / 1024)} MB): exit ${run.code} in ${run.ms} ms, peak RSS ${Math.round(run.peakRssMb)} MB`,
    );
  }, 180_000);
});
