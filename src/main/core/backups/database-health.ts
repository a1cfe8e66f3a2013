import path from 'node:path';

import type { Db } from '#core/db/open-database';
import { type DatabaseKey, openSqlite } from '#core/db/sqlite-key';
import { AppError } from '#shared/contract';

/**
 * SQLite's own consistency checks. `quick_check` reads every page once (O(size)) but skips
 * matching each index against its table; `integrity_check` does that too and costs several
 * times more (figures in scripts/bench/records-trust.ts). Start-up runs the quick one so the app
 * opens promptly; backups and the "Check database" button run the full one.
 */
export type CheckMode = 'quick' | 'full';

export function integrityProblems(db: Db, mode: CheckMode, maxErrors = 20): string[] {
  const pragma = mode === 'quick' ? 'quick_check' : 'integrity_check';
  try {
    const rows = db.pragma(`${pragma}(${maxErrors})`) as { [key: string]: string }[];
    const messages = rows.map((row) => Object.values(row)[0] ?? '').filter((m) => m !== 'ok');
    if (mode === 'full') {
      const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
      for (const o of orphans.slice(0, maxErrors))
        messages.push(`row ${o.rowid} of ${o.table} points at a missing ${o.parent} row`);
    }
    return messages;
  } catch (error) {
    // A badly damaged file can stop the check itself ("database disk image is malformed").
    return [`SQLite stopped the check: ${(error as Error).message}`];
  }
}

/** Checks a database file on its own read-only connection (a backup copy, a restored file); `key` when it is encrypted. */
export function checkDatabaseFile(file: string, mode: CheckMode = 'full', key: DatabaseKey | null = null): string[] {
  let db: Db | undefined;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true }, key);
    return integrityProblems(db, mode);
  } catch (error) {
    return [`SQLite cannot read it: ${(error as Error).message}`];
  } finally {
    db?.close();
  }
}

/**
 * The start-up check. A file SQLite opens but whose pages are damaged must not be used, and must
 * not be replaced by a fresh one either: the hosts show the recovery screen on DB_CORRUPT.
 */
export function assertDatabaseHealthy(db: Db, file: string): void {
  const problems = integrityProblems(db, 'quick', 5);
  if (problems.length === 0) return;
  db.close();
  throw new AppError(
    'DB_CORRUPT',
    `The data file ${path.basename(file)} is damaged (${problems[0]}). It has not been changed; restore it from a backup.`,
    {
      file,
      problems,
    },
  );
}
