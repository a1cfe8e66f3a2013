// Proof, in isolation, that a SQLCipher-compatible build of better-sqlite3 does what the app
// needs for an encrypted data folder (docs/records-trust.md, "Encrypted at rest"). The project
// now depends on it under the better-sqlite3 name, so it runs against the installed module:
//   node scripts/evaluations/encryption-at-rest.mjs node_modules/better-sqlite3
// or against a separate install of another version:
//   npm install better-sqlite3-multiple-ciphers@VERSION (in an empty folder), then pass its path.
// Exits 0 when every check passes and prints what it checked.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const modulePath = process.argv[2];
if (!modulePath) {
  console.error('Usage: node scripts/evaluations/encryption-at-rest.mjs PATH_TO/better-sqlite3-multiple-ciphers');
  process.exit(2);
}
const Database = createRequire(import.meta.url)(path.resolve(modulePath));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-cipher-'));
const file = path.join(dir, 'aim-licences.sqlite3');
const passphrase = 'correct horse battery staple';
const checks = [];
const check = (name, fn) => {
  fn();
  checks.push(name);
};

/** The app's own pragmas, after the key (which must come first on a connection). */
function open(target, key, options = {}) {
  const db = new Database(target, options);
  if (key !== null) {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`legacy=4`);
    db.pragma(`key='${key.replace(/'/g, "''")}'`);
  }
  return db;
}

try {
  check("creates an encrypted file with WAL, FULL sync, foreign keys and FTS5 (the app's settings)", () => {
    const db = open(file, passphrase);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.exec(`CREATE TABLE licences (id TEXT PRIMARY KEY, importer TEXT);
             CREATE VIRTUAL TABLE licence_search USING fts5(importer, content = '', contentless_delete = 1);`);
    db.transaction(() => {
      for (let i = 0; i < 500; i += 1) {
        db.prepare('INSERT INTO licences VALUES (?, ?)').run(`L${i}`, `Lakeside Aluminum ${i}`);
        db.prepare('INSERT INTO licence_search (rowid, importer) VALUES (?, ?)').run(i + 1, `Lakeside Aluminum ${i}`);
      }
    })();
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(
      db.prepare("SELECT count(*) FROM licence_search WHERE licence_search MATCH 'lakeside'").pluck().get(),
      500,
    );
    db.close();
  });

  check('leaves no plain text on disk (database and WAL)', () => {
    for (const f of fs.readdirSync(dir))
      assert.equal(fs.readFileSync(path.join(dir, f)).includes('Lakeside'), false, f);
    assert.notEqual(fs.readFileSync(file).subarray(0, 15).toString('latin1'), 'SQLite format 3');
  });

  check('refuses to read without the passphrase or with a wrong one (SQLITE_NOTADB)', () => {
    for (const key of [null, 'wrong passphrase']) {
      const db = open(file, key);
      assert.throws(
        () => db.prepare('SELECT count(*) FROM licences').get(),
        (e) => e.code === 'SQLITE_NOTADB',
      );
      db.close();
    }
  });

  check('passes integrity_check and quick_check with the passphrase', () => {
    const db = open(file, passphrase);
    assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
    assert.deepEqual(db.pragma('quick_check'), [{ quick_check: 'ok' }]);
    db.close();
  });

  await (async () => {
    const copy = path.join(dir, 'backup.sqlite3');
    const db = open(file, passphrase);
    // Finding: the online backup API cannot write an encrypted source into a new, unkeyed file.
    await assert.rejects(db.backup(copy), /incompatible source and target databases/);
    fs.rmSync(copy, { force: true });
    checks.push(
      'online backup API (db.backup) REFUSES an encrypted source ("incompatible source and target databases")',
    );
    // What works instead: VACUUM INTO, a consistent copy in one statement.
    db.prepare('VACUUM INTO ?').run(copy);
    db.close();
    check('VACUUM INTO writes a consistent copy encrypted with the same passphrase', () => {
      assert.equal(fs.readFileSync(copy).includes('Lakeside'), false);
      const b = open(copy, passphrase);
      assert.equal(b.prepare('SELECT count(*) FROM licences').pluck().get(), 500);
      b.close();
      const plain = open(copy, null);
      assert.throws(() => plain.prepare('SELECT 1 FROM licences').get());
      plain.close();
    });
  })();

  check('changes the passphrase in place (PRAGMA rekey)', () => {
    const db = open(file, passphrase);
    db.pragma('journal_mode = DELETE'); // rekey needs a rollback journal
    db.pragma(`rekey='new passphrase'`);
    db.close();
    const old = open(file, passphrase);
    assert.throws(() => old.prepare('SELECT 1 FROM licences').get());
    old.close();
    const renewed = open(file, 'new passphrase');
    assert.equal(renewed.prepare('SELECT count(*) FROM licences').pluck().get(), 500);
    renewed.close();
  });

  check('encrypts an existing plain database in place (PRAGMA rekey on an unkeyed file)', () => {
    const plainFile = path.join(dir, 'plain.sqlite3');
    const plain = new Database(plainFile);
    plain.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('Northern Rolling Mills');");
    plain.pragma(`cipher='sqlcipher'`);
    plain.pragma('legacy=4');
    plain.pragma(`rekey='k'`);
    plain.close();
    assert.equal(fs.readFileSync(plainFile).includes('Northern'), false);
    const secured = open(plainFile, 'k');
    assert.equal(secured.prepare('SELECT v FROM t').pluck().get(), 'Northern Rolling Mills');
    secured.close();
  });

  check('reads files written by the stock better-sqlite3 build unchanged (no key: plain SQLite)', () => {
    const plainFile = path.join(dir, 'stock.sqlite3');
    const stock = new Database(plainFile);
    stock.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('x');");
    stock.close();
    const again = new Database(plainFile, { readonly: true });
    assert.equal(again.prepare('SELECT v FROM t').pluck().get(), 'x');
    again.close();
  });

  console.log(`${Database.name} from ${modulePath}: ${checks.length} checks passed`);
  for (const c of checks) console.log(`  ok  ${c}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
