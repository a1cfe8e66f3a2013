import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { readManifest } from '#core/backups/backup-manifest';
import { listBackups } from '#core/backups/backup-store';
import { fixedClock } from '#core/clock';
import { dataPaths } from '#core/data-dir';
import { type CoreSession, openCoreSession } from '#core/recovery/core-session';
import { restoreIntoNewDataDir } from '#core/recovery/restore-into';
import type { TaskProgress } from '#shared/contract';
import type { BackupCheck, BackupSummary } from '#shared/contract/backups';
import type { VaultOutcome, VaultStatus } from '#shared/contract/vault';

import { validDraft } from '../../../../tests/support/licence-fixtures';
import { openTestCore, type TestCore } from '../../../../tests/support/temp-core';
import {
  call,
  filesContaining,
  folderFingerprint,
  otherPassphrase,
  passphrase,
  recordsWithSecret,
  secretWord,
  testKdf,
} from '../../../../tests/support/vault-fixtures';
import { sealedKeyId } from './sealed-file';
import { readVaultHeader } from './vault-header';

const ctx = { host: 'in-process' } as const;
let root: string;
let dataDir: string;
let core: TestCore | null = null;
let session: CoreSession | null = null;
const clock = fixedClock('2026-03-02T15:00:00.000Z');
const options = () => ({ dataDir, clock, checkOutputs: true, logError: () => {}, vaultKdf: testKdf });

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-vault-'));
  dataDir = path.join(root, 'data');
});
afterEach(async () => {
  core?.close();
  core = null;
  await session?.close();
  session = null;
  fs.rmSync(root, { recursive: true, force: true });
});

const enable = (dispatch: TestCore['dispatch'], words = passphrase) =>
  call<VaultOutcome>(dispatch, 'vault.enable', { passphrase: words, confirmation: words, acknowledgeNoRecovery: true });

/** Plain data with a backup, then protection switched on; the core stays open. */
async function protectedCore() {
  core = openTestCore(options());
  const records = await recordsWithSecret(core);
  await call(core.dispatch, 'backups.create', {});
  const outcome = await enable(core.dispatch);
  return { core, records, outcome };
}

/** Closes the open core and opens the folder the way a host does at start-up. */
function restart(): CoreSession {
  core?.close();
  core = null;
  session = openCoreSession(options());
  return session;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const storedFile = (c: TestCore, pdf: Buffer) => c.evidence.files.read(sha256(pdf));

/** Garbage over every page after the first two of a closed (encrypted) database, as a failing disk would leave it. */
function damageEncryptedDatabase(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    for (let offset = 2 * 4096; offset < size; offset += 4096)
      fs.writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, offset);
  } finally {
    fs.closeSync(fd);
  }
}

