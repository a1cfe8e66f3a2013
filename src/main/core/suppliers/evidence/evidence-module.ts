import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { DataPaths } from '#core/data-dir';
import type { Db } from '#core/db/open-database';
import type { EventBus } from '#core/events';
import type { LicenceService } from '#core/licences/licence-service';
import { createDocumentReadingService } from '#core/suppliers/documents/document-reading-service';
import { createDocumentRepository } from '#core/suppliers/documents/document-repository';
import { createDocumentService } from '#core/suppliers/documents/document-service';
import { createFileStore } from '#core/suppliers/documents/file-store';
import { createReadingCache } from '#core/suppliers/documents/reading/reading-cache';
import { createRequestRepository } from '#core/suppliers/requests/request-repository';
import { createRequestService } from '#core/suppliers/requests/request-service';
import { createSupplierRepository } from '#core/suppliers/suppliers/supplier-repository';
import { createSupplierService } from '#core/suppliers/suppliers/supplier-service';
import type { Keyring } from '#core/vault/keyring';
import type { Handlers } from '#shared/contract';

import { createComplianceService } from './compliance-service';
import { createEvidenceChanges } from './evidence-changes';
import { createEvidenceIndexStore } from './evidence-index-store';
import { createEvidenceSettingsStore } from './evidence-settings-store';

export interface EvidenceModuleDeps {
  readonly db: Db;
  readonly paths: DataPaths;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly events: EventBus;
  /** Late-bound: the licence service is built after the validator, which needs this module's index. */
  readonly licences: () => LicenceService;
  /** The passphrase keys of a protected folder: attachments are sealed at rest with them. */
  readonly keyring?: Keyring;
}

type EvidenceProcedureName = Extract<
  keyof Handlers,
  `suppliers.${string}` | `products.${string}` | `documents.${string}` | `evidence.${string}` | `requests.${string}`
>;

/**
 * The supplier registry, the evidence ledger and the request kit, built on the core's database
 * and handed to createCore as a part of the handlers map.
 */
export function createEvidenceModule({ db, paths, clock, audit, events, licences, keyring }: EvidenceModuleDeps) {
  const index = createEvidenceIndexStore(db);
  const changes = createEvidenceChanges(db, index, events, licences);
  const supplierRepo = createSupplierRepository(db);
  const documentRepo = createDocumentRepository(db);
  const requestRepo = createRequestRepository(db);
  const files = createFileStore(paths.filesDir, keyring);
  const settings = createEvidenceSettingsStore(db, audit);
  const profile = db.prepare<[], { data: string }>('SELECT data FROM filer_profile WHERE id = 1');
  const requestedBy = () => {
    const row = profile.get();
    if (!row) return 'the importer (no filer profile entered yet)';
    const p = JSON.parse(row.data) as { company?: string; contactName?: string; email?: string };
    return [p.company, p.contactName, p.email].filter(Boolean).join(', ');
  };

  const suppliers = createSupplierService({ db, repo: supplierRepo, clock, audit, changes });
  const documents = createDocumentService({
    db,
    repo: documentRepo,
    suppliers: supplierRepo,
    files,
    clock,
    audit,
    changes,
  });
  const reading = createDocumentReadingService({
    repo: documentRepo,
    documents,
    files,
    cache: createReadingCache(db),
    clock,
  });
  const requests = createRequestService({
    db,
    repo: requestRepo,
    suppliers: supplierRepo,
    documents: documentRepo,
    files,
    clock,
    audit,
    changes,
    requestedBy,
  });
  const compliance = createComplianceService(db, index, supplierRepo, requestRepo, clock);

  const handlers: Pick<Handlers, EvidenceProcedureName> = {
    'suppliers.list': ({ text }) => suppliers.list(text),
    'suppliers.get': ({ id }) => suppliers.get(id),
    'suppliers.create': (draft) => suppliers.create(draft),
    'suppliers.update': ({ id, version, draft }) => suppliers.update(id, version, draft),
    'suppliers.delete': ({ id }) => suppliers.remove(id),
    'products.list': ({ supplierId }) => suppliers.products(supplierId),
    'products.create': (draft) => suppliers.createProduct(draft),
    'products.update': ({ id, version, draft }) => suppliers.updateProduct(id, version, draft),
    'products.delete': ({ id }) => suppliers.removeProduct(id),
    'documents.list': (filter) => documents.list(filter),
    'documents.get': ({ id }) => documents.get(id),
    'documents.create': (draft) => documents.create(draft),
    'documents.update': ({ id, version, draft }) => documents.update(id, version, draft),
    'documents.delete': ({ id }) => documents.remove(id),
    'documents.attachFile': ({ documentId, fileName, contentBase64 }) =>
      documents.attachFile(documentId, fileName, contentBase64),
    'documents.detachFile': ({ documentId, fileId, confirmRecordKeeping }) =>
      documents.detachFile(documentId, fileId, confirmRecordKeeping),
    'documents.readFile': ({ documentId, fileId }) => documents.readFile(documentId, fileId),
    'documents.verifyFiles': () => documents.verifyFiles(),
    'documents.readProposals': ({ documentId, fileId }) => reading.readStored(documentId, fileId),
    'documents.readUpload': ({ fileName, contentBase64 }) => reading.readUpload(fileName, contentBase64),
    'documents.createFromFile': ({ supplierId, fileName, contentBase64 }) =>
      reading.createFromFile(supplierId, fileName, contentBase64),
    'evidence.forLines': (links) => index.forLines(links),
    'evidence.compliance': ({ horizonDays }) => compliance.report(horizonDays ?? settings.get().expiringHorizonDays),
    'evidence.getSettings': () => settings.get(),
    'evidence.saveSettings': (input) => {
      const saved = settings.save(input);
      changes.changed({ reason: 'settings' });
      return saved;
    },
    'requests.list': ({ supplierId }) => requests.list(supplierId),
    'requests.create': (input) => requests.create(input),
    'requests.download': ({ id }) => requests.download(id),
    'requests.markSent': ({ id, sentOn }) => requests.markSent(id, sentOn),
    'requests.readAnswer': ({ id, fileName, contentBase64 }) => requests.readAnswer(id, fileName, contentBase64),
  };

  return { index, changes, files, suppliers, documents, reading, requests, compliance, settings, handlers };
}
export type EvidenceModule = ReturnType<typeof createEvidenceModule>;
