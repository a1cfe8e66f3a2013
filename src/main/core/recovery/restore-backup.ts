import fs from 'node:fs';
import path from 'node:path';

import { anchorFile, readAuditHead, syncDirectory, writeAnchor } from '#core/audit/audit-anchor';
import { backupFilesFolder, insideFolder } from '#core/backups/backup-manifest';
import { fileStamp, type StoredBackup } from '#core/backups/backup-store';
import { checkDatabaseFile } from '#core/backups/database-health';
import { copyAndHash, hashFile } from '#core/backups/file-hash';
import { verifyBackup } from '#core/backups/verify-backup';
import type { Clock } from '#core/clock';
import type { DataPaths } from '#core/data-dir';
import { type DatabaseKey, openSqlite } from '#core/db/sqlite-key';
import type { VaultKeys } from '#core/vault/vault-keys';
import { AppError } from '#shared/contract';

/** The live database and what belongs to it: moved together, never one without the others. */
const sidecars = (paths: DataPaths) => [
  paths.databaseFile,
  `${paths.databaseFile}-wal`,
  `${paths.databaseFile}-shm`,
  `${paths.databaseFile}-journal`,
  anchorFile(paths.dataDir),
];

/**
 * Moves the current database (and its WAL, shared memory and audit anchor) into a new
 * `set-aside-…` folder of the data directory. Nothing is deleted: the damaged file stays
 * available for a specialist. Returns the folder, or null when there was nothing to move.
 */
export function setAsideDatabase(paths: DataPaths, clock: Clock, label: string): string | null {
  const present = sidecars(paths).filter((file) => fs.existsSync(file));
  if (present.length === 0) return null;
  const folder = path.join(paths.dataDir, `set-aside-${fileStamp(clock.now())}-${label}`);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  for (const file of present) fs.renameSync(file, path.join(folder, path.basename(file)));
  syncDirectory(paths.dataDir);
  return folder;
}

/** Puts the set-aside database back where it was (a restore that failed half-way). */
export function putBackSetAside(paths: DataPaths, setAsideIn: string | null): void {
  if (!setAsideIn || fs.existsSync(paths.databaseFile)) return;
  for (const name of fs.readdirSync(setAsideIn)) {
    const back = path.join(paths.dataDir, name);
    if (!fs.existsSync(back)) fs.renameSync(path.join(setAsideIn, name), back);
  }
}

async function restoreAttachments(
  backup: StoredBackup,
  paths: DataPaths,
  setAsideIn: string | null,
  onStep: RestoreStep,
): Promise<number> {
  if (!backup.manifest || !backup.folder) return 0;
  let restored = 0;
  for (const [index, entry] of backup.manifest.files.entries()) {
    onStep('Restoring attachments', index, backup.manifest.files.length);
    const source = insideFolder(path.join(backup.folder, backupFilesFolder), entry.path);
    const target = insideFolder(paths.filesDir, entry.path);
    if (fs.existsSync(target)) {
      if ((await hashFile(target)).sha256 === entry.sha256) continue;
      // A different file under the same name is kept, not overwritten.
      const keep = insideFolder(
        path.join(setAsideIn ?? path.join(paths.dataDir, 'set-aside-attachments'), 'files'),
        entry.path,
      );
      fs.mkdirSync(path.dirname(keep), { recursive: true, mode: 0o700 });
      fs.renameSync(target, keep);
    }
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    const copied = await copyAndHash(source, target);
    if (copied.sha256 !== entry.sha256)
      throw new AppError('UNREADABLE_FILE', `Attachment ${entry.path} changed while it was restored; try again.`);
    restored += 1;
  }
  return restored;
}

/** Told what is being done, as it goes (`total` 0: the amount is not known). */
export type RestoreStep = (step: string, done: number, total: number) => void;

/**
 * Puts a verified backup in place as the data directory's database (which must not exist any
 * more: set it aside first), restores missing or different attachments, and anchors the audit
 * trail at the restored head. Each copy is checked against the manifest's SHA-256 and SQLite's
 * integrity_check before the final rename, so a bad copy never becomes the live file.
 */
export async function assertBackupUsable(backup: StoredBackup, key: DatabaseKey | null = null): Promise<void> {
  const problems = await verifyBackup(backup, key);
  if (problems.length > 0) {
    throw new AppError(
      'UNREADABLE_FILE',
      `Backup ${backup.summary.id} cannot be used: ${problems[0]}. Choose an older backup.`,
      { id: backup.summary.id, problems },
    );
  }
}

export async function putBackupInPlace(
  backup: StoredBackup,
  paths: DataPaths,
  clock: Clock,
  setAsideIn: string | null,
  /**
   * `key`: the backup's database key when it was taken of a passphrase-protected folder;
   * `signer`: the folder's key, which signs the new audit anchor.
   */
  options: {
    alreadyVerified?: boolean;
    key?: DatabaseKey | null;
    signer?: VaultKeys | null;
    onStep?: RestoreStep;
  } = {},
): Promise<number> {
  const key = options.key ?? null;
  const onStep = options.onStep ?? (() => {});
  if (!options.alreadyVerified) await assertBackupUsable(backup, key);
  if (fs.existsSync(paths.databaseFile)) {
    throw new AppError('CONFLICT', `${paths.databaseFile} already exists; it is never overwritten by a restore.`, {
      file: paths.databaseFile,
    });
  }
  fs.mkdirSync(paths.dataDir, { recursive: true, mode: 0o700 });
  const temp = `${paths.databaseFile}.restoring`;
  fs.rmSync(temp, { force: true });
  onStep('Copying the database', 0, 0);
  const copied = await copyAndHash(backup.databaseFile, temp);
  const expected = backup.manifest?.database.sha256;
  const copyProblems =
    expected !== undefined && copied.sha256 !== expected
      ? ['the copy differs from the backup']
      : checkDatabaseFile(temp, 'full', key);
  if (copyProblems.length > 0) {
    fs.rmSync(temp, { force: true });
    throw new AppError(
      'UNREADABLE_FILE',
      `The restored copy of ${backup.summary.id} failed its check (${copyProblems[0]}); nothing was changed.`,
    );
  }
  fs.renameSync(temp, paths.databaseFile);
  syncDirectory(paths.dataDir);
  const files = await restoreAttachments(backup, paths, setAsideIn, onStep);

  const db = openSqlite(paths.databaseFile, { readonly: true, fileMustExist: true }, key);
  try {
    const head = readAuditHead(db);
    if (head) writeAnchor(paths.dataDir, head, clock.now().toISOString(), options.signer ?? null);
  } finally {
    db.close();
  }
  return files;
}
