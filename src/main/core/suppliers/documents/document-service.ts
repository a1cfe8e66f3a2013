import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import { assertCurrentVersion } from '#core/db/changed-elsewhere';
import type { Db } from '#core/db/open-database';
import type { EvidenceChanges } from '#core/suppliers/evidence/evidence-changes';
import type { SupplierRepository } from '#core/suppliers/suppliers/supplier-repository';
import { AppError } from '#shared/contract';
import type { FileCheck, OpenedFile } from '#shared/contract/suppliers/documents';
import { localIsoDate } from '#shared/dates/iso-date';
import { mustStillKeep, recordKeepingNotice, recordKeepingRule } from '#shared/records/keep-until';
import { storedCountry } from '#shared/reference/countries';
import type {
  DocumentDraft,
  DocumentFile,
  DocumentStatus,
  DocumentSummary,
  SupplierDocument,
} from '#shared/suppliers/document-schema';
import { describeSource, type FieldSource, sourcedFieldLabels } from '#shared/suppliers/field-source';
import { countOf } from '#shared/text/plural';

import type { DocumentRepository } from './document-repository';
import { checkAttachment, decodeBase64, type FileStore } from './file-store';

export interface DocumentServiceDeps {
  readonly db: Db;
  readonly repo: DocumentRepository;
  readonly suppliers: SupplierRepository;
  readonly files: FileStore;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly changes: EvidenceChanges;
}

const countryFields = new Set<FieldSource['field']>(['smeltLargest', 'smeltSecond', 'cast']);

/**
 * A source describes its field only while the field holds the value taken from the document:
 * a value changed by hand since has no source any more (the record never claims otherwise).
 */
function currentSources(draft: DocumentDraft): FieldSource[] {
  return draft.fieldSources.filter((source) => {
    const recorded = draft[source.field];
    const same = countryFields.has(source.field)
      ? storedCountry(recorded) === storedCountry(source.value)
      : recorded.trim() === source.value.trim();
    return same && recorded.trim() !== '';
  });
}

/** The audit trail's copy of a document: highlight rectangles are left out (they are in the record). */
const auditView = (doc: SupplierDocument) => ({
  ...doc,
  fieldSources: doc.fieldSources.map(({ rects: _rects, ...source }) => source),
});

/** Sources added or changed by a save, as one line per field for the audit trail. */
function newSources(before: readonly FieldSource[], after: readonly FieldSource[]): Record<string, string> | null {
  const key = (s: FieldSource) => `${s.field}\u0000${s.value}\u0000${s.fileSha256}\u0000${s.page}\u0000${s.text}`;
  const old = new Set(before.map(key));
  const added = after.filter((source) => !old.has(key(source)));
  if (added.length === 0) return null;
  return Object.fromEntries(added.map((s) => [sourcedFieldLabels[s.field], `${s.value}: ${describeSource(s)}`]));
}

