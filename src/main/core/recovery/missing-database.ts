import fs from 'node:fs';

import { readAnchor } from '#core/audit/audit-anchor';
import { listBackups } from '#core/backups/backup-store';
import type { CoreOptions } from '#core/create-core';
import { dataPaths } from '#core/data-dir';

/** Why the core cannot open: its database is damaged, gone, or older than its newest backup. */
export type Trouble = { reason: 'damaged' | 'missing' | 'rolled-back'; problem: string };

/**
 * A database file that is gone (or empty) while backups or an audit anchor show there was data:
 * opening would silently start a fresh, empty database, which is the one thing that must not happen.
 */
export function missingDatabase(options: CoreOptions): Trouble | null {
  const paths = dataPaths(options.dataDir);
  const exists = fs.existsSync(paths.databaseFile) && fs.statSync(paths.databaseFile).size > 0;
  if (exists) return null;
  const hadData = listBackups(paths.backupDir).length > 0 || readAnchor(paths.dataDir).state !== 'missing';
  if (!hadData) return null;
  return {
    reason: 'missing',
    problem: `The data file ${paths.databaseFile} is missing or empty, but this folder has held licences before (its backups and audit anchor are still there).`,
  };
}
