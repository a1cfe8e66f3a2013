import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { keepRolledBackConfirmation, type RecoveryStatus } from '../../../shared/contract/recovery';
import type { AuditVerificationView } from '../../../shared/contract/audit';
import type { BackupSummary } from '../../../shared/contract/backups';
import { validDraft } from '../../../../tests/support/licence-fixtures';
import { tempDataFolder } from '../../../../tests/support/temp-data-folder';
import { call, passphrase, testKdf } from '../../../../tests/support/vault-fixtures';
import { backupDatabaseName, manifestFileName } from '../backup/backup-manifest';
import { fixedClock } from '../clock';
import { createCore, type Core } from '../create-core';
import { dataPaths } from '../data-dir';
import { openCoreSession, type CoreSession } from '../recovery/core-session';
import { anchorFile } from './audit-anchor';

const ctx = { host: 'in-process' } as const;
const root = path.resolve(__dirname, '../../../..');
let core: Core | null = null;
let session: CoreSession | null = null;
const folder = tempDataFolder('aim-rollback-', async () => {
  core?.close();
  core = null;
  await session?.close();
  session = null;
});
let dataDir: string;
beforeEach(() => {
  dataDir = path.join(folder.path, 'data');
});
const clock = fixedClock('2026-03-02T15:00:00.000Z');
const options = () => ({ dataDir, clock, checkOutputs: true, logError: () => {}, vaultKdf: testKdf });

const addLicence = (reference: string) => call(core!.dispatch, 'licences.create', validDraft({ reference }));
const backUp = async () => {
  clock.advance(60 * 60 * 1000);
  return call<BackupSummary>(core!.dispatch, 'backups.create', {});
};

/**
 * A folder with two backups and licences after each: PO-1 (backup A) PO-2 (backup B) PO-3.
 * Protected with a passphrase first when asked.
 */
async function folderWithHistory(protect: boolean) {
  core = createCore(options());
  if (protect)
    await call(core.dispatch, 'vault.enable', { passphrase, confirmation: passphrase, acknowledgeNoRecovery: true });
  await addLicence('PO-1');
  const a = await backUp();
  await addLicence('PO-2');
  const b = await backUp();
  await addLicence('PO-3');
  core.close();
  core = null;
  return { a, b };
}

