import { z } from 'zod';

import { statusChangeSchema } from '#shared/contract/licences';
import { licenceSchema } from '#shared/licences/licence-schema';
import { storedFilerProfileSchema } from '#shared/profile/filer-profile';
import { ruleIssueSchema } from '#shared/rules/rule';
import { documentStatuses, documentTypes } from '#shared/suppliers/document-schema';

import { aceRecord07Schema } from './ace-record07';

/*
 * Everything one printed licence summary shows, assembled by the core in one call so the page
 * never mixes data read at different moments: every licence field, the product lines with what
 * the reference data says about them, a validation run for the occasion, the supplier documents
 * behind the lines with their SHA-256 hashes, and the licence's audit trail.
 */

export const summaryFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  mediaType: z.string(),
});

export const summaryDocumentSchema = z.object({
  id: z.string(),
  type: z.enum(documentTypes),
  status: z.enum(documentStatuses),
  reference: z.string(),
  issueDate: z.string(),
  validUntil: z.string(),
  supplierName: z.string(),
  files: z.array(summaryFileSchema),
});
export type SummaryDocument = z.infer<typeof summaryDocumentSchema>;

export const summaryLineSchema = z.object({
  id: z.string(),
  /** 1-based, as printed. */
  number: z.number().int(),
  htsCode: z.string(),
  description: z.string(),
  category: z.string(),
  quantityKg: z.number().nullable(),
  valueUsd: z.number().nullable(),
  unitValueUsdPerTonne: z.number().nullable(),
  smeltCountryLargest: z.string(),
  smeltCountrySecond: z.string(),
  castCountry: z.string(),
  record07: aceRecord07Schema,
  supplier: z.object({ id: z.string(), name: z.string() }).nullable(),
  product: z.object({ id: z.string(), description: z.string(), code: z.string() }).nullable(),
  document: summaryDocumentSchema.nullable(),
});
export type SummaryLine = z.infer<typeof summaryLineSchema>;

export const summaryAuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  hash: z.string(),
});
export type SummaryAuditEntry = z.infer<typeof summaryAuditEntrySchema>;

export const licenceSummaryDocSchema = z.object({
  licence: licenceSchema,
  lines: z.array(summaryLineSchema),
  totals: z.object({ quantityKg: z.number(), valueUsd: z.number(), unitValueUsdPerTonne: z.number().nullable() }),
  validation: z.object({
    valid: z.boolean(),
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    dataVersion: z.string(),
    asOf: z.string(),
    issues: z.array(ruleIssueSchema),
  }),
  history: z.array(statusChangeSchema),
  audit: z.array(summaryAuditEntrySchema),
});
export type LicenceSummaryDoc = z.infer<typeof licenceSummaryDocSchema>;

export const summaryReportSchema = z.object({
  generatedAt: z.string(),
  asOf: z.string(),
  dataVersion: z.string(),
  filer: storedFilerProfileSchema.nullable(),
  /** How the licences were chosen, in words ("3 selected licences", "Expected import 1 Jan 2026 to 31 Mar 2026"). */
  selectionLabel: z.string(),
  licences: z.array(licenceSummaryDocSchema),
});
export type SummaryReport = z.infer<typeof summaryReportSchema>;
