import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import { newId } from '#core/ids';
import type { DocumentRepository } from '#core/suppliers/documents/document-repository';
import { checkAttachment, decodeBase64, type FileStore } from '#core/suppliers/documents/file-store';
import type { EvidenceChanges } from '#core/suppliers/evidence/evidence-changes';
import type { SupplierRepository } from '#core/suppliers/suppliers/supplier-repository';
import { AppError } from '#shared/contract';
import { isIsoDate, localIsoDate } from '#shared/dates/iso-date';
import { parseCountry, storedCountry } from '#shared/reference/countries';
import { attachmentKindInfo } from '#shared/suppliers/attachment-rules';
import type { DocumentDraft } from '#shared/suppliers/document-schema';
import type { AnswerRead, EvidenceRequest, RequestCreate, TransferFile } from '#shared/suppliers/request-schema';
import { endSentence } from '#shared/text/sentence';

import { type AnswerRow, readAnswer } from './request-answer';
import { requestColumns } from './request-columns';
import { buildRequestCsv, buildRequestWorkbook, kitFileName } from './request-kit';
import { publicRequest, type RequestRepository, type StoredRequest } from './request-repository';

export interface RequestServiceDeps {
  readonly db: Db;
  readonly repo: RequestRepository;
  readonly suppliers: SupplierRepository;
  readonly documents: DocumentRepository;
  readonly files: FileStore;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly changes: EvidenceChanges;
  /** Who is asking, as printed on the request (the filer profile). */
  readonly requestedBy: () => string;
}

const dateProblem = (value: string) => value !== '' && !isIsoDate(value);

/** One answered row as a draft document, and what the reviewer should look at. */
function draftFromRow(
  row: AnswerRow,
  supplierId: string,
  productId: string,
  today: string,
  fileName: string,
  problems: string[],
): DocumentDraft {
  const cells = row.cells;
  const where = `Row ${row.row}${cells.description ? ` (${cells.description})` : ''}`;
  const country = (column: 'smeltLargest' | 'smeltSecond' | 'cast') => {
    const text = cells[column] ?? '';
    const value = parseCountry(text);
    if (value.kind === 'invalid')
      problems.push(
        `${where}: "${text}" in ${requestColumns[column]} is not a country we know; correct it in the draft before accepting it.`,
      );
    if (column === 'cast' && (value.kind === 'not-applicable' || value.kind === 'unknown'))
      problems.push(`${where}: the cast country cannot be ${text}; ask the supplier where the metal was last cast.`);
    return storedCountry(text);
  };
  const date = (column: 'periodFrom' | 'periodTo' | 'validUntil') => {
    const text = cells[column] ?? '';
    if (dateProblem(text)) {
      problems.push(
        `${where}: "${text}" in ${requestColumns[column]} is not a date written as YYYY-MM-DD; it was left empty.`,
      );
      return '';
    }
    return text;
  };
  const quantityText = (cells.quantityKg ?? '').replace(/[,\s]/g, '');
  const quantity = quantityText === '' ? null : Number(quantityText);
  if (quantity !== null && !(Number.isFinite(quantity) && quantity > 0))
    problems.push(`${where}: the quantity "${cells.quantityKg}" is not a number of kilograms; it was left empty.`);
  const validUntil = date('validUntil');
  if (validUntil !== '' && validUntil < today)
    problems.push(`${where}: the declaration is valid only until ${validUntil}, which has passed.`);
  return {
    supplierId,
    type: 'supplier-declaration',
    status: 'draft',
    reference: cells.reference ?? '',
    issueDate: today,
    validUntil,
    smeltLargest: country('smeltLargest'),
    smeltSecond: country('smeltSecond'),
    cast: country('cast'),
    productIds: [productId],
    htsCodes: [],
    quantityKg: quantity !== null && Number.isFinite(quantity) && quantity > 0 ? quantity : null,
    periodFrom: date('periodFrom'),
    periodTo: date('periodTo'),
    notes: [cells.notes ?? '', `Read from the supplier's answer "${fileName}", row ${row.row}.`]
      .filter(Boolean)
      .join('\n'),
    issuer: '',
    productStated: '',
    fieldSources: [],
  };
}

