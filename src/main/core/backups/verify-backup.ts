import fs from 'node:fs';
import path from 'node:path';

import type { DatabaseKey } from '#core/db/sqlite-key';

import { backupFilesFolder, insideFolder } from './backup-manifest';
import type { StoredBackup } from './backup-store';
import { checkDatabaseFile } from './database-health';
import { hashFile } from './file-hash';

/**
 * Checks a backup before anyone relies on it: the database copy and each attachment against the
 * SHA-256 in the manifest, then SQLite's integrity_check on the database copy. Returns the
 * problems in words (empty when the backup is good). `key`: the database copy's key, when the
 * backup was taken of a passphrase-protected folder.
 */
export async function verifyBackup(backup: StoredBackup, key: DatabaseKey | null = null): Promise<string[]> {
  const problems: string[] = [];
  const manifest = backup.manifest;
  if (manifest) {
    try {
      const actual = await hashFile(backup.databaseFile);
      if (actual.sha256 !== manifest.database.sha256)
        problems.push('the database copy differs from the one recorded in the manifest (SHA-256 mismatch)');
    } catch (error) {
      problems.push(
        `the database copy cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
      return problems;
    }
    for (const file of manifest.files) {
      const full = insideFolder(path.join(backup.folder!, backupFilesFolder), file.path);
      if (!fs.existsSync(full)) {
        problems.push(`attachment ${file.path} is missing`);
        continue;
      }
      const actual = await hashFile(full);
      if (actual.sha256 !== file.sha256)
        problems.push(`attachment ${file.path} differs from the one recorded in the manifest`);
    }
    if (manifest.integrity === 'failed')
      problems.push(
        `the database was already damaged when this backup was taken (${manifest.integrityProblems[0] ?? 'integrity_check failed'})`,
      );
  }
  if (problems.length === 0)
    problems.push(...checkDatabaseFile(backup.databaseFile, 'full', key).map((p) => `integrity_check: ${p}`));
  return problems;
}
