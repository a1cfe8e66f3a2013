import fs from 'node:fs';
import path from 'node:path';

import type Database from 'better-sqlite3';

import type { Clock } from '#core/clock';
import { ensurePrivateDir, makePrivate } from '#core/private-files';
import { AppError } from '#shared/contract';

import { latestVersion, migrate, tooNewError } from './migrate';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations';
import { type DatabaseKey, openSqlite } from './sqlite-key';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  readonly file: string;
  readonly clock: Clock;
  /** Where copies taken before a migration go. */
  readonly backupDir: string;
  readonly migrations?: readonly Migration[];
  /** The key of a passphrase-protected folder's database (SQLCipher format); absent: a plain file. */
  readonly key?: DatabaseKey | null;
}

export interface OpenedDatabase {
  readonly db: Db;
  readonly schemaVersion: number;
  /** The copy taken before migrating, if a migration ran on an existing file. */
  readonly preMigrationBackup: string | null;
}

function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

function corruptError(file: string, error: unknown): AppError {
  return new AppError(
    'DB_CORRUPT',
    `The data file ${path.basename(file)} cannot be read as a database (${(error as Error).message}). It has not been changed; restore it from a backup.`,
    { file },
  );
}

/** Reads the schema version without writing a byte: a newer app's file must stay untouched. */
function readVersion(file: string, key: DatabaseKey | null): number {
  let probe: Db | undefined;
  try {
    probe = openSqlite(file, { readonly: true, fileMustExist: true }, key);
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    if (isNotADatabase(error)) throw corruptError(file, error);
    throw error;
  } finally {
    probe?.close();
  }
}

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/**
 * Opens (or creates) the app's SQLite file: refuses a file from a newer version, takes a
 * consistent copy before migrating an existing file, then migrates in one transaction.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const migrations = options.migrations ?? allMigrations;
  const supported = latestVersion(migrations);
  ensurePrivateDir(path.dirname(options.file));

  const existed = fs.existsSync(options.file) && fs.statSync(options.file).size > 0;
  const key = options.key ?? null;
  const found = existed ? readVersion(options.file, key) : 0;
  if (found > supported) throw tooNewError(found, supported);

  const db = openSqlite(options.file, {}, key);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a commit survives power loss, not just a crash. These are records kept for years.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // SQLite creates its files with the umask's permissions; its WAL and shared-memory files
    // take the database file's from then on.
    makePrivate(options.file, `${options.file}-wal`, `${options.file}-shm`);

    let preMigrationBackup: string | null = null;
    if (existed && found < supported) {
      fs.mkdirSync(options.backupDir, { recursive: true, mode: 0o700 });
      preMigrationBackup = path.join(
        options.backupDir,
        `pre-migration-v${found}-${stamp(options.clock.now())}.sqlite3`,
      );
      // VACUUM INTO writes a consistent, self-contained copy even while WAL frames are pending.
      db.prepare('VACUUM INTO ?').run(preMigrationBackup);
      makePrivate(preMigrationBackup);
    }
    migrate(db, migrations);
    return { db, schemaVersion: supported, preMigrationBackup };
  } catch (error) {
    db.close();
    if (isNotADatabase(error)) throw corruptError(options.file, error);
    throw error;
  }
}
