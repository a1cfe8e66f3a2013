import fs from 'node:fs';

import { AppError } from '#shared/contract';

import type { AuditLog } from './audit/audit-log';
import { findRollback } from './audit/rollback-check';
import { assertDatabaseHealthy } from './backups/database-health';
import type { Clock } from './clock';
import type { CoreOptions } from './core-types';
import type { DataPaths } from './data-dir';
import { type Db, openDatabase } from './db/open-database';
import { ensurePrivateDir } from './private-files';
import { createKeyring } from './vault/keyring';
import { readVaultHeader } from './vault/vault-header';

type Rollback = NonNullable<ReturnType<typeof findRollback>>;

/**
 * Opens the data folder's database as createCore needs it: unlocked when it is protected, healthy,
 * private folders, and not put back to an older copy (unless the caller accepts that).
 */
export function openDataFolder(paths: DataPaths, clock: Clock, options: Pick<CoreOptions, 'unlocked' | 'onRollback'>) {
  const protection = readVaultHeader(paths.dataDir);
  if (protection && !options.unlocked) {
    throw new AppError(
      'UNAUTHORIZED',
      `The data folder ${paths.dataDir} is protected with a passphrase: unlock it first (the app asks for it; the command line reads AIM_PASSPHRASE or asks).`,
    );
  }
  const keyring = createKeyring(protection ? (options.unlocked ?? null) : null);
  const { db, schemaVersion } = openDatabase({
    file: paths.databaseFile,
    backupDir: paths.backupDir,
    clock,
    key: keyring.database()?.database ?? null,
  });
  assertDatabaseHealthy(db, paths.databaseFile);
  // Folders made by an older version (or by hand) are tightened too; new ones are made private.
  for (const dir of [paths.backupDir, paths.filesDir]) if (fs.existsSync(dir)) ensurePrivateDir(dir);
  // Before anything is written: a database put back to an older copy is reported, not worked on.
  const onRollback = options.onRollback ?? 'refuse';
  const rollback =
    onRollback === 'ignore'
      ? null
      : findRollback(db, paths.backupDir, { protected: protection !== null, lookup: keyring.lookup });
  if (rollback && onRollback === 'refuse') {
    db.close();
    throw new AppError(
      'DB_ROLLED_BACK',
      `The data file ${paths.databaseFile} is older than its backups: ${rollback.problem}.`,
      {
        backupId: rollback.backupId,
        backupCreatedAt: rollback.backupCreatedAt,
        backupHead: rollback.backupHead,
        liveHead: rollback.liveHead,
      },
    );
  }
  return { db, schemaVersion, keyring, rollback };
}

/** A rolled-back database kept on purpose: the choice is written to the trail. */
export function recordKeptRollback(db: Db, audit: AuditLog, rollback: Rollback): void {
  db.transaction(() =>
    audit.append({
      entity: 'system',
      entityId: 'database',
      action: 'rollback-accepted',
      before: {
        backupId: rollback.backupId,
        backupCreatedAt: rollback.backupCreatedAt,
        backupHead: rollback.backupHead,
      },
      after: { liveHead: rollback.liveHead, problem: rollback.problem },
    }),
  )();
}
