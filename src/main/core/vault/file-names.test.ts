import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { manifestFileName, manifestText, readManifest } from '#core/backups/backup-manifest';
import { listBackups } from '#core/backups/backup-store';
import { fixedClock } from '#core/clock';
import { dataPaths } from '#core/data-dir';
import { type CoreSession, openCoreSession } from '#core/recovery/core-session';
import { restoreIntoNewDataDir } from '#core/recovery/restore-into';
import type { BackupSummary } from '#shared/contract/backups';
import type { VaultOutcome } from '#shared/contract/vault';

import { openTestCore, type TestCore } from '../../../../tests/support/temp-core';
import {
  call,
  filesContaining,
  filesUnder,
  otherPassphrase,
  passphrase,
  recordsWithSecret,
  secretWord,
  testKdf,
} from '../../../../tests/support/vault-fixtures';
import { convertBackups } from './convert-backups';
import { convertStoredFiles } from './convert-files';
import { openNameKey } from './file-names';
import { readVaultHeader, writeVaultHeader } from './vault-header';
import { tryPassphrase } from './vault-keys';

let root: string;
let dataDir: string;
let core: TestCore | null = null;
let session: CoreSession | null = null;
const clock = fixedClock('2026-03-02T15:00:00.000Z');
const options = (dir = dataDir) => ({ dataDir: dir, clock, checkOutputs: true, logError: () => {}, vaultKdf: testKdf });

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-names-'));
  dataDir = path.join(root, 'data');
});
afterEach(async () => {
  core?.close();
  core = null;
  await session?.close();
  session = null;
  fs.rmSync(root, { recursive: true, force: true });
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Where the certificate's SHA-256 shows in the folder: in a file's path, or in a file's bytes (as text or raw). */
function traces(dir: string, hash: string): string[] {
  const raw = Buffer.from(hash, 'hex');
  return filesUnder(dir)
    .filter((f) => f.file.includes(hash) || f.bytes.includes(hash) || f.bytes.includes(raw))
    .map((f) => f.file);
}

/** Stored attachment names, under files/ and in every backup. */
const storedNames = (dir: string): string[] =>
  filesUnder(dir)
    .map((f) => f.file.split(path.sep).join('/'))
    .filter((f) => /(^|\/)files\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(f))
    .sort();

/** Plain data with an attached certificate and a backup, then protection switched on; the core stays open. */
async function protectedFolder() {
  core = openTestCore(options());
  const records = await recordsWithSecret(core);
  await call(core.dispatch, 'backups.create', {});
  const outcome = await call<VaultOutcome>(core.dispatch, 'vault.enable', {
    passphrase,
    confirmation: passphrase,
    acknowledgeNoRecovery: true,
  });
  return { core, records, outcome, hash: sha256(records.pdf) };
}

async function readsIntact(
  c: Pick<TestCore, 'dispatch'>,
  records: { documentId: string; fileId: string; pdf: Buffer },
) {
  const opened = await call<{ intact: boolean; sha256: string; contentBase64: string }>(
    c.dispatch,
    'documents.readFile',
    { documentId: records.documentId, fileId: records.fileId },
  );
  expect(opened.intact).toBe(true);
  expect(Buffer.from(opened.contentBase64, 'base64').equals(records.pdf)).toBe(true);
  expect(await call(c.dispatch, 'documents.verifyFiles', {})).toMatchObject({ checked: 1, damaged: [] });
}

describe('attachment names in a protected folder', () => {
  it('are not the SHA-256 of the content, in the folder or in its backups, while the app still shows the real hash', async () => {
    const { core, records, outcome, hash } = await protectedFolder();
    expect(outcome).toMatchObject({ filesConverted: 1, backupsConverted: 1, problems: [] });
    // Before switching on, the certificate sat at files/<sha>[0:2]/<sha>, and the backup listed it.
    expect(traces(dataDir, hash)).toEqual([]);
    const names = storedNames(dataDir);
    // The attachment, the converted backup's copy and the fresh backup's copy: one keyed name each time.
    expect(names).toHaveLength(3);
    expect(new Set(names.map((n) => path.posix.basename(n))).size).toBe(1);
    expect(names.every((n) => !n.includes(hash))).toBe(true);
    for (const backup of listBackups(core.paths.backupDir)) {
      const read = readManifest(backup.folder!);
      expect(read.ok && read.manifest.fileNames).toHaveLength(1);
    }
    // The hash the app shows (evidence) is still the real SHA-256, kept in the encrypted database.
    const document = await call<{ files: { sha256: string }[] }>(core.dispatch, 'documents.get', {
      id: records.documentId,
    });
    expect(document.files.map((f) => f.sha256)).toEqual([hash]);
    await readsIntact(core, records);
  });

  it('stay the same when the passphrase changes, and become plain SHA-256 again when protection is removed', async () => {
    const { core, records, hash } = await protectedFolder();
    const before = storedNames(dataDir);
    const changed = await call<VaultOutcome>(core.dispatch, 'vault.change', {
      currentPassphrase: passphrase,
      passphrase: otherPassphrase,
      confirmation: otherPassphrase,
    });
    expect(changed.problems).toEqual([]);
    // Re-sealed under the new key, same names (the fresh backup adds one more copy under the same name).
    const after = storedNames(dataDir);
    expect(after.filter((n) => before.includes(n))).toEqual(before);
    expect(new Set(after.map((n) => path.posix.basename(n))).size).toBe(1);
    expect(traces(dataDir, hash)).toEqual([]);
    await readsIntact(core, records);

    const removed = await call<VaultOutcome>(core.dispatch, 'vault.remove', { currentPassphrase: otherPassphrase });
    expect(removed.problems).toEqual([]);
    const plain = storedNames(dataDir);
    expect(plain.every((n) => n.endsWith(`files/${hash.slice(0, 2)}/${hash}`))).toBe(true);
    expect(fs.readFileSync(core.evidence.files.pathOf(hash)).equals(records.pdf)).toBe(true);
    for (const backup of listBackups(core.paths.backupDir)) {
      const read = readManifest(backup.folder!);
      expect(read.ok && read.manifest.fileNames).toBeUndefined();
    }
    await readsIntact(core, records);
  });

  it('travel with a backup restored into a new folder, which reads the attachment', async () => {
    const { core, records, hash } = await protectedFolder();
    const backup = await call<BackupSummary>(core.dispatch, 'backups.create', {});
    const folder = path.join(core.paths.backupDir, backup.id);
    const backupNames = storedNames(folder);
    core.close();
    const target = path.join(root, 'restored');
    await restoreIntoNewDataDir(folder, target, clock, '0.0.0', async () => passphrase);
    expect(traces(target, hash)).toEqual([]);
    expect(storedNames(target).map((n) => path.posix.basename(n))).toEqual(
      backupNames.map((n) => path.posix.basename(n)),
    );
    session = openCoreSession(options(target));
    await call(session.dispatch, 'vault.unlock', { passphrase });
    await readsIntact(session, records);
  });

  it('are brought in at the next start of a folder protected before keyed names, also after a start cut short', async () => {
    const { core, records, hash } = await protectedFolder();
    core.close();
    // What an older version left: attachments and backups under plain SHA-256 names, no name key in vault.json.
    const paths = dataPaths(dataDir);
    const header = readVaultHeader(dataDir)!;
    const keys = (await tryPassphrase(passphrase, header.keys[0]!))!;
    const nameKey = openNameKey(header.fileNames!, [keys])!;
    expect((await convertStoredFiles(paths.filesDir, keys, [keys], null, () => {}, [nameKey])).problems).toEqual([]);
    expect((await convertBackups(paths.backupDir, keys, [keys], null)).problems).toEqual([]);
    const { fileNames: _names, ...older } = header;
    writeVaultHeader(dataDir, older);
    expect(traces(dataDir, hash).length).toBeGreaterThan(0);

    session = openCoreSession(options());
    await call(session.dispatch, 'vault.unlock', { passphrase });
    const migrated = readVaultHeader(dataDir)!;
    expect(migrated.fileNames).toHaveLength(1);
    expect(migrated.fileNamesPending).toBeUndefined();
    expect(traces(dataDir, hash)).toEqual([]);
    const trail = await call<{ items: { action: string }[] }>(session.dispatch, 'audit.list', { limit: 5 });
    expect(trail.items.map((i) => i.action)).toContain('attachment-names-keyed');
    await readsIntact(session, records);
    await session.close();
    session = null;

    // Cut short right after the key was written: every file still under its plain name, still readable, finished next start.
    const key = openNameKey(migrated.fileNames!, [keys])!;
    await convertStoredFiles(paths.filesDir, keys, [keys], null, () => {}, [key]);
    writeVaultHeader(dataDir, { ...migrated, fileNamesPending: true });
    expect(traces(dataDir, hash).length).toBeGreaterThan(0);
    session = openCoreSession(options());
    await call(session.dispatch, 'vault.unlock', { passphrase });
    expect(readVaultHeader(dataDir)!.fileNamesPending).toBeUndefined();
    expect(traces(dataDir, hash)).toEqual([]);
    await readsIntact(session, records);
  });

  it('are given to the attachments of a backup folder from before keyed names restored in the app', async () => {
    const { core, records, hash } = await protectedFolder();
    const [newest] = listBackups(core.paths.backupDir);
    const usb = path.join(root, 'usb');
    fs.cpSync(newest!.folder!, path.join(usb, newest!.summary.id), { recursive: true });
    core.close();
    const keys = (await tryPassphrase(passphrase, readVaultHeader(dataDir)!.keys[0]!))!;
    // The copy on the drive as an older version wrote it: plain SHA-256 names, no name key in its manifest.
    expect((await convertBackups(usb, keys, [keys], null)).problems).toEqual([]);
    expect(traces(usb, hash).length).toBeGreaterThan(0);
    // The live attachment is gone, so it must come back from the backup.
    fs.rmSync(dataPaths(dataDir).filesDir, { recursive: true });

    session = openCoreSession(options());
    await call(session.dispatch, 'vault.unlock', { passphrase });
    const electron = { host: 'electron' } as const;
    const token = session.grantGiven('backup-folder', [path.join(usb, newest!.summary.id)])!.files[0]!.token;
    const restored = await session.dispatch('backups.restoreFolder', { token, confirm: 'REPLACE' }, electron);
    expect(restored).toMatchObject({ ok: true, value: { filesRestored: 1 } });
    expect(traces(dataPaths(dataDir).filesDir, hash)).toEqual([]);
    await readsIntact(session, records);
  });

  it('keep an altered attachment under its name, sealed, and reported as damaged, when protection is switched on', async () => {
    core = openTestCore(options());
    const records = await recordsWithSecret(core);
    const hash = sha256(records.pdf);
    const file = core.evidence.files.pathOf(hash);
    fs.writeFileSync(file, Buffer.concat([records.pdf, Buffer.from('\n% altered')]));
    const outcome = await call<VaultOutcome>(core.dispatch, 'vault.enable', {
      passphrase,
      confirmation: passphrase,
      acknowledgeNoRecovery: true,
    });
    expect(outcome.problems).toEqual([expect.stringMatching(/does not match its name \(it was altered\)/)]);
    expect(filesContaining(dataDir, secretWord)).toEqual([]);
    expect(await call(core.dispatch, 'documents.verifyFiles', {})).toMatchObject({ checked: 1, damaged: [{}] });
  });

  it('refuse a backup whose manifest carries a name key that does not open, before anything is restored', async () => {
    const { core } = await protectedFolder();
    const backup = await call<BackupSummary>(core.dispatch, 'backups.create', {});
    const folder = path.join(core.paths.backupDir, backup.id);
    const read = readManifest(folder);
    if (!read.ok) throw new Error(read.problem);
    const [sealed] = read.manifest.fileNames!;
    const bytes = Buffer.from(sealed!.sealed, 'base64');
    bytes[20] = bytes[20]! ^ 1;
    fs.writeFileSync(
      path.join(folder, manifestFileName),
      manifestText({ ...read.manifest, fileNames: [{ ...sealed!, sealed: bytes.toString('base64') }] }, null),
    );
    core.close();
    const target = path.join(root, 'restored');
    await expect(restoreIntoNewDataDir(folder, target, clock, '0.0.0', async () => passphrase)).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
    });
    expect(fs.existsSync(path.join(target, 'aim-licences.sqlite3'))).toBe(false);
  });
});
