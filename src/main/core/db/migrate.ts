import type { Database } from 'better-sqlite3';

import { AppError } from '#shared/contract';

import type { Migration } from './migration';

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

export function checkMigrationList(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= previous) {
      throw new Error(`Migration ${m.version} (${m.name}) is out of order: versions must increase.`);
    }
    previous = m.version;
  }
}

export function tooNewError(found: number, supported: number): AppError {
  return new AppError(
    'DB_TOO_NEW',
    `This data file was written by a newer version of AIM Licences (schema ${found}; this version understands up to ${supported}). ` +
      'Install the newer version to open it. The file has not been changed.',
    { found, supported },
  );
}

/**
 * Applies the pending steps in one transaction, so a failure leaves the file exactly at its old
 * version. Returns the versions applied.
 */
export function migrate(db: Database, migrations: readonly Migration[]): number[] {
  checkMigrationList(migrations);
  const supported = latestVersion(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > supported) throw tooNewError(current, supported);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return pending.map((m) => m.version);
}
