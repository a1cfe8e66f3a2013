import { z } from 'zod';

import { isIsoDate } from '#shared/dates/iso-date';

import { documentSummarySchema } from './document-schema';
import { entityId } from './supplier-schema';

/*
 * A supplier request kit: a declaration form listing a supplier's products with smelt/cast
 * columns, sent out and read back. "Overdue" is not stored: it follows from the due date.
 */

export const requestFormats = ['xlsx', 'csv'] as const;
export type RequestFormat = (typeof requestFormats)[number];
export const requestFormatLabels: Record<RequestFormat, string> = {
  xlsx: 'Excel workbook (fillable)',
  csv: 'CSV file',
};

export const requestStatuses = ['prepared', 'sent', 'answered'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const requestStatusLabels: Record<RequestStatus | 'overdue', string> = {
  prepared: 'Prepared, not sent',
  sent: 'Sent, awaiting answer',
  answered: 'Answered',
  overdue: 'Overdue',
};

const date = z.string().trim().refine(isIsoDate, { error: 'must be a date (YYYY-MM-DD)' });

export const requestCreateSchema = z
  .object({
    supplierId: entityId,
    format: z.enum(requestFormats),
    dueOn: date,
    /** Which products to ask about; empty means all of the supplier's products. */
    productIds: z.array(entityId).max(500).default([]),
  })
  .strict();
export type RequestCreate = z.infer<typeof requestCreateSchema>;

export const evidenceRequestSchema = z.object({
  id: z.string(),
  supplierId: z.string(),
  supplierName: z.string(),
  format: z.enum(requestFormats),
  productIds: z.array(z.string()),
  createdOn: z.string(),
  dueOn: z.string(),
  sentOn: z.string(),
  answeredOn: z.string(),
  status: z.enum(requestStatuses),
  /** Sent, not answered, and past its due date. */
  overdue: z.boolean(),
  kitFileName: z.string(),
  answerFileName: z.string(),
  documentCount: z.number().int(),
});
export type EvidenceRequest = z.infer<typeof evidenceRequestSchema>;

/** A file travelling to or from the renderer (for a download or an upload). */
export const transferFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  contentBase64: z.string(),
});
export type TransferFile = z.infer<typeof transferFileSchema>;

export const answerReadSchema = z.object({
  request: evidenceRequestSchema,
  documents: z.array(documentSummarySchema),
  /** Rows that could not be read or were left empty, in the supplier's row numbers. */
  problems: z.array(z.string()),
});
export type AnswerRead = z.infer<typeof answerReadSchema>;
