import type {
  DocumentDraft,
  DocumentFile,
  DocumentStatus,
  DocumentSummary,
  DocumentType,
  SupplierDocument,
} from '../../../shared/evidence/document-schema';
import type { FieldSource } from '../../../shared/evidence/field-source';
import { keepRecordsUntil } from '../../../shared/records/keep-until';
import { storedCountry } from '../../../shared/reference/countries';
import type { Db } from '../db/open-database';
import { newId } from '../ids';
import type { CheckedFile } from './file-store';
import { oneOrNull } from '../db/one-row';

interface DocumentRow {
  id: string;
  supplier_id: string;
  supplier_name: string;
  type: DocumentType;
  status: DocumentStatus;
  reference: string;
  issue_date: string;
  valid_until: string;
  smelt_largest: string;
  smelt_second: string;
  cast_country: string;
  hts_codes: string;
  quantity_kg: number | null;
  period_from: string;
  period_to: string;
  notes: string;
  issuer: string;
  product_stated: string;
  field_sources: string;
  request_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  product_ids: string | null;
  file_count: number;
  /** The latest date of entry (or expected import) among the licences it is evidence on. */
  record_date: string | null;
}

interface FileRow {
  id: string;
  document_id: string;
  sha256: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  added_at: string;
}

const toFile = (row: FileRow): DocumentFile => ({
  id: row.id,
  documentId: row.document_id,
  sha256: row.sha256,
  fileName: row.file_name,
  mediaType: row.media_type,
  sizeBytes: row.size_bytes,
  addedAt: row.added_at,
});

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    supplierId: row.supplier_id,
    supplierName: row.supplier_name,
    type: row.type,
    status: row.status,
    reference: row.reference,
    issueDate: row.issue_date,
    validUntil: row.valid_until,
    smeltLargest: row.smelt_largest,
    smeltSecond: row.smelt_second,
    cast: row.cast_country,
    productIds: row.product_ids ? row.product_ids.split(' ') : [],
    htsCodes: JSON.parse(row.hts_codes) as string[],
    quantityKg: row.quantity_kg,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    notes: row.notes,
    issuer: row.issuer,
    productStated: row.product_stated,
    fieldSources: JSON.parse(row.field_sources) as FieldSource[],
    requestId: row.request_id,
    keepUntil: row.record_date ? keepRecordsUntil({ entryDates: [], importDate: row.record_date }) : null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    fileCount: row.file_count,
  };
}

const columns = (draft: DocumentDraft) => ({
  supplier_id: draft.supplierId,
  type: draft.type,
  status: draft.status,
  reference: draft.reference,
  issue_date: draft.issueDate,
  valid_until: draft.validUntil,
  smelt_largest: storedCountry(draft.smeltLargest),
  smelt_second: storedCountry(draft.smeltSecond),
  cast_country: storedCountry(draft.cast),
  hts_codes: JSON.stringify([...new Set(draft.htsCodes)]),
  quantity_kg: draft.quantityKg,
  period_from: draft.periodFrom,
  period_to: draft.periodTo,
  notes: draft.notes,
  issuer: draft.issuer,
  product_stated: draft.productStated,
  field_sources: JSON.stringify(draft.fieldSources),
});

