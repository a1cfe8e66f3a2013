import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { listBackups } from '#core/backups/backup-store';
import { fixedClock } from '#core/clock';
import { dataPaths } from '#core/data-dir';
import { rekeyFile } from '#core/db/sqlite-key';
import { type CoreSession, openCoreSession } from '#core/recovery/core-session';
import type { BackupSummary } from '#shared/contract/backups';
import type { VaultStatus } from '#shared/contract/vault';

import { openTestCore } from '../../../../tests/support/temp-core';
import {
  call,
  filesContaining,
  otherPassphrase,
  passphrase,
  recordsWithSecret,
  secretWord,
  testKdf,
} from '../../../../tests/support/vault-fixtures';
import { convertBackups } from './convert-backups';
import { newFileNameKey, openNameKey } from './file-names';
import { sealedKeyId } from './sealed-file';
import { pendingHeader, readVaultHeader, writeVaultHeader } from './vault-header';
import { createKeys, tryPassphrase } from './vault-keys';

const ctx = { host: 'in-process' } as const;
let dataDir: string;
let session: CoreSession | null = null;
const clock = fixedClock('2026-03-02T15:00:00.000Z');
const options = () => ({ dataDir, clock, checkOutputs: true, logError: () => {}, vaultKdf: testKdf });

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-vault-crash-'));
});
afterEach(async () => {
  await session?.close();
  session = null;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Plain records, an attachment and a backup, closed. */
async function plainFolder(): Promise<void> {
  const core = openTestCore(options());
  await recordsWithSecret(core);
  await call(core.dispatch, 'backups.create', {});
  core.close();
}

const storedFiles = () =>
  (fs.readdirSync(dataPaths(dataDir).filesDir, { recursive: true }) as string[])
    .filter((p) => /[0-9a-f]{64}$/.test(p))
    .map((p) => path.join(dataPaths(dataDir).filesDir, p));

describe('a change of protection cut short', () => {
  it('is finished at the next unlock when switching on stopped right after the header was written', async () => {
    await plainFolder();
    const keys = await createKeys(passphrase, clock.now().toISOString(), testKdf);
    writeVaultHeader(dataDir, pendingHeader('enabling', null, keys, newFileNameKey()));
    session = openCoreSession(options());
    expect(await call<VaultStatus>(session.dispatch, 'vault.status', {})).toMatchObject({
      state: 'locked',
      unfinished: 'enabling',
    });

    expect(await call<VaultStatus>(session.dispatch, 'vault.unlock', { passphrase })).toMatchObject({
      state: 'unlocked',
      unfinished: null,
    });
    expect(readVaultHeader(dataDir)).toMatchObject({ state: 'on' });
    expect(filesContaining(dataDir, secretWord)).toEqual([]);
    const trail = await call<{ items: { action: string }[] }>(session.dispatch, 'audit.list', { limit: 3 });
    expect(trail.items.map((i) => i.action)).toContain('protection-finished');
    expect(await call(session.dispatch, 'licences.list', {})).toMatchObject({ total: 1 });
  });

  it.each([
    ['the old passphrase', passphrase],
    ['the new passphrase', otherPassphrase],
  ])(
    'is finished with %s when a passphrase change stopped after the database was re-encrypted',
    async (_label, given) => {
      await plainFolder();
      const first = openTestCore(options());
      await call(first.dispatch, 'vault.enable', { passphrase, confirmation: passphrase, acknowledgeNoRecovery: true });
      first.close();
      // What a crash part-way through "change" leaves: header pending, database under the new key, attachments under the old one.
      const header = readVaultHeader(dataDir)!;
      const oldKeys = (await tryPassphrase(passphrase, header.keys[0]!))!;
      const newKeys = await createKeys(otherPassphrase, clock.now().toISOString(), testKdf);
      const nameKey = openNameKey(header.fileNames!, [oldKeys]);
      writeVaultHeader(dataDir, pendingHeader('changing', oldKeys, newKeys, nameKey));
      rekeyFile(dataPaths(dataDir).databaseFile, oldKeys.database, newKeys.database);
      expect(storedFiles().map((f) => sealedKeyId(fs.readFileSync(f)))).toEqual([oldKeys.id]);

      session = openCoreSession(options());
      await call(session.dispatch, 'vault.unlock', { passphrase: given });
      expect(storedFiles().map((f) => sealedKeyId(fs.readFileSync(f)))).toEqual([newKeys.id]);
      expect(readVaultHeader(dataDir)).toMatchObject({ state: 'on', target: newKeys.id });
      expect(await call(session.dispatch, 'documents.verifyFiles', {})).toMatchObject({ checked: 1, damaged: [] });
      await session.close();

      session = openCoreSession(options());
      expect(await session.dispatch('vault.unlock', { passphrase }, ctx)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHORIZED' },
      });
      await call(session.dispatch, 'vault.unlock', { passphrase: otherPassphrase });
      expect(await call(session.dispatch, 'licences.list', {})).toMatchObject({ total: 1 });
    },
  );

  it('puts back a backup whose swap for its converted copy was cut between the two renames', async () => {
    await plainFolder();
    const backupDir = dataPaths(dataDir).backupDir;
    const [backup] = listBackups(backupDir);
    fs.renameSync(backup!.folder!, path.join(backupDir, `.replaced-${backup!.summary.id}`));
    expect(listBackups(backupDir)).toEqual([]);
    const keys = await createKeys(passphrase, clock.now().toISOString(), testKdf);
    expect(await convertBackups(backupDir, keys, [keys], newFileNameKey())).toEqual({ converted: 1, problems: [] });
    expect(listBackups(backupDir).map((b) => b.summary.id)).toEqual([backup!.summary.id]);
    expect(fs.readdirSync(backupDir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('a settled protected folder', () => {
  it('never takes a plain database put in place of the encrypted one for the records', async () => {
    await plainFolder();
    const core = openTestCore(options());
    const backup = await call<BackupSummary>(core.dispatch, 'backups.create', {});
    await call(core.dispatch, 'vault.enable', { passphrase, confirmation: passphrase, acknowledgeNoRecovery: true });
    core.close();
    const file = dataPaths(dataDir).databaseFile;
    fs.rmSync(file);
    const forged = new Database(file);
    forged.exec("CREATE TABLE licences (id TEXT); INSERT INTO licences VALUES ('forged')");
    forged.close();

    session = openCoreSession(options());
    await call(session.dispatch, 'vault.unlock', { passphrase });
    expect(await call(session.dispatch, 'recovery.status', {})).toMatchObject({ mode: 'recovery', reason: 'damaged' });
    expect(session.isOpen()).toBe(false);
    expect(listBackups(dataPaths(dataDir).backupDir).some((b) => b.summary.id === backup.id)).toBe(true);
  });
});