export function createDocumentService({ db, repo, suppliers, files, clock, audit, changes }: DocumentServiceDeps) {
  const now = () => clock.now().toISOString();

  const mustGet = (id: string): SupplierDocument => {
    const doc = repo.get(id);
    if (!doc)
      throw new AppError('NOT_FOUND', `No supplier document with id ${id} exists (it may have been deleted).`, { id });
    return doc;
  };

  function checkLinks(draft: DocumentDraft): void {
    if (!suppliers.get(draft.supplierId)) {
      throw new AppError(
        'VALIDATION',
        'The supplier of this document no longer exists. Pick a supplier from the registry.',
        {
          issues: [{ path: 'supplierId', message: 'does not exist', rule: 'link' }],
        },
      );
    }
    const missing = repo.missingProducts(draft.productIds);
    if (missing.length > 0) {
      throw new AppError(
        'VALIDATION',
        `${missing.length} of the products this document names no longer exist. Reload the form and pick the products again.`,
        {
          issues: [{ path: 'productIds', message: 'names products that do not exist', rule: 'link' }],
        },
      );
    }
  }

  const scopeOf = (...docs: { supplierId: string; productIds: readonly string[]; id: string }[]) => ({
    supplierIds: [...new Set(docs.map((d) => d.supplierId))],
    productIds: [...new Set(docs.flatMap((d) => d.productIds))],
    documentIds: [...new Set(docs.map((d) => d.id))],
  });

  return {
    get: mustGet,
    list: (filter: { supplierId?: string | undefined; status?: DocumentStatus | undefined }): DocumentSummary[] =>
      repo.list(filter),

    /** `requestId`: the declaration request whose answer this document was read from. */
    create(input: DocumentDraft, requestId: string | null = null): SupplierDocument {
      const draft = { ...input, fieldSources: currentSources(input) };
      const doc = db.transaction(() => {
        checkLinks(draft);
        const id = repo.insert(draft, now(), requestId);
        const created = mustGet(id);
        audit.append({ entity: 'document', entityId: id, action: 'create', after: auditView(created) });
        const sourced = newSources([], created.fieldSources);
        if (sourced) audit.append({ entity: 'document', entityId: id, action: 'fields:from-document', after: sourced });
        return created;
      })();
      changes.changed({ reason: 'documents', ...scopeOf(doc) });
      return doc;
    },

    update(id: string, version: number, input: DocumentDraft): SupplierDocument {
      const draft = { ...input, fieldSources: currentSources(input) };
      const [before, after] = db.transaction(() => {
        const previous = mustGet(id);
        assertCurrentVersion({ what: 'document', id, expected: version }, previous.version);
        checkLinks(draft);
        repo.update(id, draft, now());
        const saved = mustGet(id);
        audit.append({
          entity: 'document',
          entityId: id,
          action: previous.status === 'draft' && saved.status === 'accepted' ? 'accept' : 'update',
          before: auditView(previous),
          after: auditView(saved),
        });
        const sourced = newSources(previous.fieldSources, saved.fieldSources);
        if (sourced) audit.append({ entity: 'document', entityId: id, action: 'fields:from-document', after: sourced });
        return [previous, saved] as const;
      })();
      changes.changed({ reason: 'documents', ...scopeOf(before, after) });
      return after;
    },

    remove(id: string): { id: string } {
      const before = db.transaction(() => {
        const doc = mustGet(id);
        const linked = repo.linesLinked(id);
        if (linked > 0) {
          throw new AppError(
            'CONFLICT',
            `This document is linked as evidence on ${countOf(linked, 'licence line')}; it is kept as their record. Link those lines to another document first.`,
            { id, lines: linked },
          );
        }
        repo.delete(id);
        audit.append({ entity: 'document', entityId: id, action: 'delete', before: auditView(doc) });
        return doc;
      })();
      changes.changed({ reason: 'documents', ...scopeOf(before) });
      return { id };
    },

    /**
     * Checks the bytes (name, size, type by content), stores them under their SHA-256 (once, however
     * often attached), then records the file on the document in one transaction with its audit entry.
     */
    attachFile(documentId: string, fileName: string, contentBase64: string): DocumentFile {
      const bytes = decodeBase64(contentBase64, fileName);
      const checked = checkAttachment(bytes, fileName);
      mustGet(documentId);
      files.put(checked, bytes);
      const file = db.transaction(() => {
        const doc = mustGet(documentId);
        const added = repo.addFile(doc.id, checked, fileName, now());
        audit.append({
          entity: 'document',
          entityId: doc.id,
          action: 'file:attach',
          after: { fileId: added.id, fileName, sha256: checked.sha256, sizeBytes: checked.sizeBytes },
        });
        return added;
      })();
      changes.changed({ reason: 'files' });
      return file;
    },

    /**
     * Withdrawing a file from a document that is still a customs record needs the caller's explicit
     * confirmation (`confirmRecordKeeping`), so no host can do it silently.
     */
    detachFile(documentId: string, fileId: string, confirmRecordKeeping = false): { id: string } {
      db.transaction(() => {
        const file = repo.file(documentId, fileId);
        if (!file)
          throw new AppError(
            'NOT_FOUND',
            `That file is not attached to this document (it may have been removed already).`,
            { documentId, fileId },
          );
        const doc = mustGet(documentId);
        if (!confirmRecordKeeping && mustStillKeep(doc.keepUntil, localIsoDate(clock.now()))) {
          throw new AppError(
            'CONFIRMATION_REQUIRED',
            `${recordKeepingNotice(`"${file.fileName}" (evidence on a licence)`, doc.keepUntil!)} Confirm to remove it anyway.`,
            { documentId, fileId, rule: recordKeepingRule, keepUntil: doc.keepUntil },
          );
        }
        repo.removeFile(documentId, fileId);
        audit.append({ entity: 'document', entityId: documentId, action: 'file:detach', before: file });
      })();
      changes.changed({ reason: 'files' });
      return { id: fileId };
    },

    /** Every open or export re-hashes the bytes: a file changed on disk is reported, not served as if intact. */
    readFile(documentId: string, fileId: string): OpenedFile {
      const file = repo.file(documentId, fileId);
      if (!file)
        throw new AppError('NOT_FOUND', 'That file is not attached to this document (it may have been removed).', {
          documentId,
          fileId,
        });
      const read = files.read(file.sha256);
      return {
        ...file,
        intact: read.intact,
        actualSha256: read.actualSha256,
        contentBase64: read.bytes ? read.bytes.toString('base64') : '',
      };
    },

    verifyFiles(): FileCheck {
      const verdicts = new Map<string, string | null>();
      const damaged: FileCheck['damaged'] = [];
      const all = repo.allFiles();
      for (const file of all) {
        if (!verdicts.has(file.sha256)) {
          const read = files.read(file.sha256);
          verdicts.set(file.sha256, read.intact ? file.sha256 : read.actualSha256);
        }
        const actual = verdicts.get(file.sha256) ?? null;
        if (actual !== file.sha256) {
          damaged.push({
            documentId: file.documentId,
            supplierId: file.supplierId,
            fileId: file.id,
            fileName: file.fileName,
            supplierName: file.supplierName,
            expected: file.sha256,
            actual,
          });
        }
      }
      return { checked: all.length, damaged };
    },
  };
}
export type DocumentService = ReturnType<typeof createDocumentService>;
