import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { canonicalFile } from '../../../tests/support/licence-files';

// The real command, as a script would run it: a child process with the passphrase in the environment.
const root = path.resolve(__dirname, '../../..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function aim(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [path.join(root, 'bin/aim-licence.mjs'), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

async function folderWithLicences(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-vault-cli-'));
  dirs.push(dir);
  const file = path.join(dir, 'in.csv');
  fs.writeFileSync(file, canonicalFile(4).csv);
  expect((await aim(['import', file, '--data-dir', dir])).code).toBe(0);
  return dir;
}

const plainSqlite = (dir: string) =>
  fs.readFileSync(path.join(dir, 'aim-licences.sqlite3')).subarray(0, 16).toString('latin1') === 'SQLite format 3\0';

describe('aim-licence vault enable', () => {
  it('refuses a common passphrase with the reason and leaves the folder unprotected', async () => {
    const dir = await folderWithLicences();
    const run = await aim(['vault', 'enable', '--data-dir', dir], { AIM_NEW_PASSPHRASE: 'password1234' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Not protected: The passphrase is too easy to guess');
    expect(run.stderr).toContain('This is similar to a commonly used password.');
    expect(fs.existsSync(path.join(dir, 'vault.json'))).toBe(false);
    expect(plainSqlite(dir)).toBe(true);
    expect((await aim(['export', '--data-dir', dir, '--format', 'json'])).code).toBe(0);
  }, 120_000);

  it('protects the folder with a strong passphrase: encrypted, and opened only with it', async () => {
    const dir = await folderWithLicences();
    const run = await aim(['vault', 'enable', '--data-dir', dir], { AIM_NEW_PASSPHRASE: 'quarry velvet lantern 58' });
    expect(run.stderr).toContain(`Protecting ${dir}`);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Protected\. The database, 0 attachment\(s\) and \d+ backup\(s\) are now encrypted\./);
    expect(fs.existsSync(path.join(dir, 'vault.json'))).toBe(true);
    expect(plainSqlite(dir)).toBe(false);

    const locked = await aim(['export', '--data-dir', dir, '--format', 'json'], { AIM_PASSPHRASE: '' });
    expect(locked.code).not.toBe(0);
    const opened = await aim(['export', '--data-dir', dir, '--format', 'json'], {
      AIM_PASSPHRASE: 'quarry velvet lantern 58',
    });
    expect(opened.code, opened.stderr).toBe(0);
    expect((JSON.parse(opened.stdout) as { count: number }).count).toBe(2);

    const again = await aim(['vault', 'enable', '--data-dir', dir], { AIM_NEW_PASSPHRASE: 'another strong phrase 77' });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is already protected');
  }, 120_000);

  it('asks for the passphrase when none is given and there is no terminal to ask in', async () => {
    const dir = await folderWithLicences();
    const run = await aim(['vault', 'enable', '--data-dir', dir], { AIM_NEW_PASSPHRASE: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Give the new passphrase in AIM_NEW_PASSPHRASE');
    expect(fs.existsSync(path.join(dir, 'vault.json'))).toBe(false);
  }, 120_000);
});
