import type { Migration } from '#core/db/migration';

export const licenceEdits: Migration = {
  version: 6,
  name: 'who certified a licence and when; unsaved edits kept while a licence form is open',
  up(db) {
    db.exec(`
      -- Certifying is a person's act: the licence keeps who gave it and when. Licences certified
      -- before this step keep NULL (not known).
      ALTER TABLE licences ADD COLUMN certified_by TEXT;
      ALTER TABLE licences ADD COLUMN certified_at TEXT;

      -- The working copy of a licence form, autosaved as it is typed. It is not the licence's
      -- record (no version, no audit entry): saving turns it into one change of the licence.
      CREATE TABLE licence_edits (
        licence_id TEXT PRIMARY KEY REFERENCES licences(id) ON DELETE CASCADE,
        base_version INTEGER NOT NULL,
        draft TEXT NOT NULL,
        saved_at TEXT NOT NULL
      );
    `);
  },
};