/** SQL for supplier documents, the products they name and their attached files. Callers own the transaction. */
export function createDocumentRepository(db: Db) {
  const select = `
    SELECT d.*, s.name AS supplier_name,
      (SELECT group_concat(product_id, ' ') FROM supplier_document_products dp WHERE dp.document_id = d.id) AS product_ids,
      (SELECT count(*) FROM supplier_document_files f WHERE f.document_id = d.id) AS file_count,
      (SELECT max(coalesce(l.last_entry_date, l.expected_import_date)) FROM licence_lines ll JOIN licences l ON l.id = ll.licence_id
        WHERE ll.document_id = d.id
          AND coalesce(l.last_entry_date, l.expected_import_date) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]') AS record_date
    FROM supplier_documents d JOIN suppliers s ON s.id = d.supplier_id`;
  const byId = db.prepare<[string], DocumentRow>(`${select} WHERE d.id = ?`);
  const insertDocument = db.prepare(`
    INSERT INTO supplier_documents (id, supplier_id, type, status, reference, issue_date, valid_until, smelt_largest, smelt_second,
      cast_country, hts_codes, quantity_kg, period_from, period_to, notes, issuer, product_stated, field_sources,
      request_id, version, created_at, updated_at)
    VALUES (@id, @supplier_id, @type, @status, @reference, @issue_date, @valid_until, @smelt_largest, @smelt_second,
      @cast_country, @hts_codes, @quantity_kg, @period_from, @period_to, @notes, @issuer, @product_stated, @field_sources,
      @request_id, 1, @at, @at)`);
  const updateDocument = db.prepare(`
    UPDATE supplier_documents SET supplier_id = @supplier_id, type = @type, status = @status, reference = @reference,
      issue_date = @issue_date, valid_until = @valid_until, smelt_largest = @smelt_largest, smelt_second = @smelt_second,
      cast_country = @cast_country, hts_codes = @hts_codes, quantity_kg = @quantity_kg, period_from = @period_from,
      period_to = @period_to, notes = @notes, issuer = @issuer, product_stated = @product_stated,
      field_sources = @field_sources, version = version + 1, updated_at = @at
    WHERE id = @id`);
  const deleteDocument = db.prepare('DELETE FROM supplier_documents WHERE id = ?');
  const clearProducts = db.prepare('DELETE FROM supplier_document_products WHERE document_id = ?');
  const addProduct = db.prepare(
    'INSERT OR IGNORE INTO supplier_document_products (document_id, product_id) VALUES (?, ?)',
  );
  const productExists = db.prepare<[string], { id: string }>('SELECT id FROM supplier_products WHERE id = ?');
  const filesOf = db.prepare<[string], FileRow>(
    'SELECT * FROM supplier_document_files WHERE document_id = ? ORDER BY added_at, id',
  );
  const fileById = db.prepare<[string, string], FileRow>(
    'SELECT * FROM supplier_document_files WHERE document_id = ? AND id = ?',
  );
  const fileBySha = db.prepare<[string, string], FileRow>(
    'SELECT * FROM supplier_document_files WHERE document_id = ? AND sha256 = ?',
  );
  const insertBlob = db.prepare(
    'INSERT OR IGNORE INTO stored_files (sha256, size_bytes, media_type, created_at) VALUES (?, ?, ?, ?)',
  );
  const insertFile = db.prepare(`
    INSERT INTO supplier_document_files (id, document_id, sha256, file_name, media_type, size_bytes, added_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const deleteFile = db.prepare('DELETE FROM supplier_document_files WHERE document_id = ? AND id = ?');
  const allFiles = db.prepare<[], FileRow & { supplier_id: string; supplier_name: string }>(`
    SELECT f.*, s.id AS supplier_id, s.name AS supplier_name FROM supplier_document_files f
    JOIN supplier_documents d ON d.id = f.document_id JOIN suppliers s ON s.id = d.supplier_id ORDER BY f.sha256`);
  const linesLinked = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM licence_lines WHERE document_id = ?',
  );

  function writeProducts(id: string, productIds: readonly string[]) {
    clearProducts.run(id);
    for (const productId of productIds) addProduct.run(id, productId);
  }

  return {
    get(id: string): SupplierDocument | null {
      const row = byId.get(id);
      if (!row) return null;
      const { fileCount: _count, ...summary } = toSummary(row);
      return { ...summary, files: filesOf.all(id).map(toFile) };
    },
    list(filter: { supplierId?: string | undefined; status?: DocumentStatus | undefined }): DocumentSummary[] {
      const where: string[] = [];
      const params: string[] = [];
      if (filter.supplierId) {
        where.push('d.supplier_id = ?');
        params.push(filter.supplierId);
      }
      if (filter.status) {
        where.push('d.status = ?');
        params.push(filter.status);
      }
      const sql = `${select} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.issue_date DESC, d.created_at DESC`;
      return db
        .prepare<string[], DocumentRow>(sql)
        .all(...params)
        .map(toSummary);
    },
    missingProducts: (productIds: readonly string[]): string[] => productIds.filter((id) => !productExists.get(id)),
    insert(draft: DocumentDraft, at: string, requestId: string | null = null): string {
      const id = newId();
      insertDocument.run({ ...columns(draft), id, request_id: requestId, at });
      writeProducts(id, draft.productIds);
      return id;
    },
    update(id: string, draft: DocumentDraft, at: string): void {
      updateDocument.run({ ...columns(draft), id, at });
      writeProducts(id, draft.productIds);
    },
    delete: (id: string) => void deleteDocument.run(id),
    linesLinked: (id: string): number => linesLinked.get(id)!.n,

    file: oneOrNull(fileById, toFile),
    /** Records a stored blob as one of the document's files; the same content twice on one document is one file. */
    addFile(documentId: string, blob: CheckedFile, fileName: string, at: string): DocumentFile {
      insertBlob.run(blob.sha256, blob.sizeBytes, blob.mediaType, at);
      const existing = fileBySha.get(documentId, blob.sha256);
      if (existing) return toFile(existing);
      const id = newId();
      insertFile.run(id, documentId, blob.sha256, fileName, blob.mediaType, blob.sizeBytes, at);
      return toFile(fileById.get(documentId, id)!);
    },
    removeFile: (documentId: string, fileId: string) => void deleteFile.run(documentId, fileId),
    allFiles: () =>
      allFiles.all().map((row) => ({ ...toFile(row), supplierId: row.supplier_id, supplierName: row.supplier_name })),
  };
}
export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
