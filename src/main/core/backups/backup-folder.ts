import { backupKey } from '#core/vault/backup-key';
import type { Keyring } from '#core/vault/keyring';
import { AppError } from '#shared/contract';
import type { BackupSummary } from '#shared/contract/backups';

import { backupAt } from './backup-store';
import { verifyBackup } from './verify-backup';

/**
 * A backup folder from outside the data folder (a USB drive, another computer's backups): read
 * and checked the way the backups list checks its own, before anyone restores it.
 */
export async function inspectBackupFolder(
  folder: string,
  keyring: Pick<Keyring, 'all'>,
): Promise<{ summary: BackupSummary; ok: boolean; problems: string[] }> {
  const backup = backupAt(folder);
  if (backup.summary.kind !== 'full') {
    throw new AppError('VALIDATION', 'That folder is not a full backup made by this app (it has no manifest).');
  }
  const key = backupKey(backup, keyring.all());
  if (backup.manifest?.protection && !key) {
    return {
      summary: backup.summary,
      ok: false,
      problems: [
        `it was taken of a folder protected with another passphrase (set on ${backup.manifest.protection.createdAt.slice(0, 10)}); restore it into a new folder with \`aim-licence backup restore\`, which asks for that passphrase`,
      ],
    };
  }
  let problems: string[];
  try {
    problems = await verifyBackup(backup, key?.database ?? null);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problems = [error.message];
  }
  return { summary: backup.summary, ok: problems.length === 0, problems };
}