describe('switching protection on', () => {
  it('leaves no plain text of a licence or an attachment in the database, its WAL, the attachments or the backups', async () => {
    const { core, outcome } = await protectedCore();
    // Written after enabling: it goes through the WAL, which must be encrypted too.
    core.licences.create(validDraft({ reference: 'PO-Q2', exporterName: `${secretWord} Exports Ltd.` }));
    expect(fs.existsSync(`${core.paths.databaseFile}-wal`)).toBe(true);
    expect(outcome).toMatchObject({
      status: { state: 'unlocked', unfinished: null },
      filesConverted: 1,
      backupsConverted: 1,
      problems: [],
    });
    expect(outcome.backupId).not.toBeNull();
    expect(filesContaining(dataDir, secretWord)).toEqual([]);
    expect(fs.readFileSync(core.paths.databaseFile).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('keeps every record readable in the running app, with the attachment verified', async () => {
    const { core, records } = await protectedCore();
    const page = await call<{ items: { importerName: string }[] }>(core.dispatch, 'licences.list', {});
    expect(page.items.map((i) => i.importerName)).toEqual([`${secretWord} Aluminum Imports LLC`]);
    const opened = await call<{ intact: boolean; contentBase64: string }>(core.dispatch, 'documents.readFile', {
      documentId: records.documentId,
      fileId: records.fileId,
    });
    expect(opened.intact).toBe(true);
    expect(Buffer.from(opened.contentBase64, 'base64').equals(records.pdf)).toBe(true);
    expect(storedFile(core, records.pdf).sealedWith).toBe(core.keyring.target()!.id);
  });

  it('records the change in the audit trail, never the passphrase', async () => {
    const { core } = await protectedCore();
    const trail = await call<{
      items: { entity: string; entityId: string; action: string; after: Record<string, unknown> }[];
    }>(core.dispatch, 'audit.list', { limit: 5 });
    const entry = trail.items.find((i) => i.action === 'protect');
    expect(entry).toMatchObject({
      entity: 'system',
      entityId: 'data-protection',
      after: { protected: true, attachments: 'AES-256-GCM per file' },
    });
    expect(
      core.db
        .prepare("SELECT count(*) AS n FROM audit_log WHERE before LIKE '%' || ? || '%' OR after LIKE '%' || ? || '%'")
        .get(passphrase, passphrase),
    ).toEqual({ n: 0 });
    expect(filesContaining(dataDir, passphrase)).toEqual([]);
    expect(await call(core.dispatch, 'audit.verify', {})).toMatchObject({ ok: true });
  });

  it('refuses a weak passphrase or a confirmation that differs, saying the rule, and changes nothing', async () => {
    core = openTestCore(options());
    await recordsWithSecret(core);
    const before = folderFingerprint(dataDir);
    const weak = await core.dispatch(
      'vault.enable',
      { passphrase: 'short1', confirmation: 'short1', acknowledgeNoRecovery: true },
      ctx,
    );
    expect(weak).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: {
          issues: [
            { path: 'passphrase', message: expect.stringMatching(/at least 12 characters, or 3 or more words/) },
          ],
        },
      },
    });
    const mismatch = await core.dispatch(
      'vault.enable',
      { passphrase, confirmation: `${passphrase}!`, acknowledgeNoRecovery: true },
      ctx,
    );
    expect(mismatch).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'confirmation' }] } },
    });
    const unacknowledged = await core.dispatch(
      'vault.enable',
      { passphrase, confirmation: passphrase, acknowledgeNoRecovery: false },
      ctx,
    );
    expect(unacknowledged).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(folderFingerprint(dataDir)).toBe(before);
    expect(readVaultHeader(dataDir)).toBeNull();
  });

  it('detects an altered attachment: a sealed file that fails to open counts as tampered', async () => {
    const { core, records } = await protectedCore();
    const file = core.evidence.files.pathOf(sha256(records.pdf));
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 40]! ^= 0x01;
    fs.writeFileSync(file, bytes);
    const opened = await call<{ intact: boolean; actualSha256: string | null }>(core.dispatch, 'documents.readFile', {
      documentId: records.documentId,
      fileId: records.fileId,
    });
    expect(opened.intact).toBe(false);
    expect(opened.actualSha256).not.toBe(sha256(records.pdf));
    const check = await call<{ damaged: unknown[] }>(core.dispatch, 'documents.verifyFiles', {});
    expect(check.damaged).toHaveLength(1);
  });
});

