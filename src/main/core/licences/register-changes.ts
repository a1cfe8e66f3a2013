import type { Db } from '#core/db/open-database';

/**
 * Which licences this connection has inserted, changed or deleted since the register index last
 * looked: temporary triggers (this connection only, nothing in the file) note each rowid, so
 * the index patches those licences instead of rebuilding every order and match after one edit.
 * A change the triggers cannot see (another process on the same file) shows in data_version,
 * and the index then starts again from nothing.
 */
export function createRegisterChanges(db: Db) {
  // Setting temp_store (the vault does, when it keys the database) drops every temporary object:
  // then the register cannot know what changed meanwhile, and starts again from nothing.
  const install = (): void => {
    db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS register_changed (rowid INTEGER PRIMARY KEY);
    CREATE TEMP TRIGGER IF NOT EXISTS register_changed_insert AFTER INSERT ON main.licences
      BEGIN INSERT OR IGNORE INTO register_changed (rowid) VALUES (new.rowid); END;
    CREATE TEMP TRIGGER IF NOT EXISTS register_changed_update AFTER UPDATE ON main.licences
      BEGIN INSERT OR IGNORE INTO register_changed (rowid) VALUES (old.rowid), (new.rowid); END;
    CREATE TEMP TRIGGER IF NOT EXISTS register_changed_delete AFTER DELETE ON main.licences
      BEGIN INSERT OR IGNORE INTO register_changed (rowid) VALUES (old.rowid); END;
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.register_probe USING fts5(
      reference, importer, exporter, manufacturers, hts, licence_number, countries,
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 4');
    `);
  };
  install();
  const installed = db
    .prepare<[], number>(
      "SELECT count(*) FROM temp.sqlite_master WHERE name IN ('register_changed', 'register_changed_insert', 'register_changed_update', 'register_changed_delete', 'register_probe')",
    )
    .pluck();
  const changes = db.prepare('SELECT total_changes()').pluck();
  const changed = db.prepare<[], number>('SELECT rowid FROM temp.register_changed').pluck();
  const forget = db.prepare('DELETE FROM temp.register_changed');

  return {
    /** False when the temporary tables and triggers were dropped (they are put back): every note since is lost. */
    intact(): boolean {
      if (installed.get() === 5) return true;
      install();
      return false;
    },
    /** A mark that moves with every write this connection or another process makes. */
    mark(): string {
      // total_changes sees this connection's writes; data_version sees other processes' (web host and desktop app on one file).
      return `${changes.get() as number}:${db.pragma('data_version', { simple: true }) as number}`;
    },
    /** The rowids written since the last call (emptied as it reads them). */
    take(): number[] {
      const rowids = changed.all();
      if (rowids.length > 0) forget.run();
      return rowids;
    },
    /** Only another process's writes move data_version. */
    version(): number {
      return db.pragma('data_version', { simple: true }) as number;
    },
  };
}
