import type { Migration } from '#core/db/migration';

export const documentReading: Migration = {
  version: 9,
  name: 'supplier documents: issuer, product stated, where values came from; readings of stored files',
  up(db) {
    db.exec(`
      -- What the document itself names: its issuer and the product or alloy, in its own words.
      ALTER TABLE supplier_documents ADD COLUMN issuer TEXT NOT NULL DEFAULT '';
      ALTER TABLE supplier_documents ADD COLUMN product_stated TEXT NOT NULL DEFAULT '';
      -- Values a person took from the document's words (JSON: field, value, file, page, text).
      ALTER TABLE supplier_documents ADD COLUMN field_sources TEXT NOT NULL DEFAULT '[]';

      -- What the reader proposed for a stored file, by its content hash and the reader's version:
      -- reading a scan takes seconds, opening the document again should not.
      CREATE TABLE document_readings (
        sha256 TEXT NOT NULL,
        reader_version INTEGER NOT NULL,
        reading TEXT NOT NULL,
        read_at TEXT NOT NULL,
        PRIMARY KEY (sha256, reader_version)
      );
    `);
  },
};
