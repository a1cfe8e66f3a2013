import type { Migration } from '#core/db/migration';

export const supplierEvidence: Migration = {
  version: 2,
  name: 'suppliers, supplier products, supplier documents and their files, declaration requests, licence line links',
  up(db) {
    db.exec(`
      CREATE TABLE suppliers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        roles TEXT NOT NULL DEFAULT '[]',
        country TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        contacts TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Two suppliers of the same name would make every picker ambiguous.
      CREATE UNIQUE INDEX suppliers_name ON suppliers(name COLLATE NOCASE);

      CREATE TABLE supplier_products (
        id TEXT PRIMARY KEY,
        supplier_id TEXT NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        code TEXT NOT NULL DEFAULT '',
        hts_code TEXT NOT NULL DEFAULT '',
        usual_smelt_largest TEXT NOT NULL DEFAULT '',
        usual_smelt_second TEXT NOT NULL DEFAULT '',
        usual_cast TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX supplier_products_supplier ON supplier_products(supplier_id);

      CREATE TABLE evidence_requests (
        id TEXT PRIMARY KEY,
        supplier_id TEXT NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
        format TEXT NOT NULL CHECK (format IN ('xlsx','csv')),
        product_ids TEXT NOT NULL DEFAULT '[]',
        created_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        sent_on TEXT NOT NULL DEFAULT '',
        answered_on TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('prepared','sent','answered')),
        kit_file_name TEXT NOT NULL,
        kit_sha256 TEXT NOT NULL,
        answer_file_name TEXT NOT NULL DEFAULT '',
        answer_sha256 TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX evidence_requests_supplier ON evidence_requests(supplier_id, created_at);

      -- A supplier with documents cannot be deleted (RESTRICT): documents are records kept for audits.
      CREATE TABLE supplier_documents (
        id TEXT PRIMARY KEY,
        supplier_id TEXT NOT NULL REFERENCES suppliers(id) ON DELETE RESTRICT,
        type TEXT NOT NULL CHECK (type IN ('mill-test-certificate','smelter-declaration','cast-house-certificate','supplier-declaration','asi-coc','other')),
        status TEXT NOT NULL CHECK (status IN ('draft','accepted')),
        reference TEXT NOT NULL DEFAULT '',
        issue_date TEXT NOT NULL DEFAULT '',
        valid_until TEXT NOT NULL DEFAULT '',
        smelt_largest TEXT NOT NULL DEFAULT '',
        smelt_second TEXT NOT NULL DEFAULT '',
        cast_country TEXT NOT NULL DEFAULT '',
        hts_codes TEXT NOT NULL DEFAULT '[]',
        quantity_kg REAL,
        period_from TEXT NOT NULL DEFAULT '',
        period_to TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        request_id TEXT REFERENCES evidence_requests(id) ON DELETE SET NULL,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX supplier_documents_supplier ON supplier_documents(supplier_id, status);
      CREATE INDEX supplier_documents_valid_until ON supplier_documents(valid_until);

      CREATE TABLE supplier_document_products (
        document_id TEXT NOT NULL REFERENCES supplier_documents(id) ON DELETE CASCADE,
        product_id TEXT NOT NULL REFERENCES supplier_products(id) ON DELETE CASCADE,
        PRIMARY KEY (document_id, product_id)
      ) WITHOUT ROWID;
      CREATE INDEX supplier_document_products_product ON supplier_document_products(product_id);

      -- Content-addressed store: one row per distinct content, the bytes live in
      -- files/<first two hex digits>/<sha256>. Rows are never deleted: the audit log names them.
      CREATE TABLE stored_files (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size_bytes INTEGER NOT NULL,
        media_type TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE supplier_document_files (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES supplier_documents(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL REFERENCES stored_files(sha256),
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size_bytes INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        UNIQUE (document_id, sha256)
      );
      CREATE INDEX supplier_document_files_sha ON supplier_document_files(sha256);

      -- Where each licence line came from. SET NULL is the backstop; the services refuse to delete
      -- a supplier or product still named on a line, so a filed licence keeps its provenance.
      ALTER TABLE licence_lines ADD COLUMN supplier_id TEXT REFERENCES suppliers(id) ON DELETE SET NULL;
      ALTER TABLE licence_lines ADD COLUMN product_id TEXT REFERENCES supplier_products(id) ON DELETE SET NULL;
      ALTER TABLE licence_lines ADD COLUMN document_id TEXT REFERENCES supplier_documents(id) ON DELETE SET NULL;
      CREATE INDEX licence_lines_supplier ON licence_lines(supplier_id) WHERE supplier_id IS NOT NULL;
      CREATE INDEX licence_lines_product ON licence_lines(product_id) WHERE product_id IS NOT NULL;
      CREATE INDEX licence_lines_document ON licence_lines(document_id) WHERE document_id IS NOT NULL;
    `);
  },
};
