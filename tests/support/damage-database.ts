import fs from 'node:fs';

import Database from 'better-sqlite3';

/**
 * Damages a closed SQLite file the way a failing disk or a torn write does: page 1 (header and
 * schema root) survives, so SQLite still opens the file, but the pages holding the tables are
 * overwritten with garbage. Folds the WAL into the file first so the damage is what is read.
 */
export function damageDatabase(file: string): void {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const size = fs.statSync(file).size;
  const pages = size / pageSize;
  if (pages < 4) throw new Error('too small to damage convincingly');
  const fd = fs.openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(pageSize, 0xa5);
    for (let page = 2; page < pages; page += 1) fs.writeSync(fd, garbage, 0, pageSize, page * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Subtler damage: one page of one index overwritten. SQLite opens the file and reads the schema
 * without complaint; only a consistency check (quick_check) notices.
 */
export function damageIndexPage(file: string, index: string): void {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const page = db
    .prepare<[string], { pageno: number }>('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno DESC LIMIT 1')
    .get(index);
  db.close();
  if (!page) throw new Error(`no index ${index}`);
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page.pageno - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}