describe('opening a protected folder', () => {
  it('stays locked until the passphrase is given: nothing else is served', async () => {
    await protectedCore();
    const s = restart();
    expect(s.isOpen()).toBe(false);
    expect(await call<VaultStatus>(s.dispatch, 'vault.status', {})).toMatchObject({
      state: 'locked',
      unfinished: null,
    });
    expect(await s.dispatch('licences.list', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: expect.stringMatching(/locked/) },
    });
    expect(await s.dispatch('recovery.status', {}, ctx)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('refuses a wrong passphrase with UNAUTHORIZED and leaves every file as it was', async () => {
    await protectedCore();
    const s = restart();
    const before = folderFingerprint(dataDir);
    const wrong = await s.dispatch('vault.unlock', { passphrase: otherPassphrase }, ctx);
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'UNAUTHORIZED',
        message: expect.stringMatching(/not right/),
        details: { issues: [{ path: 'passphrase' }] },
      },
    });
    expect(folderFingerprint(dataDir)).toBe(before);
    expect(s.isOpen()).toBe(false);
  });

  it('opens with the right passphrase, with every record and attachment intact', async () => {
    const { records } = await protectedCore();
    const s = restart();
    expect(await call<VaultStatus>(s.dispatch, 'vault.unlock', { passphrase })).toMatchObject({ state: 'unlocked' });
    const page = await call<{ items: { reference: string }[] }>(s.dispatch, 'licences.list', {});
    expect(page.items.map((i) => i.reference)).toEqual(['PO-Q1']);
    const opened = await call<{ intact: boolean }>(s.dispatch, 'documents.readFile', {
      documentId: records.documentId,
      fileId: records.fileId,
    });
    expect(opened.intact).toBe(true);
    expect(await call(s.dispatch, 'audit.verify', {})).toMatchObject({ ok: true });
    expect(await s.dispatch('vault.unlock', { passphrase }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('answers wrong tries ever more slowly, refusing early ones without trying them', async () => {
    await protectedCore();
    const s = restart();
    for (let i = 0; i < 3; i += 1) await s.dispatch('vault.unlock', { passphrase: otherPassphrase }, ctx);
    // The third wrong try started a 1 s wait: even the right passphrase is refused until it is over.
    const early = await s.dispatch('vault.unlock', { passphrase }, ctx);
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: expect.stringMatching(/wait 1 second/), details: { retryAfterMs: 1000 } },
    });
    expect(await call<VaultStatus>(s.dispatch, 'vault.status', {})).toMatchObject({
      state: 'locked',
      retryAfterMs: 1000,
    });
    clock.advance(1000);
    await s.dispatch('vault.unlock', { passphrase: otherPassphrase }, ctx);
    expect(await s.dispatch('vault.unlock', { passphrase }, ctx)).toMatchObject({
      ok: false,
      error: { details: { retryAfterMs: 2000 } },
    });
    clock.advance(2000);
    expect(await call<VaultStatus>(s.dispatch, 'vault.unlock', { passphrase })).toMatchObject({ state: 'unlocked' });
  });

  it('refuses createCore on a protected folder without the keys', async () => {
    await protectedCore();
    core!.close();
    core = null;
    expect(() => openTestCore(options())).toThrow(/protected with a passphrase/);
  });
});

