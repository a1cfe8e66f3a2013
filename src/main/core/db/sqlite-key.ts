import Database from 'better-sqlite3';

import { AppError } from '#shared/contract';

/**
 * The one place a SQLite connection gets its encryption key. The driver is
 * better-sqlite3-multiple-ciphers (SQLite3 Multiple Ciphers) under the better-sqlite3 name; the
 * file format is SQLCipher 4's. The key is a raw 256-bit key derived from the passphrase with
 * scrypt (src/main/core/vault/vault-keys.ts), given as x'…' so SQLCipher's own PBKDF2 (256,000
 * rounds, per connection) is skipped: one slow derivation per unlock, not per connection.
 */
export type DatabaseKey = Buffer;
type Db = Database.Database;

let available: boolean | null = null;

/** Whether the SQLite library loaded here can encrypt (the stock better-sqlite3 cannot). */
export function cipherAvailable(): boolean {
  if (available === null) {
    const probe = new Database(':memory:');
    try {
      probe.prepare('SELECT sqlite3mc_version()').get();
      available = true;
    } catch {
      available = false;
    } finally {
      probe.close();
    }
  }
  return available;
}

export function assertCipherAvailable(): void {
  if (!cipherAvailable()) {
    throw new AppError(
      'UNAVAILABLE',
      'This build of AIM Licences has no database encryption: its SQLite library is the stock better-sqlite3, not SQLite3 Multiple Ciphers. ' +
        'A passphrase cannot be set, and a protected data folder cannot be opened, with it. Nothing was changed.',
    );
  }
}

const keyLiteral = (key: DatabaseKey) => {
  if (key.length !== 32) throw new Error('A database key is 32 bytes.');
  return `"x'${key.toString('hex')}'"`;
};

/** SQLCipher 4's format (AES-256-CBC pages, HMAC-SHA512), so standard SQLCipher tools can read the file with the key. */
function useSqlcipherFormat(db: Db): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
}

/** Keys a fresh connection (before its first statement). No key: a plain database, as before. */
export function applyDatabaseKey(db: Db, key: DatabaseKey | null | undefined): void {
  if (!key) return;
  assertCipherAvailable();
  useSqlcipherFormat(db);
  db.pragma(`key = ${keyLiteral(key)}`);
  // Sorts and temporary indexes stay in memory: temporary files would be written unencrypted.
  db.pragma('temp_store = MEMORY');
}

/**
 * `new Database(file, options)` with the key applied first. The schema is never trusted
 * (`trusted_schema = OFF`): a database file can come from elsewhere (a backup carried in, a
 * restore), and its views, triggers and defaults then cannot call functions that are not marked
 * harmless. The app's own schema needs no such function (its FTS5 index is allowed).
 */
export function openSqlite(file: string, options: Database.Options, key: DatabaseKey | null | undefined): Db {
  const db = new Database(file, options);
  try {
    applyDatabaseKey(db, key);
    db.pragma('trusted_schema = OFF');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const isBusy = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
};

export const dataInUse = () =>
  new AppError(
    'CONFLICT',
    'Another program has this data folder open (the desktop app, the browser version or a command-line tool). Close it and try again; nothing was changed.',
  );

/**
 * Re-encrypts an open database in place under `key` (null: decrypts it). This SQLite3 Multiple
 * Ciphers release refuses to rekey in WAL mode ("Rekeying is not supported in WAL journal
 * mode"), so the WAL is checkpointed into the file and removed, the rekey runs as one
 * rollback-journal transaction, and WAL mode comes back. Switching journal mode needs the only
 * connection: if another process has the file open, nothing is changed (CONFLICT).
 */
export function rekeyConnection(db: Db, key: DatabaseKey | null): void {
  assertCipherAvailable();
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw dataInUse();
  } catch (error) {
    if (isBusy(error)) throw dataInUse();
    throw error;
  }
  try {
    useSqlcipherFormat(db);
    db.pragma(key ? `rekey = ${keyLiteral(key)}` : `rekey = ''`);
    if (key) db.pragma('temp_store = MEMORY');
  } finally {
    db.pragma('journal_mode = WAL');
  }
}

/**
 * Re-encrypts a work copy nobody else has open (a backup's database copied into a work folder):
 * same steps, own connection. No rollback journal and no syncing: a copy that fails part-way is
 * thrown away, and the caller checks and fsyncs the finished copy before it replaces anything.
 * That skips writing every page twice (journal, then file).
 */
export function rekeyFile(file: string, from: DatabaseKey | null, to: DatabaseKey | null): void {
  const db = openSqlite(file, { fileMustExist: true }, from);
  try {
    assertCipherAvailable();
    // Out of WAL first (SQLite goes from WAL to OFF only through a rollback mode).
    db.pragma('journal_mode = DELETE');
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    useSqlcipherFormat(db);
    db.pragma(to ? `rekey = ${keyLiteral(to)}` : `rekey = ''`);
  } finally {
    db.close();
  }
}

const notADatabase = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
};

/**
 * Which of the candidate keys (null: none) reads this database file, or undefined when none
 * does (a damaged file, or one encrypted with a key not given). Reads one page, writes nothing.
 */
export function keyThatOpens<K extends { database: DatabaseKey } | null>(
  file: string,
  candidates: readonly K[],
): K | undefined {
  for (const candidate of candidates) {
    let db: Db | undefined;
    try {
      db = openSqlite(file, { readonly: true, fileMustExist: true }, candidate?.database ?? null);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return candidate;
    } catch (error) {
      if (!notADatabase(error)) throw error;
    } finally {
      db?.close();
    }
  }
  return undefined;
}