/** Declaration requests: prepared, sent, answered (or overdue), and read back as draft documents. */
export function createRequestService({
  db,
  repo,
  suppliers,
  documents,
  files,
  clock,
  audit,
  changes,
  requestedBy,
}: RequestServiceDeps) {
  const today = () => localIsoDate(clock.now());
  const now = () => clock.now().toISOString();
  const mustGet = (id: string): StoredRequest => {
    const request = repo.get(id, today());
    if (!request) throw new AppError('NOT_FOUND', `No declaration request with id ${id} exists.`, { id });
    return request;
  };

  function storedFile(sha256: string, fileName: string): TransferFile {
    const read = files.read(sha256);
    if (!read.bytes || !read.intact) {
      throw new AppError(
        'UNREADABLE_FILE',
        read.bytes
          ? `The stored file "${fileName}" has changed since it was made: its SHA-256 is now ${read.actualSha256}, not ${sha256}. It may have been damaged or altered; prepare a new request.`
          : `The stored file "${fileName}" is missing from the app's file store. Prepare a new request.`,
        { sha256, actual: read.actualSha256 },
      );
    }
    const kind = fileName.endsWith('.csv') ? 'csv' : 'xlsx';
    return { fileName, mediaType: attachmentKindInfo[kind].mediaType, contentBase64: read.bytes.toString('base64') };
  }

  return {
    list: (supplierId?: string): EvidenceRequest[] => repo.list(today(), supplierId).map(publicRequest),

    async create(input: RequestCreate): Promise<{ request: EvidenceRequest; file: TransferFile }> {
      const supplier = suppliers.get(input.supplierId);
      if (!supplier)
        throw new AppError('NOT_FOUND', `No supplier with id ${input.supplierId} exists.`, { id: input.supplierId });
      const createdOn = today();
      if (input.dueOn < createdOn) {
        throw new AppError(
          'VALIDATION',
          `The answer date ${input.dueOn} has already passed; pick today or a later date.`,
          {
            issues: [{ path: 'dueOn', message: 'is in the past', rule: 'due-date' }],
          },
        );
      }
      const all = suppliers.products(supplier.id);
      const wanted = input.productIds.length === 0 ? all : all.filter((p) => input.productIds.includes(p.id));
      if (input.productIds.length > 0 && wanted.length !== new Set(input.productIds).size) {
        throw new AppError(
          'VALIDATION',
          endSentence(`Some of the products asked about are not products of ${supplier.name}`),
          {
            issues: [{ path: 'productIds', message: 'not this supplier’s products', rule: 'link' }],
          },
        );
      }
      if (wanted.length === 0) {
        throw new AppError(
          'VALIDATION',
          `${supplier.name} has no products registered yet. Add its products first: the request lists them for the supplier to answer.`,
          {
            issues: [{ path: 'productIds', message: 'no products', rule: 'required' }],
          },
        );
      }
      const id = newId();
      const kit = {
        requestId: id,
        supplierName: supplier.name,
        requestedBy: requestedBy(),
        dueOn: input.dueOn,
        products: wanted,
      };
      const bytes = input.format === 'xlsx' ? buildRequestWorkbook(kit) : buildRequestCsv(kit);
      const fileName = kitFileName(supplier.name, createdOn, input.format);
      const checked = checkAttachment(bytes, fileName);
      files.put(checked, bytes);
      db.transaction(() => {
        repo.insert(
          {
            id,
            supplier_id: supplier.id,
            format: input.format,
            product_ids: wanted.map((p) => p.id),
            created_on: createdOn,
            due_on: input.dueOn,
            kit_file_name: fileName,
            kit_sha256: checked.sha256,
            kit_size: checked.sizeBytes,
            kit_media_type: checked.mediaType,
          },
          now(),
        );
        audit.append({
          entity: 'supplier',
          entityId: supplier.id,
          action: 'request:prepare',
          after: {
            requestId: id,
            format: input.format,
            dueOn: input.dueOn,
            products: wanted.length,
            sha256: checked.sha256,
          },
        });
      })();
      changes.changed({ reason: 'requests', supplierIds: [supplier.id] });
      return {
        request: publicRequest(mustGet(id)),
        file: { fileName, mediaType: checked.mediaType, contentBase64: bytes.toString('base64') },
      };
    },

    download(id: string): TransferFile {
      const request = mustGet(id);
      return storedFile(request.kitSha256, request.kitFileName);
    },

    markSent(id: string, sentOn: string): EvidenceRequest {
      if (!isIsoDate(sentOn) || sentOn > today()) {
        throw new AppError('VALIDATION', `The date sent must be a date no later than today, not "${sentOn}".`, {
          issues: [{ path: 'sentOn', message: 'must be a past date', rule: 'date' }],
        });
      }
      const request = db.transaction(() => {
        const before = mustGet(id);
        if (before.status === 'answered')
          throw new AppError('CONFLICT', 'This request has already been answered.', { id });
        repo.markSent(id, sentOn, now());
        audit.append({
          entity: 'supplier',
          entityId: before.supplierId,
          action: 'request:sent',
          before: { requestId: id, status: before.status },
          after: { requestId: id, sentOn },
        });
        return mustGet(id);
      })();
      changes.changed({ reason: 'requests', supplierIds: [request.supplierId] });
      return publicRequest(request);
    },

    /**
     * Reads the filled-in file: every product row with an answer becomes a draft document (to be
     * reviewed before it counts as evidence) with the answer file attached; the request is marked
     * answered. All of it in one transaction: a file that cannot be read changes nothing.
     */
    async readAnswer(id: string, fileName: string, contentBase64: string): Promise<AnswerRead> {
      const request = mustGet(id);
      const bytes = decodeBase64(contentBase64, fileName);
      const checked = checkAttachment(bytes, fileName);
      if (checked.kind !== 'xlsx' && checked.kind !== 'csv') {
        throw new AppError(
          'VALIDATION',
          `"${fileName}" is a ${attachmentKindInfo[checked.kind].label}; answers are read from the XLSX or CSV file the request went out as. Attach a scanned declaration to a document instead.`,
          {
            issues: [{ path: 'fileName', message: 'is not XLSX or CSV', rule: 'file-type' }],
          },
        );
      }
      const answer = await readAnswer(bytes, fileName, checked.kind);
      if (answer.requestId !== '' && answer.requestId !== id) {
        throw new AppError(
          'VALIDATION',
          `"${fileName}" answers another request (Request ID ${answer.requestId}), not this one. Read it back on that request.`,
          { requestId: answer.requestId },
        );
      }
      const problems: string[] = [];
      if (answer.requestId === '')
        problems.push('The file carries no Request ID; rows were matched to products by their Product ID.');
      const day = today();
      const drafts: DocumentDraft[] = [];
      for (const row of answer.rows) {
        const productId = row.cells.productId ?? '';
        if (row.cells.requestId && row.cells.requestId !== id) {
          problems.push(`Row ${row.row}: belongs to another request (${row.cells.requestId}); skipped.`);
          continue;
        }
        if (!request.productIds.includes(productId)) {
          problems.push(`Row ${row.row}: product "${productId}" was not asked about in this request; skipped.`);
          continue;
        }
        if (!row.cells.smeltLargest && !row.cells.smeltSecond && !row.cells.cast) {
          problems.push(
            `Row ${row.row}${row.cells.description ? ` (${row.cells.description})` : ''}: no countries given; no document made.`,
          );
          continue;
        }
        drafts.push(draftFromRow(row, request.supplierId, productId, day, fileName, problems));
      }
      files.put(checked, bytes);
      const ids = db.transaction(() => {
        const made = drafts.map((draft) => {
          const docId = documents.insert(draft, now(), id);
          documents.addFile(docId, checked, fileName, now());
          audit.append({
            entity: 'document',
            entityId: docId,
            action: 'create',
            after: { ...draft, requestId: id, sha256: checked.sha256 },
          });
          return docId;
        });
        repo.markAnswered(id, day, fileName, checked.sha256, now());
        audit.append({
          entity: 'supplier',
          entityId: request.supplierId,
          action: 'request:answered',
          after: { requestId: id, fileName, sha256: checked.sha256, documents: made },
        });
        return made;
      })();
      changes.changed({ reason: 'requests', supplierIds: [request.supplierId] });
      return {
        request: publicRequest(mustGet(id)),
        documents: documents
          .list({ supplierId: request.supplierId, status: 'draft' })
          .filter((d) => ids.includes(d.id)),
        problems,
      };
    },
  };
}
export type RequestService = ReturnType<typeof createRequestService>;
