import type { Migration } from '#core/db/migration';

export const importPresets: Migration = {
  version: 5,
  name: 'named column mappings for licence files in other layouts',
  up(db) {
    db.exec(`
      CREATE TABLE import_presets (
        name TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
