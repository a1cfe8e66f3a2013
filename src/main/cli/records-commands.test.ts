import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { dataPaths } from '#core/data-dir';

import { validDraft } from '../../../tests/support/licence-fixtures';
import { openTestCore } from '../../../tests/support/temp-core';
import { runAuditCommand } from './audit-command';
import { runBackupCommand } from './backup-command';
import type { CliIo } from './cli-io';

let root: string;
let dataDir: string;
let io: CliIo & { lines: string[]; errors: string[] };

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-cli-'));
  dataDir = path.join(root, 'data');
  const lines: string[] = [];
  const errors: string[] = [];
  io = { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

async function licences(count: number): Promise<void> {
  const core = openTestCore({ dataDir, logError: () => {} });
  for (let i = 0; i < count; i += 1)
    await core.dispatch('licences.create', validDraft({ reference: `PO-${i}` }), { host: 'cli' });
  core.close();
}

describe('aim-licence audit verify', () => {
  it('says the trail is intact, read-only', async () => {
    await licences(3);
    const before = fs.readFileSync(dataPaths(dataDir).databaseFile);
    expect(runAuditCommand(['verify', '--data-dir', dataDir], io)).toBe(0);
    expect(io.lines[0]).toBe('Audit trail intact: 3 entries, chain verified.');
    expect(fs.readFileSync(dataPaths(dataDir).databaseFile)).toEqual(before);
  });

  it('detects a deliberately altered entry and exits 1', async () => {
    await licences(3);
    const core = openTestCore({ dataDir, logError: () => {} });
    core.db.prepare("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2").run();
    core.close();
    expect(runAuditCommand(['verify', '--data-dir', dataDir, '--json'], io)).toBe(1);
    expect(JSON.parse(io.lines[0]!)).toMatchObject({
      ok: false,
      firstBadSeq: 2,
      problem: 'entry 2 was altered after it was written',
    });
  });

  it('detects the newest entries deleted', async () => {
    await licences(3);
    const core = openTestCore({ dataDir, logError: () => {} });
    core.db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    core.db.close();
    expect(runAuditCommand(['verify', '--data-dir', dataDir], io)).toBe(1);
    expect(io.lines[0]).toMatch(/^AUDIT TRAIL PROBLEM: entries 3 to 3 were removed/);
  });

  it('explains its usage and fails on a folder without data', () => {
    expect(runAuditCommand(['check'], io)).toBe(2);
    expect(runAuditCommand(['verify', '--data-dir', path.join(root, 'nothing')], io)).toBe(3);
    expect(io.errors.at(-1)).toMatch(/^Cannot open .*aim-licences\.sqlite3/);
  });
});

describe('aim-licence backup', () => {
  it('takes, lists, verifies and restores a backup into a new folder', async () => {
    await licences(2);
    fs.mkdirSync(dataPaths(dataDir).filesDir, { recursive: true });
    fs.writeFileSync(path.join(dataPaths(dataDir).filesDir, 'cert.pdf'), 'certificate');
    expect(await runBackupCommand(['create', '--data-dir', dataDir, '--json'], io)).toBe(0);
    const backup = JSON.parse(io.lines.pop()!) as { id: string };
    expect(await runBackupCommand(['list', '--data-dir', dataDir], io)).toBe(0);
    expect(io.lines.pop()).toMatch(new RegExp(`^${backup.id} .* 2 licences  1 attachments .* integrity ok$`));
    expect(await runBackupCommand(['verify', '--data-dir', dataDir, '--id', backup.id], io)).toBe(0);

    const target = path.join(root, 'restored');
    const from = path.join(dataPaths(dataDir).backupDir, backup.id);
    expect(await runBackupCommand(['restore', '--from', from, '--to', target], io)).toBe(0);
    expect(io.lines.at(-3)).toBe(`Restored ${backup.id} into ${target}: 2 licences, 1 attachments.`);
    expect(io.lines.at(-2)).toBe('Audit trail intact: 3 entries.');
    expect(fs.readFileSync(path.join(target, 'files/cert.pdf'), 'utf8')).toBe('certificate');
    expect(runAuditCommand(['verify', '--data-dir', target], io)).toBe(0);

    // A folder that already holds data is never overwritten.
    expect(await runBackupCommand(['restore', '--from', from, '--to', target], io)).toBe(1);
    expect(io.errors.at(-1)).toMatch(/already holds a database/);
  });

  it('refuses to restore a backup whose database copy was changed', async () => {
    await licences(1);
    await runBackupCommand(['create', '--data-dir', dataDir, '--json'], io);
    const backup = JSON.parse(io.lines.pop()!) as { id: string };
    const from = path.join(dataPaths(dataDir).backupDir, backup.id);
    fs.appendFileSync(path.join(from, 'database.sqlite3'), 'x');
    expect(await runBackupCommand(['verify', '--data-dir', dataDir, '--id', backup.id], io)).toBe(1);
    expect(await runBackupCommand(['restore', '--from', from, '--to', path.join(root, 'r')], io)).toBe(1);
    expect(io.errors.at(-1)).toMatch(/cannot be used: the database copy differs/);
    expect(fs.existsSync(path.join(root, 'r', 'aim-licences.sqlite3'))).toBe(false);
  });
});
