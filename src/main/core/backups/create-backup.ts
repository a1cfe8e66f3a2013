import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { syncDirectory, writeFileAtomically } from '#core/audit/audit-anchor';
import type { Clock } from '#core/clock';
import type { DataPaths } from '#core/data-dir';
import type { Db } from '#core/db/open-database';
import { type DatabaseKey, openSqlite } from '#core/db/sqlite-key';
import { makePrivate } from '#core/private-files';
import { sealNameKey } from '#core/vault/file-names';
import type { VaultKeys } from '#core/vault/vault-keys';
import type { backupReasons } from '#shared/contract/backups';

import {
  backupDatabaseName,
  backupFilesFolder,
  type BackupManifest,
  type FileEntry,
  insideFolder,
  manifestFileName,
  manifestText,
} from './backup-manifest';
import { fileStamp, findBackup, listBackups, partialPrefix, type StoredBackup } from './backup-store';
import { integrityProblems } from './database-health';
import { copyAndHash, fsyncFile, hashFile, listFiles } from './file-hash';

export interface CreateBackupOptions {
  readonly db: Db;
  readonly paths: DataPaths;
  readonly clock: Clock;
  readonly appVersion: string;
  readonly reason: (typeof backupReasons)[number];
  /** The live database's passphrase key, when the data folder is protected: the copy stays encrypted with it. */
  readonly keys?: VaultKeys | null;
  /** The folder's attachment name key (with `keys`): sealed into the manifest so a restore can name files as the backup does. */
  readonly nameKey?: Buffer | null;
  /** Told what is being done, as it goes (`total` 0: the amount is not known). */
  readonly onStep?: BackupStep;
}

export type BackupStep = (step: string, done: number, total: number) => void;

function countOf(db: Db, table: string): number | null {
  try {
    return db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
  } catch {
    return null;
  }
}

/** Opens the fresh copy, checks it, records what it holds, and makes it a single self-contained file. */
function inspectCopy(file: string, key: DatabaseKey | null) {
  const copy = openSqlite(file, {}, key);
  try {
    const problems = integrityProblems(copy, 'full');
    const head =
      copy
        .prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')
        .get() ?? null;
    const facts = {
      problems,
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      licences: countOf(copy, 'licences'),
      auditEntries: countOf(copy, 'audit_log'),
      auditHead: head,
    };
    // The copy carries the live file's WAL flag; a rollback journal keeps it to one file.
    copy.pragma('journal_mode = DELETE');
    return facts;
  } finally {
    copy.close();
  }
}

/** Attachments: an unchanged file is hard-linked from the previous backup instead of copied again. */
async function copyAttachments(
  filesDir: string,
  target: string,
  previous: StoredBackup | null,
  onStep: BackupStep,
): Promise<FileEntry[]> {
  const before = new Map((previous?.manifest?.files ?? []).map((f) => [f.path, f]));
  const entries: FileEntry[] = [];
  const all = listFiles(filesDir);
  for (const [index, relative] of all.entries()) {
    onStep('Copying attachments', index, all.length);
    const source = insideFolder(filesDir, relative);
    const destination = insideFolder(target, relative);
    fs.mkdirSync(path.dirname(destination), { recursive: true, mode: 0o700 });
    const known = before.get(relative);
    if (known && previous?.folder) {
      const current = await hashFile(source);
      if (current.sha256 === known.sha256) {
        try {
          fs.linkSync(insideFolder(path.join(previous.folder, backupFilesFolder), relative), destination);
          entries.push({ path: relative, ...current });
          continue;
        } catch {
          // No hard links here (another file system, FAT): copy instead.
        }
      }
    }
    entries.push({ path: relative, ...(await copyAndHash(source, destination)) });
  }
  return entries;
}

/**
 * A backup the app can be restored from while it runs: SQLite's online backup API copies the
 * database page by page (a consistent snapshot even if writes happen meanwhile), then the
 * attachment folder is copied and every file hashed into a manifest. Everything is written into
 * a hidden `.partial-…` folder and renamed into place only when complete, so a crash or power
 * cut mid-way never leaves something that looks like a backup but is not.
 */
export async function createBackup(options: CreateBackupOptions): Promise<StoredBackup> {
  const { db, paths, clock } = options;
  const onStep = options.onStep ?? (() => {});
  const createdAt = clock.now();
  const id = `${fileStamp(createdAt)}-${options.reason}-${randomBytes(3).toString('hex')}`;
  const partial = path.join(paths.backupDir, `${partialPrefix}${id}`);
  fs.mkdirSync(path.join(partial, backupFilesFolder), { recursive: true, mode: 0o700 });
  try {
    const databaseCopy = path.join(partial, backupDatabaseName);
    const keys = options.keys ?? null;
    onStep('Copying the database', 0, 0);
    if (keys) {
      // SQLite's online backup API refuses an encrypted source ("incompatible source and target
      // databases"). VACUUM INTO writes a consistent copy in one statement, encrypted with the same key.
      db.prepare('VACUUM INTO ?').run(databaseCopy);
    } else {
      await db.backup(databaseCopy);
    }
    makePrivate(databaseCopy);
    onStep('Checking the copy', 0, 0);
    const facts = inspectCopy(databaseCopy, keys?.database ?? null);
    fsyncFile(databaseCopy);
    const database = await hashFile(databaseCopy);
    const previous = listBackups(paths.backupDir).find((b) => b.summary.kind === 'full') ?? null;
    const files = await copyAttachments(paths.filesDir, path.join(partial, backupFilesFolder), previous, onStep);

    const manifest: BackupManifest = {
      format: 'aim-licences-backup',
      formatVersion: 1,
      id,
      createdAt: createdAt.toISOString(),
      reason: options.reason,
      appVersion: options.appVersion,
      schemaVersion: facts.schemaVersion,
      database,
      files,
      integrity: facts.problems.length === 0 ? 'ok' : 'failed',
      integrityProblems: facts.problems,
      counts: { licences: facts.licences, auditEntries: facts.auditEntries },
      auditHead: facts.auditHead,
      ...(keys ? { protection: keys.spec } : {}),
      ...(keys && options.nameKey ? { fileNames: [sealNameKey(options.nameKey, keys)] } : {}),
    };
    writeFileAtomically(path.join(partial, manifestFileName), manifestText(manifest, keys));
    fs.renameSync(partial, path.join(paths.backupDir, id));
    syncDirectory(paths.backupDir);
    return findBackup(paths.backupDir, id);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
