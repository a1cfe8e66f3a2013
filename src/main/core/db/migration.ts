import type { Database } from 'better-sqlite3';

/**
 * One numbered schema step. Numbers are never reused or renumbered; a withdrawn step stays in
 * the list as a no-op so that `PRAGMA user_version` keeps meaning the same thing everywhere.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
