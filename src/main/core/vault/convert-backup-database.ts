import fs from 'node:fs';

import { checkDatabaseFile } from '#core/backups/database-health';
import { fsyncFile, hashFile } from '#core/backups/file-hash';
import { rekeyFile } from '#core/db/sqlite-key';
import { AppError } from '#shared/contract/errors';

export interface BackupDatabaseConversion {
  /** The backup's database file, left as it is. */
  readonly source: string;
  /** Where the converted copy goes (inside the conversion's work folder). */
  readonly copy: string;
  /** The key it is encrypted with now, and the one it is to be encrypted with (null: none). */
  readonly from: Uint8Array | null;
  readonly to: Uint8Array | null;
}

const keyOf = (key: Uint8Array | null) => (key ? Buffer.from(key) : null);

/**
 * A backup's database under the target key: copied, re-encrypted, checked page by page with the
 * new key, synced and hashed for the manifest. Runs in a worker thread (worker-tasks.ts), so
 * backups convert side by side on several cores while the main thread converts attachments and
 * answers the windows. The keys cross to the worker in memory only.
 */
export async function convertBackupDatabase(
  input: BackupDatabaseConversion,
): Promise<{ sha256: string; bytes: number }> {
  const to = keyOf(input.to);
  fs.copyFileSync(input.source, input.copy, fs.constants.COPYFILE_FICLONE);
  rekeyFile(input.copy, keyOf(input.from), to);
  const problems = checkDatabaseFile(input.copy, 'quick', to);
  if (problems.length > 0) throw new AppError('UNAVAILABLE', problems[0]!);
  fsyncFile(input.copy);
  return hashFile(input.copy);
}
