import { z } from 'zod';

import type { Db } from '#core/db/open-database';
import { jsonColumn, readRow } from '#core/db/stored-row';
import {
  type EvidenceRequest,
  type RequestFormat,
  requestFormats,
  requestStatuses,
} from '#shared/suppliers/request-schema';

/** A row of `evidence_requests` with its supplier's name and how many documents its answer made. */
const requestRowSchema = z.object({
  id: z.string(),
  supplier_id: z.string(),
  supplier_name: z.string(),
  format: z.enum(requestFormats),
  product_ids: jsonColumn(z.array(z.string())),
  created_on: z.string(),
  due_on: z.string(),
  sent_on: z.string(),
  answered_on: z.string(),
  status: z.enum(requestStatuses),
  kit_file_name: z.string(),
  kit_sha256: z.string(),
  answer_file_name: z.string(),
  answer_sha256: z.string().nullable(),
  document_count: z.number().int(),
});
type RequestRow = z.input<typeof requestRowSchema>;

export interface StoredRequest extends EvidenceRequest {
  readonly kitSha256: string;
}

/** Overdue is a fact of the calendar, not a stored state: sent, unanswered, past its due date. */
const toRequest = (stored: RequestRow, today: string): StoredRequest => {
  const row = readRow(requestRowSchema, stored, 'evidence_requests', `id ${stored.id}`);
  return {
    id: row.id,
    supplierId: row.supplier_id,
    supplierName: row.supplier_name,
    format: row.format,
    productIds: row.product_ids,
    createdOn: row.created_on,
    dueOn: row.due_on,
    sentOn: row.sent_on,
    answeredOn: row.answered_on,
    status: row.status,
    overdue: row.status === 'sent' && row.due_on < today,
    kitFileName: row.kit_file_name,
    answerFileName: row.answer_file_name,
    documentCount: row.document_count,
    kitSha256: row.kit_sha256,
  };
};

export const publicRequest = ({ kitSha256: _sha, ...request }: StoredRequest): EvidenceRequest => request;

/** SQL for declaration requests. Callers own the transaction. */
export function createRequestRepository(db: Db) {
  const select = `
    SELECT r.*, s.name AS supplier_name,
      (SELECT count(*) FROM supplier_documents d WHERE d.request_id = r.id) AS document_count
    FROM evidence_requests r JOIN suppliers s ON s.id = r.supplier_id`;
  const byId = db.prepare<[string], RequestRow>(`${select} WHERE r.id = ?`);
  const insert = db.prepare(`
    INSERT INTO evidence_requests (id, supplier_id, format, product_ids, created_on, due_on, status, kit_file_name, kit_sha256, created_at, updated_at)
    VALUES (@id, @supplier_id, @format, @product_ids, @created_on, @due_on, 'prepared', @kit_file_name, @kit_sha256, @at, @at)`);
  const markSent = db.prepare(`UPDATE evidence_requests SET status = 'sent', sent_on = ?, updated_at = ? WHERE id = ?`);
  const markAnswered = db.prepare(`
    UPDATE evidence_requests SET status = 'answered', answered_on = ?, answer_file_name = ?, answer_sha256 = ?, updated_at = ? WHERE id = ?`);
  const insertBlob = db.prepare(
    'INSERT OR IGNORE INTO stored_files (sha256, size_bytes, media_type, created_at) VALUES (?, ?, ?, ?)',
  );

  return {
    get: (id: string, today: string): StoredRequest | null => {
      const row = byId.get(id);
      return row ? toRequest(row, today) : null;
    },
    list(today: string, supplierId?: string): StoredRequest[] {
      const rows = supplierId
        ? db
            .prepare<[string], RequestRow>(`${select} WHERE r.supplier_id = ? ORDER BY r.created_at DESC`)
            .all(supplierId)
        : db.prepare<[], RequestRow>(`${select} ORDER BY r.created_at DESC`).all();
      return rows.map((row) => toRequest(row, today));
    },
    insert(
      row: {
        id: string;
        supplier_id: string;
        format: RequestFormat;
        product_ids: string[];
        created_on: string;
        due_on: string;
        kit_file_name: string;
        kit_sha256: string;
        kit_size: number;
        kit_media_type: string;
      },
      at: string,
    ): void {
      insertBlob.run(row.kit_sha256, row.kit_size, row.kit_media_type, at);
      insert.run({ ...row, product_ids: JSON.stringify(row.product_ids), at });
    },
    markSent: (id: string, sentOn: string, at: string) => void markSent.run(sentOn, at, id),
    markAnswered: (id: string, answeredOn: string, fileName: string, sha256: string, at: string) =>
      void markAnswered.run(answeredOn, fileName, sha256, at, id),
  };
}
export type RequestRepository = ReturnType<typeof createRequestRepository>;
