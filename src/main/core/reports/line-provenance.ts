import type { Db } from '#core/db/open-database';
import type { SummaryAuditEntry, SummaryDocument, SummaryLine } from '#shared/reports/summary-schema';
import type { DocumentStatus, DocumentType } from '#shared/suppliers/document-schema';

interface ProvenanceRow {
  line_id: string;
  supplier_id: string | null;
  supplier_name: string | null;
  product_id: string | null;
  product_description: string | null;
  product_code: string | null;
  document_id: string | null;
  document_type: DocumentType | null;
  document_status: DocumentStatus | null;
  document_reference: string | null;
  issue_date: string | null;
  valid_until: string | null;
  document_supplier: string | null;
}

export type LineProvenance = Pick<SummaryLine, 'supplier' | 'product' | 'document'>;

/**
 * Where each licence line came from (supplier, product) and the supplier document linked as its
 * evidence, with the files and the SHA-256 recorded when each was attached. Read-only SQL over
 * the supplier registry's tables.
 */
export function createLineProvenance(db: Db) {
  const rows = db.prepare<[string], ProvenanceRow>(`
    SELECT l.id AS line_id, s.id AS supplier_id, s.name AS supplier_name,
      p.id AS product_id, p.description AS product_description, p.code AS product_code,
      d.id AS document_id, d.type AS document_type, d.status AS document_status, d.reference AS document_reference,
      d.issue_date, d.valid_until, ds.name AS document_supplier
    FROM licence_lines l
      LEFT JOIN suppliers s ON s.id = l.supplier_id
      LEFT JOIN supplier_products p ON p.id = l.product_id
      LEFT JOIN supplier_documents d ON d.id = l.document_id
      LEFT JOIN suppliers ds ON ds.id = d.supplier_id
    WHERE l.licence_id = ?`);
  const files = db.prepare<
    [string],
    { id: string; file_name: string; sha256: string; size_bytes: number; media_type: string }
  >(
    'SELECT id, file_name, sha256, size_bytes, media_type FROM supplier_document_files WHERE document_id = ? ORDER BY added_at, id',
  );
  const auditOf = db.prepare<[string], SummaryAuditEntry>(
    "SELECT seq, at, actor, action, hash FROM audit_log WHERE entity = 'licence' AND entity_id = ? ORDER BY seq",
  );

  function documentOf(row: ProvenanceRow): SummaryDocument | null {
    if (!row.document_id || !row.document_type || !row.document_status) return null;
    return {
      id: row.document_id,
      type: row.document_type,
      status: row.document_status,
      reference: row.document_reference ?? '',
      issueDate: row.issue_date ?? '',
      validUntil: row.valid_until ?? '',
      supplierName: row.document_supplier ?? '',
      files: files.all(row.document_id).map((f) => ({
        id: f.id,
        fileName: f.file_name,
        sha256: f.sha256,
        sizeBytes: f.size_bytes,
        mediaType: f.media_type,
      })),
    };
  }

  return {
    /** Line id → provenance, for every line of one licence. */
    forLicence(licenceId: string): Map<string, LineProvenance> {
      return new Map(
        rows.all(licenceId).map((row) => [
          row.line_id,
          {
            supplier: row.supplier_id ? { id: row.supplier_id, name: row.supplier_name ?? '' } : null,
            product: row.product_id
              ? { id: row.product_id, description: row.product_description ?? '', code: row.product_code ?? '' }
              : null,
            document: documentOf(row),
          },
        ]),
      );
    },
    auditOf: (licenceId: string): SummaryAuditEntry[] => auditOf.all(licenceId),
  };
}
