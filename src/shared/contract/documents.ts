import { z } from 'zod';
import {
  documentDraftInputSchema,
  documentFileSchema,
  documentStatuses,
  documentSummarySchema,
  supplierDocumentSchema,
} from '../evidence/document-schema';
import { fileReadingSchema } from '../evidence/reading/reading-schema';
import { entityId } from '../evidence/supplier-schema';
import { noInput, procedure } from './define';

/*
 * Files travel as base64 inside the RPC (JSON over HTTP, structured clone over IPC). The string
 * limit here only stops absurd requests early; the core enforces the real size limit on the
 * decoded bytes, with a message that names the file and the limit.
 */
const base64 = z.string().max(48_000_000, { error: 'The file is far larger than attachments may be (25 MB).' });

export const openedFileSchema = documentFileSchema.extend({
  /** False when the stored bytes no longer hash to the recorded SHA-256: shown, never hidden. */
  intact: z.boolean(),
  actualSha256: z.string().nullable(),
  contentBase64: z.string(),
});
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const fileCheckSchema = z.object({
  checked: z.number().int(),
  damaged: z.array(
    z.object({
      documentId: z.string(),
      supplierId: z.string(),
      fileId: z.string(),
      fileName: z.string(),
      supplierName: z.string(),
      expected: z.string(),
      /** null: the stored file is gone. */
      actual: z.string().nullable(),
    }),
  ),
});
export type FileCheck = z.infer<typeof fileCheckSchema>;

export const documentProcedures = {
  'documents.list': procedure(
    'Documents of one supplier (or all), newest first, with their review status and file count.',
    z.object({ supplierId: entityId.optional(), status: z.enum(documentStatuses).optional() }).strict(),
    z.array(documentSummarySchema),
  ),
  'documents.get': procedure(
    'One supplier document with its attached files.',
    z.object({ id: entityId }).strict(),
    supplierDocumentSchema,
  ),
  'documents.create': procedure(
    'Record a supplier document (certificate, declaration, …).',
    documentDraftInputSchema,
    supplierDocumentSchema,
  ),
  'documents.update': procedure(
    'Change a document, or accept a draft as evidence. `version` must be the one the caller last read.',
    z.object({ id: entityId, version: z.number().int(), draft: documentDraftInputSchema }).strict(),
    supplierDocumentSchema,
  ),
  'documents.delete': procedure(
    'Remove a document that no licence line is linked to. Its files stay in the store (the audit trail names them).',
    z.object({ id: entityId }).strict(),
    z.object({ id: z.string() }),
  ),
  'documents.attachFile': procedure(
    'Attach a file (PDF, image or spreadsheet, at most 25 MB) to a document. It is copied into the app under its SHA-256; the same content is stored once.',
    z.object({ documentId: entityId, fileName: z.string().max(1000), contentBase64: base64 }).strict(),
    documentFileSchema,
  ),
  'documents.detachFile': procedure(
    'Remove a file from a document. On a document that is still a customs record (evidence on a licence inside its five-year keeping period, 19 CFR 163.4) it needs `confirmRecordKeeping: true`; without it the answer is CONFIRMATION_REQUIRED naming the rule and the date.',
    z.object({ documentId: entityId, fileId: entityId, confirmRecordKeeping: z.boolean().default(false) }).strict(),
    z.object({ id: z.string() }),
  ),
  'documents.readFile': procedure(
    'Open or export an attached file. Its SHA-256 is checked on every read; a mismatch is reported with the content.',
    z.object({ documentId: entityId, fileId: entityId }).strict(),
    openedFileSchema,
  ),
  'documents.readProposals': procedure(
    'Read an attached file (PDF or scan) offline and propose the smelt and cast countries, date, issuer and product it states, each with its page, text and place on the page. Proposals only: nothing is recorded.',
    z.object({ documentId: entityId, fileId: entityId }).strict(),
    fileReadingSchema,
  ),
  'documents.readUpload': procedure(
    'Read a file about to be attached, as documents.readProposals does. Nothing is stored.',
    z.object({ fileName: z.string().max(1000), contentBase64: base64 }).strict(),
    fileReadingSchema,
  ),
  'documents.createFromFile': procedure(
    "One file of a supplier's answer pack: a draft document (awaiting review, nothing filled in) with the file attached, and the reader's proposals to review.",
    z.object({ supplierId: entityId, fileName: z.string().max(1000), contentBase64: base64 }).strict(),
    z.object({
      document: supplierDocumentSchema,
      reading: fileReadingSchema.nullable(),
      problem: z.string().nullable(),
    }),
  ),
  'documents.verifyFiles': procedure(
    'Re-hash every stored attachment and list those that no longer match.',
    noInput,
    fileCheckSchema,
  ),
};