describe('changing and removing the passphrase', () => {
  it('re-encrypts the database, the attachments and the backups under the new passphrase', async () => {
    const { core, records } = await protectedCore();
    const oldId = core.keyring.target()!.id;
    const refused = await core.dispatch(
      'vault.change',
      { currentPassphrase: otherPassphrase, passphrase: 'maple violin tundra', confirmation: 'maple violin tundra' },
      ctx,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', details: { issues: [{ path: 'currentPassphrase' }] } },
    });
    const outcome = await call<VaultOutcome>(core.dispatch, 'vault.change', {
      currentPassphrase: passphrase,
      passphrase: otherPassphrase,
      confirmation: otherPassphrase,
    });
    const newId = core.keyring.target()!.id;
    expect(newId).not.toBe(oldId);
    expect(outcome).toMatchObject({ filesConverted: 1, backupsConverted: 2, problems: [] });
    expect(sealedKeyId(fs.readFileSync(core.evidence.files.pathOf(sha256(records.pdf))))).toBe(newId);
    for (const backup of listBackups(core.paths.backupDir)) {
      const manifest = readManifest(backup.folder!);
      expect(manifest.ok && manifest.manifest.protection?.check.slice(0, 16)).toBe(newId);
    }
    expect(filesContaining(dataDir, secretWord)).toEqual([]);

    const s = restart();
    expect(await s.dispatch('vault.unlock', { passphrase }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    await call(s.dispatch, 'vault.unlock', { passphrase: otherPassphrase });
    const checks = await Promise.all(
      listBackups(dataPaths(dataDir).backupDir).map((b) =>
        call<BackupCheck>(s.dispatch, 'backups.verify', { id: b.summary.id }),
      ),
    );
    expect(checks.map((c) => c.problems)).toEqual(checks.map(() => []));
  });

  it("converts an attachment shared by several backups once, into the live file's bytes, so the next backup links it", async () => {
    const { core, records } = await protectedCore();
    await call(core.dispatch, 'backups.create', {});
    await call(core.dispatch, 'vault.change', {
      currentPassphrase: passphrase,
      passphrase: otherPassphrase,
      confirmation: otherPassphrase,
    });
    const newId = core.keyring.target()!.id;
    const live = core.evidence.files.pathOf(sha256(records.pdf));
    const liveBytes = fs.readFileSync(live);
    const relative = path.relative(core.paths.filesDir, live);
    const backups = listBackups(core.paths.backupDir);
    // The two backups converted, and the fresh one taken after the change.
    expect(backups).toHaveLength(4);
    const copies = backups.map((b) => path.join(b.folder!, 'files', relative));
    for (const copy of copies) {
      expect(sealedKeyId(fs.readFileSync(copy))).toBe(newId);
      expect(fs.readFileSync(copy).equals(liveBytes)).toBe(true);
    }
    // One file on disk for every backup (hard links), none of them the live one.
    expect(new Set(copies.map((c) => fs.statSync(c).ino)).size).toBe(1);
    expect(fs.statSync(copies[0]!).ino).not.toBe(fs.statSync(live).ino);
  });

  it('reports each step as it goes, and holds other calls until the change is done', async () => {
    const { core } = await protectedCore();
    const events: TaskProgress[] = [];
    const stop = core.events.subscribe((event, payload) => {
      if (event === 'task.progress') events.push(payload as TaskProgress);
    });
    const oldId = core.keyring.target()!.id;
    const change = call<VaultOutcome>(core.dispatch, 'vault.change', {
      currentPassphrase: passphrase,
      passphrase: otherPassphrase,
      confirmation: otherPassphrase,
    });
    // Asked while the change runs (once the database step has been announced): the status is
    // answered at once; the register waits until every file has its new form.
    while (!events.some((e) => e.step === 'Re-encrypting the database')) await new Promise((r) => setTimeout(r, 5));
    const seenByStatus = call<VaultStatus>(core.dispatch, 'vault.status', {}).then(
      () => readVaultHeader(dataDir)?.state,
    );
    const seenByList = call(core.dispatch, 'licences.list', {}).then(() => ({
      header: readVaultHeader(dataDir)?.state,
      newKey: core.keyring.target()!.id !== oldId,
      freshBackupStarted: events.some((e) => e.step === 'Taking a fresh backup'),
    }));
    await change;
    stop();
    expect(await seenByStatus).toBe('changing');
    expect(await seenByList).toEqual({ header: 'on', newKey: true, freshBackupStarted: true });

    const steps = events.map((e) => e.step);
    expect(new Set(events.map((e) => e.taskId)).size).toBe(1);
    expect(events.every((e) => e.task === 'protection')).toBe(true);
    expect([...new Set(steps)]).toEqual([
      'Checking the current passphrase',
      'Re-encrypting the database',
      'Re-encrypting attachments',
      'Re-encrypting backups',
      'Taking a fresh backup',
      'Taking a fresh backup: copying the database',
      'Taking a fresh backup: checking the copy',
      'Taking a fresh backup: copying attachments',
      'Done',
    ]);
    const backups = events.filter((e) => e.step === 'Re-encrypting backups');
    expect(backups.at(-1)).toMatchObject({ done: 2, total: 2 });
    expect(backups.map((e) => e.done)).toEqual([...backups.map((e) => e.done)].sort());
    expect(events.at(-1)).toMatchObject({ state: 'finished' });
  });

  it('decrypts everything when protection is removed, leaving a plain folder', async () => {
    const { core, records } = await protectedCore();
    const outcome = await call<VaultOutcome>(core.dispatch, 'vault.remove', { currentPassphrase: passphrase });
    expect(outcome).toMatchObject({ status: { state: 'off' }, filesConverted: 1, backupsConverted: 2, problems: [] });
    expect(readVaultHeader(dataDir)).toBeNull();
    expect(fs.readFileSync(core.paths.databaseFile).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(fs.readFileSync(core.evidence.files.pathOf(sha256(records.pdf))).equals(records.pdf)).toBe(true);
    for (const backup of listBackups(core.paths.backupDir)) {
      const manifest = readManifest(backup.folder!);
      expect(manifest.ok && 'protection' in manifest.manifest).toBe(false);
    }
    core.close();
    const reopened = openTestCore(options());
    expect(await call(reopened.dispatch, 'licences.list', {})).toMatchObject({ total: 1 });
    expect(
      (
        await call<{ ok: boolean }>(reopened.dispatch, 'backups.verify', {
          id: listBackups(reopened.paths.backupDir)[0]!.summary.id,
        })
      ).ok,
    ).toBe(true);
    reopened.close();
    const trail = openTestCore(options());
    expect(trail.audit.verify().ok).toBe(true);
    trail.close();
  });
});

describe('backups of a protected folder', () => {
  it('are encrypted copies that verify, and restore into a new folder with the passphrase', async () => {
    const { core } = await protectedCore();
    const backup = await call<BackupSummary>(core.dispatch, 'backups.create', {});
    expect(await call<BackupCheck>(core.dispatch, 'backups.verify', { id: backup.id })).toMatchObject({ ok: true });
    const folder = path.join(core.paths.backupDir, backup.id);
    core.close();
    const target = path.join(root, 'restored');
    await expect(
      restoreIntoNewDataDir(folder, target, clock, '0.0.0', async () => otherPassphrase),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(fs.existsSync(path.join(target, 'aim-licences.sqlite3'))).toBe(false);
    const report = await restoreIntoNewDataDir(folder, target, clock, '0.0.0', async () => passphrase);
    expect(report).toMatchObject({ licences: 1, audit: { ok: true } });
    expect(readVaultHeader(target)).toMatchObject({ state: 'on' });
    expect(filesContaining(target, secretWord)).toEqual([]);
    const restored = openCoreSession({ ...options(), dataDir: target });
    try {
      expect(await call<VaultStatus>(restored.dispatch, 'vault.status', {})).toMatchObject({ state: 'locked' });
      await call(restored.dispatch, 'vault.unlock', { passphrase });
      expect(await call(restored.dispatch, 'documents.verifyFiles', {})).toMatchObject({ checked: 1, damaged: [] });
    } finally {
      await restored.close();
    }
  });

  it('restore a damaged protected database from the recovery screen once unlocked', async () => {
    const { core } = await protectedCore();
    const backup = await call<BackupSummary>(core.dispatch, 'backups.create', {});
    core.close();
    damageEncryptedDatabase(dataPaths(dataDir).databaseFile);
    const s = restart();
    await call(s.dispatch, 'vault.unlock', { passphrase });
    expect(await call(s.dispatch, 'recovery.status', {})).toMatchObject({ mode: 'recovery', reason: 'damaged' });
    expect(await call<VaultStatus>(s.dispatch, 'vault.status', {})).toMatchObject({ state: 'unlocked' });
    await call(s.dispatch, 'recovery.restore', { backupId: backup.id });
    expect(await call(s.dispatch, 'licences.list', {})).toMatchObject({ total: 1 });
  });
});
