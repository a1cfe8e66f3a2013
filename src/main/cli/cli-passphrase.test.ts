import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { dataPaths } from '#core/data-dir';
import { readVaultHeader } from '#core/vault/vault-header';

import { canonicalFile } from '../../../tests/support/licence-files';
import { openTestCore } from '../../../tests/support/temp-core';
import {
  call,
  filesContaining,
  passphrase,
  recordsWithSecret,
  secretWord,
  testKdf,
} from '../../../tests/support/vault-fixtures';
import { runCli } from './aim-licence';
import { runAuditCommand } from './audit-command';
import { runAuditPackCommand } from './audit-pack-command';
import { runBackupCommand } from './backup-command';
import type { CliIo } from './cli-io';
import { passphraseVariable } from './cli-passphrase';

let root: string;
let dataDir: string;
let io: CliIo & { lines: string[]; errors: string[] };

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-cli-vault-'));
  dataDir = path.join(root, 'data');
  const lines: string[] = [];
  const errors: string[] = [];
  io = { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
  const core = openTestCore({ dataDir, logError: () => {}, vaultKdf: testKdf });
  await recordsWithSecret(core);
  await call(core.dispatch, 'vault.enable', { passphrase, confirmation: passphrase, acknowledgeNoRecovery: true });
  core.close();
  delete process.env[passphraseVariable];
});
afterEach(() => {
  delete process.env[passphraseVariable];
  fs.rmSync(root, { recursive: true, force: true });
});

describe('command-line tools on a protected data folder', () => {
  it('say how to give the passphrase when there is none, and open nothing', async () => {
    const out = path.join(root, 'export.csv');
    expect(await runCli(['export', '--data-dir', dataDir, '--format', 'csv', '--out', out], io)).toBe(1);
    expect(io.errors.at(-1)).toMatch(
      new RegExp(`protected with a passphrase. Set ${passphraseVariable}, or run the command in a terminal`),
    );
    expect(fs.existsSync(out)).toBe(false);
    expect(await runAuditCommand(['verify', '--data-dir', dataDir], io)).toBe(3);
  });

  it('refuse a wrong passphrase from the environment', async () => {
    process.env[passphraseVariable] = 'granite harbour whistle';
    expect(await runBackupCommand(['list', '--data-dir', dataDir], io)).toBe(3);
    expect(io.errors.at(-1)).toMatch(/That passphrase does not open the data folder/);
    expect(await runAuditCommand(['verify', '--data-dir', dataDir], io)).toBe(3);
  });

  it('export, import, verify the trail and back up with the passphrase from AIM_PASSPHRASE', async () => {
    process.env[passphraseVariable] = passphrase;
    const out = path.join(root, 'export.csv');
    expect(await runCli(['export', '--data-dir', dataDir, '--format', 'csv', '--out', out], io)).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain(`${secretWord} Aluminum Imports LLC`);

    const file = path.join(root, 'licences.csv');
    fs.writeFileSync(file, canonicalFile(2).csv);
    expect(await runCli(['import', file, '--data-dir', dataDir], io)).toBe(0);
    expect(io.lines.at(-1)).toMatch(/^Imported 1 licence as drafts/);

    expect(await runAuditCommand(['verify', '--data-dir', dataDir], io)).toBe(0);
    expect(io.lines.at(-3)).toMatch(/^Audit trail intact/);

    expect(await runBackupCommand(['create', '--data-dir', dataDir, '--json'], io)).toBe(0);
    const backup = JSON.parse(io.lines.pop()!) as { id: string };
    expect(await runBackupCommand(['verify', '--data-dir', dataDir, '--id', backup.id], io)).toBe(0);

    const target = path.join(root, 'restored');
    expect(
      await runBackupCommand(
        ['restore', '--from', path.join(dataPaths(dataDir).backupDir, backup.id), '--to', target],
        io,
      ),
    ).toBe(0);
    expect(io.lines.at(-3)).toMatch(/^Restored .*: 2 licences, 1 attachments\.$/);
    expect(readVaultHeader(target)).toMatchObject({ state: 'on' });
    expect(filesContaining(target, secretWord)).toEqual([]);
    expect(filesContaining(dataDir, secretWord)).toEqual([]);
  });

  it('make and verify an audit pack only with the passphrase', async () => {
    const pack = path.join(root, 'pack.zip');
    const create = ['create', '--from', '2000-01-01', '--to', '2099-12-31', '--out', pack, '--data-dir', dataDir];
    expect(await runAuditPackCommand(create, io)).toBe(3);
    expect(io.errors.at(-1)).toMatch(new RegExp(`protected with a passphrase. Set ${passphraseVariable}`));
    expect(fs.existsSync(pack)).toBe(false);

    process.env[passphraseVariable] = passphrase;
    expect(await runAuditPackCommand(create, io)).toBe(0);
    expect(io.lines.at(-1)).toMatch(/^Wrote .*pack\.zip: 1 licences, /);
    expect(await runAuditPackCommand(['verify', pack, '--data-dir', dataDir], io)).toBe(0);
    expect(io.lines.at(-1)).toBe('The audit trail of that data folder records this pack.');

    process.env[passphraseVariable] = 'granite harbour whistle';
    expect(await runAuditPackCommand(['verify', pack, '--data-dir', dataDir], io)).toBe(3);
    expect(io.errors.at(-1)).toMatch(/That passphrase does not open the data folder/);
  });
});
