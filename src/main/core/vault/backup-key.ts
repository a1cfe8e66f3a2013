import type { StoredBackup } from '#core/backups/backup-store';
import { keyThatOpens } from '#core/db/sqlite-key';
import { AppError } from '#shared/contract';

import { keyIdOf, type VaultKeys } from './vault-keys';

/**
 * The key a backup's database copy is encrypted with, among the folder's keys; null when it is
 * plain. A full backup says so in its manifest; a pre-migration copy (no manifest) is tried.
 */
export function backupKey(backup: StoredBackup, keys: readonly VaultKeys[]): VaultKeys | null {
  if (backup.manifest) {
    const protection = backup.manifest.protection;
    if (!protection) return null;
    const found = keys.find((k) => k.id === keyIdOf(protection.check));
    if (found) return found;
    throw new AppError(
      'UNAUTHORIZED',
      `Backup ${backup.summary.id} was taken under another passphrase than this folder's. Restore it into a new folder with "aim-licence backup restore" and the passphrase that was in force when it was taken.`,
      { id: backup.summary.id },
    );
  }
  return keyThatOpens<VaultKeys | null>(backup.databaseFile, [...keys, null]) ?? null;
}