/** The attack of issue 12: an older backup's database copied over the live one, and an anchor written to match it. */
function rollBackTo(backupId: string): void {
  const paths = dataPaths(dataDir);
  const backupFolder = path.join(paths.backupDir, backupId);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${paths.databaseFile}${suffix}`, { force: true });
  fs.copyFileSync(path.join(backupFolder, backupDatabaseName), paths.databaseFile);
  const manifest = JSON.parse(fs.readFileSync(path.join(backupFolder, manifestFileName), 'utf8')) as {
    auditHead: { seq: number; hash: string };
    createdAt: string;
  };
  fs.writeFileSync(
    anchorFile(dataDir),
    JSON.stringify({ seq: manifest.auditHead.seq, hash: manifest.auditHead.hash, at: manifest.createdAt }),
  );
}

async function unlockedSession(): Promise<CoreSession> {
  session = openCoreSession(options());
  await call(session.dispatch, 'vault.unlock', { passphrase });
  return session;
}

function auditVerifyCli(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'bin/aim-licence.mjs'), 'audit', 'verify', '--data-dir', dataDir],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  return new Promise<{ code: number | null; stdout: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout })),
  );
}

describe('a protected folder whose database was put back to an older backup', () => {
  it('is reported at start on the recovery screen and by aim-licence audit verify, and restoring the newest backup brings the records back', async () => {
    const { a, b } = await folderWithHistory(true);
    rollBackTo(a.id);

    const s = await unlockedSession();
    const status = await call<RecoveryStatus>(s.dispatch, 'recovery.status', {});
    expect(status).toMatchObject({ mode: 'recovery', reason: 'rolled-back' });
    expect(status.mode === 'recovery' && status.problem).toMatch(
      new RegExp(
        `the audit trail ends at entry \\d+, but backup ${b.id}, taken 2 Mar 2026, recorded entry \\d+: the database was put back to an older copy`,
      ),
    );
    // Nothing else answers, and nothing was written to the rolled-back file.
    expect(await s.dispatch('licences.list', {}, ctx)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    await s.close();
    session = null;

    const cli = await auditVerifyCli({ AIM_PASSPHRASE: passphrase });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`AUDIT TRAIL PROBLEM: the audit trail ends at entry`);
    expect(cli.stdout).toContain(`backup ${b.id}`);

    const again = await unlockedSession();
    await call(again.dispatch, 'recovery.restore', { backupId: b.id });
    const list = await call<{ items: { reference: string }[] }>(again.dispatch, 'licences.list', {});
    expect(list.items.map((l) => l.reference).sort()).toEqual(['PO-1', 'PO-2']);
    expect(await call<AuditVerificationView>(again.dispatch, 'audit.verify', {})).toMatchObject({ ok: true });
  }, 60_000);

  it('can be kept, on purpose: the choice and the gap are written into the trail and not raised again', async () => {
    const { a, b } = await folderWithHistory(true);
    rollBackTo(a.id);
    const s = await unlockedSession();
    expect(await s.dispatch('recovery.keepDatabase', { confirm: 'yes' }, ctx)).toMatchObject({ ok: false });
    expect(await call(s.dispatch, 'recovery.keepDatabase', { confirm: keepRolledBackConfirmation })).toMatchObject({
      mode: 'normal',
    });
    const trail = await call<{ items: { action: string; before: unknown }[] }>(s.dispatch, 'audit.list', {});
    const accepted = trail.items.find((i) => i.action === 'rollback-accepted');
    expect(accepted!.before).toMatchObject({ backupId: b.id });
    expect(await call<AuditVerificationView>(s.dispatch, 'audit.verify', {})).toMatchObject({ ok: true });
    await s.close();
    const reopened = await unlockedSession();
    expect(await call(reopened.dispatch, 'recovery.status', {})).toEqual({ mode: 'normal' });
  }, 60_000);

  it('reports a newest backup whose manifest was edited to hide it, signature kept or taken off', async () => {
    const { a, b } = await folderWithHistory(true);
    rollBackTo(a.id);
    // Also lower the newest manifest's recorded head to the rolled-back one.
    const paths = dataPaths(dataDir);
    const newest = path.join(paths.backupDir, b.id, manifestFileName);
    const older = JSON.parse(fs.readFileSync(path.join(paths.backupDir, a.id, manifestFileName), 'utf8')) as {
      auditHead: unknown;
    };
    const edited = { ...(JSON.parse(fs.readFileSync(newest, 'utf8')) as object), auditHead: older.auditHead };
    fs.writeFileSync(newest, JSON.stringify(edited));
    const s = await unlockedSession();
    const status = await call<RecoveryStatus>(s.dispatch, 'recovery.status', {});
    expect(status.mode === 'recovery' && status.problem).toContain(
      `the manifest of backup ${b.id}, taken 2 Mar 2026, was changed after the app wrote it`,
    );
    // With the signature taken off instead, it is reported all the same.
    const { signature: _gone, ...unsigned } = edited as { signature?: unknown };
    fs.writeFileSync(newest, JSON.stringify(unsigned));
    expect(await call<RecoveryStatus>(s.dispatch, 'recovery.retry', {})).toMatchObject({
      mode: 'recovery',
      problem: expect.stringContaining('has lost its signature'),
    });
  }, 60_000);

  it('reports an anchor that is not signed with the folder key', async () => {
    await folderWithHistory(true);
    const s = await unlockedSession();
    const anchor = JSON.parse(fs.readFileSync(anchorFile(dataDir), 'utf8')) as Record<string, unknown>;
    expect(anchor.signature).toMatchObject({ keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    fs.writeFileSync(anchorFile(dataDir), JSON.stringify({ ...anchor, signature: undefined }));
    expect(await call<AuditVerificationView>(s.dispatch, 'audit.verify', {})).toMatchObject({
      ok: false,
      problem:
        'the audit anchor is not signed, though this folder is protected: it was written by something other than the app',
    });
  }, 60_000);
});

describe('a plain folder whose database was copied back from an older backup', () => {
  it('is reported too, as long as the newer backups are there as the app wrote them', async () => {
    const { a, b } = await folderWithHistory(false);
    rollBackTo(a.id);
    session = openCoreSession(options());
    expect(await call<RecoveryStatus>(session.dispatch, 'recovery.status', {})).toMatchObject({
      mode: 'recovery',
      reason: 'rolled-back',
      problem: expect.stringContaining(`backup ${b.id}`),
    });
    const cli = await auditVerifyCli({ AIM_PASSPHRASE: '' });
    expect(cli.code).toBe(1);
  }, 60_000);
});
