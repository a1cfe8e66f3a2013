import { z } from 'zod';
import { complianceReportSchema } from '../evidence/compliance-schema';
import { evidenceDataSchema } from '../evidence/evidence-data';
import { evidenceSettingsSchema } from '../evidence/evidence-settings';
import {
  answerReadSchema,
  evidenceRequestSchema,
  requestCreateSchema,
  transferFileSchema,
} from '../evidence/request-schema';
import { entityId } from '../evidence/supplier-schema';
import { noInput, procedure } from './define';

const ids = z.array(entityId).max(1500).default([]);

export const evidenceProcedures = {
  'evidence.forLines': procedure(
    'The accepted documents that bear on the given suppliers, products and linked documents, for the licence form’s evidence checks. Null while the supplier registry is empty (no evidence is kept yet, so nothing is judged).',
    z.object({ supplierIds: ids, productIds: ids, documentIds: ids }).strict(),
    evidenceDataSchema.nullable(),
  ),
  'evidence.compliance': procedure(
    'Supplier products with missing, expired, disagreeing or soon-expiring evidence, the licences that depend on them, and open requests.',
    z.object({ horizonDays: z.number().int().min(1).max(365).optional() }).strict(),
    complianceReportSchema,
  ),
  'evidence.getSettings': procedure(
    'How far ahead the compliance view looks for expiring documents.',
    noInput,
    evidenceSettingsSchema,
  ),
  'evidence.saveSettings': procedure(
    'Change how far ahead the compliance view looks.',
    evidenceSettingsSchema,
    evidenceSettingsSchema,
  ),
  'requests.list': procedure(
    'Declaration requests sent to suppliers, with whether each is answered or overdue.',
    z.object({ supplierId: entityId.optional() }).strict(),
    z.array(evidenceRequestSchema),
  ),
  'requests.create': procedure(
    'Prepare a declaration request for a supplier: a fillable XLSX (or CSV) listing its products with smelt and cast columns.',
    requestCreateSchema,
    z.object({ request: evidenceRequestSchema, file: transferFileSchema }),
  ),
  'requests.download': procedure(
    'The request file exactly as it was prepared.',
    z.object({ id: entityId }).strict(),
    transferFileSchema,
  ),
  'requests.markSent': procedure(
    'Record that the request went out (the due date starts to count).',
    z.object({ id: entityId, sentOn: z.string().trim().max(10) }).strict(),
    evidenceRequestSchema,
  ),
  'requests.readAnswer': procedure(
    "Read the supplier's filled-in file back: each answered product becomes a draft document for review, with the file attached.",
    z.object({ id: entityId, fileName: z.string().max(1000), contentBase64: z.string().max(48_000_000) }).strict(),
    answerReadSchema,
  ),
};
