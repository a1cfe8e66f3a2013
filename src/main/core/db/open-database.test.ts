import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixedClock } from '#core/clock';
import { AppError } from '#shared/contract';

import type { Migration } from './migration';
import { openDatabase } from './open-database';

let dir: string;
const clock = fixedClock('2026-03-02T15:00:00Z');
const file = () => path.join(dir, 'test.sqlite3');
const backupDir = () => path.join(dir, 'backups');
const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

const m1: Migration = {
  version: 1,
  name: 'notes',
  up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)'),
};
const m2: Migration = { version: 2, name: 'tags', up: (db) => db.exec('CREATE TABLE tags (id INTEGER PRIMARY KEY)') };
const broken: Migration = {
  version: 2,
  name: 'half-done',
  up: (db) => {
    db.exec('CREATE TABLE half (id INTEGER)');
    throw new Error('disk full');
  },
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-db-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('opening the data file', () => {
  it('creates a new file at the latest schema with WAL, foreign keys and a busy timeout', () => {
    const { db, schemaVersion, preMigrationBackup } = openDatabase({
      file: file(),
      clock,
      backupDir: backupDir(),
      migrations: [m1, m2],
    });
    expect(schemaVersion).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(preMigrationBackup).toBeNull();
    db.close();
  });

  it('copies an existing file before migrating it, and the copy keeps the old data at the old version', () => {
    const first = openDatabase({ file: file(), clock, backupDir: backupDir(), migrations: [m1] });
    first.db.prepare('INSERT INTO notes (text) VALUES (?)').run('kept');
    first.db.close();

    const second = openDatabase({ file: file(), clock, backupDir: backupDir(), migrations: [m1, m2] });
    expect(second.preMigrationBackup).toMatch(/pre-migration-v1-/);
    const copy = new Database(second.preMigrationBackup!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT text FROM notes').pluck().all()).toEqual(['kept']);
    copy.close();
    expect(second.db.prepare('SELECT text FROM notes').pluck().all()).toEqual(['kept']);
    second.db.close();
  });

  it('rolls a failed migration back completely: no half-made tables, the old version kept', () => {
    openDatabase({ file: file(), clock, backupDir: backupDir(), migrations: [m1] }).db.close();
    expect(() => openDatabase({ file: file(), clock, backupDir: backupDir(), migrations: [m1, broken] })).toThrow(
      'disk full',
    );
    const db = new Database(file(), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a file written by a newer version, with a clear message, without changing a byte', () => {
    const db = new Database(file());
    db.exec('CREATE TABLE future (x)');
    db.pragma('user_version = 99');
    db.close();
    const before = sha(file());
    let error: unknown;
    try {
      openDatabase({ file: file(), clock, backupDir: backupDir(), migrations: [m1, m2] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect((error as AppError).message).toMatch(
      /newer version of AIM Licences \(schema 99; this version understands up to 2\).*has not been changed/,
    );
    expect(sha(file())).toBe(before);
    expect(fs.existsSync(`${file()}-wal`)).toBe(false);
  });

  it('reports a file that is not a database as DB_CORRUPT and leaves it alone', () => {
    fs.writeFileSync(file(), 'this is a spreadsheet, not a database'.repeat(200));
    const before = sha(file());
    expect(() => openDatabase({ file: file(), clock, backupDir: backupDir(), migrations: [m1] })).toThrow(
      expect.objectContaining({ code: 'DB_CORRUPT' }),
    );
    expect(sha(file())).toBe(before);
  });

  it('refuses a migration list that is out of order', () => {
    expect(() => openDatabase({ file: file(), clock, backupDir: backupDir(), migrations: [m2, m1] })).toThrow(
      /out of order/,
    );
  });
});
