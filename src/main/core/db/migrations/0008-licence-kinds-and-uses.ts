import type { Migration } from '#core/db/migration';

export const licenceKindsAndUses: Migration = {
  version: 8,
  name: 'licence kinds, the entries a licence was used on (with the actual date of importation), outbox holds',
  up(db) {
    db.exec(`
      -- Regular (one shipment) or low-value (reusable on many entries, each under the low-value limit).
      ALTER TABLE licences ADD COLUMN licence_kind TEXT NOT NULL DEFAULT 'regular'
        CHECK (licence_kind IN ('regular', 'low-value'));
      -- Kept in step with licence_uses by the repository, so the register reads them without a join.
      ALTER TABLE licences ADD COLUMN use_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE licences ADD COLUMN last_entry_date TEXT;

      -- One row per customs entry a licence was used on: the entry number and the actual date of
      -- importation (what validity is judged by), with the quantities and values entered per
      -- product line. A regular licence has at most one; a low-value licence may have many.
      CREATE TABLE licence_uses (
        id TEXT PRIMARY KEY,
        licence_id TEXT NOT NULL REFERENCES licences(id) ON DELETE CASCADE,
        entry_number TEXT NOT NULL,
        import_date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        UNIQUE (licence_id, entry_number)
      );
      CREATE INDEX licence_uses_entry ON licence_uses(entry_number);

      CREATE TABLE licence_use_lines (
        use_id TEXT NOT NULL REFERENCES licence_uses(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        line_id TEXT NOT NULL,
        hts_code TEXT NOT NULL,
        quantity_kg REAL NOT NULL,
        value_cents INTEGER NOT NULL,
        PRIMARY KEY (use_id, position)
      );

      -- A filing queued before its first fileable day waits until this date (YYYY-MM-DD, local).
      ALTER TABLE sync_outbox ADD COLUMN hold_until TEXT;
    `);

    // Licences marked used before this version named their entry on the licence itself; the date
    // of importation was not asked for, so the expected import date stands in (said in the note).
    const used = db
      .prepare<[], { id: string; entry_number: string; expected_import_date: string; updated_at: string }>(
        `SELECT id, entry_number, expected_import_date, updated_at FROM licences WHERE status = 'used' AND entry_number <> ''`,
      )
      .all();
    const insertUse = db.prepare(
      `INSERT INTO licence_uses (id, licence_id, entry_number, import_date, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const insertLine = db.prepare(
      `INSERT INTO licence_use_lines (use_id, position, line_id, hts_code, quantity_kg, value_cents)
       SELECT ?, position, id, hts_code, coalesce(quantity_kg, 0), coalesce(value_cents, 0) FROM licence_lines WHERE licence_id = ?`,
    );
    const touch = db.prepare('UPDATE licences SET use_count = 1, last_entry_date = ? WHERE id = ?');
    for (const licence of used) {
      const useId = `migrated-${licence.id}`;
      insertUse.run(
        useId,
        licence.id,
        licence.entry_number,
        licence.expected_import_date,
        'Recorded before the date of importation was asked for: the expected import date stands in.',
        licence.updated_at,
      );
      insertLine.run(useId, licence.id);
      touch.run(licence.expected_import_date, licence.id);
    }
  },
};
