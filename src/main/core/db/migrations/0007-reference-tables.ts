import type { Migration } from '#core/db/migration';

export const referenceTables: Migration = {
  version: 7,
  name: 'reference tables imported from their publishers’ files; portal reference updates withdrawn',
  up(db) {
    db.exec(`
      -- HTS revisions (and port lists) a user imported from the publisher's file, beside the
      -- bundled ones. data holds the table as the app keeps it (chapter-76 lines with their
      -- description paths), so it reads the same after an upgrade changes the importer.
      CREATE TABLE reference_tables (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        effective_from TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        file_bytes INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX reference_tables_kind ON reference_tables(kind, effective_from);

      -- The AIM portal publishes no reference tables; the gateway call that fetched them is gone,
      -- and with it what it stored.
      DROP TABLE sync_reference_updates;
      DELETE FROM sync_state WHERE key = 'referenceVersion';
    `);
  },
};
