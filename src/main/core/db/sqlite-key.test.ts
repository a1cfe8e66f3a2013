import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { restoreIntoNewDataDir } from '#core/recovery/restore-into';
import { licenceQuerySchema } from '#shared/contract/licences';

import { validDraft } from '../../../../tests/support/licence-fixtures';
import { openTestCore } from '../../../../tests/support/temp-core';
import { cipherAvailable, keyThatOpens, openSqlite, rekeyConnection } from './sqlite-key';

let dir: string;
let file: string;
const key = randomBytes(32);
const open: Database.Database[] = [];
const track = (db: Database.Database) => (open.push(db), db);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-sqlite-key-'));
  file = path.join(dir, 'records.sqlite3');
});
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A plain WAL database whose newest rows are only in the WAL (not checkpointed), as in the running app. */
function plainWalDatabase(): Database.Database {
  const db = track(new Database(file));
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE licences (importer TEXT)');
  const insert = db.prepare('INSERT INTO licences VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 300; i += 1) insert.run(`Quillfeather Imports ${i}`);
  })();
  return db;
}

describe('re-encrypting the open database in place', () => {
  it('runs on the SQLCipher-capable build', () => {
    expect(cipherAvailable()).toBe(true);
  });

  it('cannot rekey in WAL mode with this SQLite3 Multiple Ciphers release, so the WAL is folded in first', () => {
    const db = plainWalDatabase();
    db.pragma(`cipher = 'sqlcipher'`);
    expect(() => db.pragma(`rekey = "x'${key.toString('hex')}'"`)).toThrow(/not supported in WAL journal mode/);
    expect(db.prepare('SELECT count(*) AS n FROM licences').get()).toEqual({ n: 300 });
  });

  it('encrypts every row, including those only in the WAL, and stays in WAL mode', () => {
    const db = plainWalDatabase();
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    rekeyConnection(db, key);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.prepare('INSERT INTO licences VALUES (?)').run('Quillfeather after');
    expect(db.prepare('SELECT count(*) AS n FROM licences').get()).toEqual({ n: 301 });
    for (const name of fs.readdirSync(dir))
      expect(fs.readFileSync(path.join(dir, name)).includes('Quillfeather'), name).toBe(false);
    db.close();
    expect(keyThatOpens(file, [null, { database: randomBytes(32) }])).toBeUndefined();
    const again = track(openSqlite(file, { readonly: true }, key));
    expect(again.prepare('SELECT count(*) AS n FROM licences').get()).toEqual({ n: 301 });
  });

  it('changes nothing while another connection has the file open', () => {
    const db = plainWalDatabase();
    const reader = track(new Database(file, { readonly: true }));
    reader.prepare('SELECT count(*) FROM licences').get();
    db.pragma('busy_timeout = 50');
    expect(() => rekeyConnection(db, key)).toThrow(/Another program has this data folder open/);
    reader.close();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(keyThatOpens(file, [{ database: key }, null])).toBeNull();
  });

  it('decrypts back to a plain SQLite file', () => {
    const db = plainWalDatabase();
    rekeyConnection(db, key);
    rekeyConnection(db, null);
    db.close();
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(track(new Database(file)).prepare('SELECT count(*) AS n FROM licences').get()).toEqual({ n: 300 });
  });
});

describe('a database file from elsewhere (a backup carried in and restored)', () => {
  it('is opened without trusting its schema: its views and triggers cannot call unsafe functions', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-trusted-'));
    try {
      // A "backup" someone handed over, with a view and a trigger that call a function.
      const file = path.join(dir, 'foreign.sqlite3');
      const maker = new Database(file);
      maker.function('side_effect', () => 'ran');
      maker.exec(
        'CREATE TABLE t(x); CREATE VIEW v AS SELECT side_effect() AS y; CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT side_effect(); END;',
      );
      maker.close();

      const opened = openSqlite(file, {}, null);
      try {
        expect(opened.pragma('trusted_schema', { simple: true })).toBe(0);
        opened.function('side_effect', () => 'ran');
        expect(() => opened.prepare('SELECT * FROM v').all()).toThrow(/unsafe use of side_effect/);
        expect(() => opened.exec('INSERT INTO t VALUES (1)')).toThrow(/unsafe use of side_effect/);
      } finally {
        opened.close();
      }

      // And the app's own database, restored from a backup, works as usual (its FTS5 search index included).
      const core = openTestCore({ dataDir: path.join(dir, 'data'), logError: () => {} });
      try {
        expect(core.db.pragma('trusted_schema', { simple: true })).toBe(0);
        core.licences.create(validDraft({ reference: 'PO-TRUST' }));
        expect(core.licences.list(licenceQuerySchema.parse({ text: 'PO-TRUST' })).total).toBe(1);
        const backup = await core.trust.backups.create('manual');
        core.close();
        const report = await restoreIntoNewDataDir(
          path.join(dir, 'data', 'backups', backup.id),
          path.join(dir, 'restored'),
        );
        expect(report.licences).toBe(1);
      } finally {
        if (core.db.open) core.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
