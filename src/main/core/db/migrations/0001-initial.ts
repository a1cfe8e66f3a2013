import type { Migration } from '#core/db/migration';

export const initial: Migration = {
  version: 1,
  name: 'filer profile, licences, product lines, status history, settings, audit log',
  up(db) {
    db.exec(`
      CREATE TABLE filer_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE licences (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('draft','ready','queued','submitted','issued','rejected','used','cancelled','expired')),
        version INTEGER NOT NULL DEFAULT 1,
        entry_type TEXT NOT NULL DEFAULT '',
        importer_name TEXT NOT NULL DEFAULT '',
        importer_number TEXT NOT NULL DEFAULT '',
        exporter_name TEXT NOT NULL DEFAULT '',
        manufacturers TEXT NOT NULL DEFAULT '[]',
        manufacturer_unknown INTEGER NOT NULL DEFAULT 0,
        country_of_origin TEXT NOT NULL DEFAULT '',
        country_of_export TEXT NOT NULL DEFAULT '',
        port_of_entry TEXT NOT NULL DEFAULT '',
        expected_export_date TEXT NOT NULL DEFAULT '',
        expected_import_date TEXT NOT NULL DEFAULT '',
        entry_number TEXT NOT NULL DEFAULT '',
        certified INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        licence_number TEXT,
        valid_from TEXT,
        valid_through TEXT,
        rejection_reasons TEXT NOT NULL DEFAULT '[]',
        total_kg REAL NOT NULL DEFAULT 0,
        total_value_cents INTEGER NOT NULL DEFAULT 0,
        hts_codes TEXT NOT NULL DEFAULT '',
        countries TEXT NOT NULL DEFAULT '',
        line_count INTEGER NOT NULL DEFAULT 0,
        validation TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- One index per register sort order (with id, the tie-breaker), so a page of a sorted
      -- register of 100,000 licences is read in order instead of sorted each time.
      CREATE INDEX licences_updated ON licences(updated_at, id);
      CREATE INDEX licences_import_date ON licences(expected_import_date, id);
      CREATE INDEX licences_importer ON licences(importer_name COLLATE NOCASE, id);
      CREATE INDEX licences_reference ON licences(reference COLLATE NOCASE, id);
      CREATE INDEX licences_value ON licences(total_value_cents, id);
      CREATE INDEX licences_status ON licences(status, id);
      CREATE INDEX licences_entry_number ON licences(entry_number) WHERE entry_number <> '';
      CREATE UNIQUE INDEX licences_number ON licences(licence_number) WHERE licence_number IS NOT NULL;

      CREATE TABLE licence_lines (
        id TEXT PRIMARY KEY,
        licence_id TEXT NOT NULL REFERENCES licences(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        hts_code TEXT NOT NULL DEFAULT '',
        quantity_kg REAL,
        value_cents INTEGER,
        smelt_country_largest TEXT NOT NULL DEFAULT '',
        smelt_country_second TEXT NOT NULL DEFAULT '',
        cast_country TEXT NOT NULL DEFAULT '',
        UNIQUE (licence_id, position)
      );
      CREATE INDEX licence_lines_hts ON licence_lines(hts_code);

      CREATE TABLE licence_status_history (
        id INTEGER PRIMARY KEY,
        licence_id TEXT NOT NULL REFERENCES licences(id) ON DELETE CASCADE,
        from_status TEXT,
        to_status TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX licence_status_history_licence ON licence_status_history(licence_id, id);

      -- Full-text index of the register. Contentless: the text lives in licences; the index
      -- only maps words to rowids, and is kept in step by the repository in the same transaction.
      -- countries holds every country code the licence names (origin, export, smelt, cast) so
      -- the register's country filter is an index lookup, not a scan of product lines.
      CREATE VIRTUAL TABLE licence_search USING fts5(
        reference, importer, exporter, manufacturers, hts, licence_number, countries,
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 4'
      );

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      -- Append-only, hash-chained record of every change (see core/audit).
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, seq);
    `);
  },
};
