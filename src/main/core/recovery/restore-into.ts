import fs from 'node:fs';
import path from 'node:path';

import { backupAt } from '#core/backups/backup-store';
import { type Clock, systemClock } from '#core/clock';
import { composeCore } from '#core/create-core';
import { dataPaths } from '#core/data-dir';
import { openNameKey } from '#core/vault/file-names';
import { singleKeyset, type UnlockedVault } from '#core/vault/keyring';
import { settledHeader, writeVaultHeader } from '#core/vault/vault-header';
import { tryPassphrase } from '#core/vault/vault-keys';
import { AppError } from '#shared/contract';
import type { AuditVerificationView } from '#shared/contract/audit';

import { recordRecovery } from './record-recovery';
import { putBackupInPlace } from './restore-backup';

export interface RestoreReport {
  readonly backupId: string;
  readonly dataDir: string;
  readonly licences: number;
  readonly filesRestored: number;
  readonly audit: AuditVerificationView;
}

/**
 * Restores a backup into a new data directory and proves the result: manifest hashes and
 * integrity_check before the copy goes live, then the app's own start-up (migrations and
 * quick_check) on it, then the audit chain. The restore itself is the last audit entry.
 * A backup of a passphrase-protected folder asks for the passphrase in force when it was taken
 * (`askPassphrase`); the new folder is protected with the same passphrase.
 */
export async function restoreIntoNewDataDir(
  backupFolder: string,
  targetDir: string,
  clock: Clock = systemClock,
  appVersion = '0.0.0',
  askPassphrase?: () => Promise<string>,
): Promise<RestoreReport> {
  const backup = backupAt(path.resolve(backupFolder));
  const paths = dataPaths(targetDir);
  if (fs.existsSync(paths.databaseFile)) {
    throw new AppError('CONFLICT', `${paths.dataDir} already holds a database; restore into a new, empty folder.`, {
      dataDir: paths.dataDir,
    });
  }
  let unlocked: UnlockedVault | undefined;
  const protection = backup.manifest?.protection;
  if (protection) {
    if (!askPassphrase)
      throw new AppError(
        'UNAUTHORIZED',
        `Backup ${backup.summary.id} is protected with a passphrase; give it to restore the backup.`,
      );
    const keys = await tryPassphrase(await askPassphrase(), protection);
    if (!keys)
      throw new AppError(
        'UNAUTHORIZED',
        `That passphrase does not open backup ${backup.summary.id}: give the passphrase set on ${protection.createdAt.slice(0, 10)}, which was in force when it was taken.`,
      );
    // Attachments keep the names the backup gives them: the same name key, sealed in its manifest.
    const nameKey = backup.manifest?.fileNames ? openNameKey(backup.manifest.fileNames, [keys]) : null;
    if (backup.manifest?.fileNames && !nameKey)
      throw new AppError(
        'UNREADABLE_FILE',
        `The manifest of backup ${backup.summary.id} was altered: the key that names its attached files does not open.`,
      );
    unlocked = { keyset: singleKeyset(keys, nameKey), databaseKey: keys };
  }
  const filesRestored = await putBackupInPlace(backup, paths, clock, null, {
    key: unlocked?.databaseKey?.database ?? null,
    signer: unlocked?.databaseKey ?? null,
  });
  // The restored folder is protected as the backup was: same key, so its attachments open as copied.
  if (unlocked?.databaseKey)
    writeVaultHeader(paths.dataDir, settledHeader(unlocked.databaseKey, unlocked.keyset.fileNames));
  const { core, parts } = composeCore({
    dataDir: paths.dataDir,
    clock,
    appVersion,
    host: 'in-process',
    onRollback: 'ignore',
    ...(unlocked ? { unlocked } : {}),
  });
  try {
    await parts.vault.namesSettled();
    recordRecovery(parts, 'restore', {
      before: { dataDir: paths.dataDir, database: 'none' },
      after: {
        backupId: backup.summary.id,
        backupCreatedAt: backup.summary.createdAt,
        auditHead: backup.manifest?.auditHead ?? null,
      },
    });
    const audit = await core.dispatch('audit.verify', {}, { host: 'cli' });
    if (!audit.ok) throw AppError.fromPayload(audit.error);
    const licences = parts.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM licences').get()!.n;
    return {
      backupId: backup.summary.id,
      dataDir: paths.dataDir,
      licences,
      filesRestored,
      audit: audit.value as AuditVerificationView,
    };
  } finally {
    core.close();
  }
}
