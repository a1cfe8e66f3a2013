import { z } from 'zod';
import { canonicalColumns } from '../import/canonical-columns';
import { columnMappingSchema } from '../import/column-mapping';
import { ruleIssueSchema } from '../rules/rule';
import { licenceQuerySchema } from './licences';
import { noInput, procedure } from './define';
import { maxIdsPerCall } from '../limits';
import { isIsoDate } from '../dates/iso-date';

/** Files travel as base64 inside JSON: the same bytes over IPC and HTTP. */
export const fileUploadSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z.string().max(70 * 1024 * 1024, { error: 'The file is larger than 50 MB.' }),
});

export const importPreviewInputSchema = fileUploadSchema
  .extend({
    /** Which header feeds which canonical column; omitted: the app proposes one. */
    mapping: columnMappingSchema.optional(),
  })
  .strict();

export const previewedLicenceSchema = z.object({
  ref: z.string(),
  rows: z.array(z.number().int()),
  lineCount: z.number().int(),
  valid: z.boolean(),
  /** A licence with this reference is already in the register. */
  existing: z.boolean(),
  issues: z.array(ruleIssueSchema),
  /** The licence in one line, to recognise it beside its problems. */
  facts: z.object({
    exporterName: z.string(),
    countryOfOrigin: z.string(),
    expectedImportDate: z.string(),
    htsCodes: z.array(z.string()),
    totalKg: z.number(),
    totalValueUsd: z.number(),
  }),
  /** The value each problem is about, by its path (as read from the file). */
  values: z.record(z.string(), z.string()),
});
export type PreviewedLicence = z.infer<typeof previewedLicenceSchema>;

export const importPreviewSchema = z.object({
  importId: z.string().nullable(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  headers: z.array(z.string()),
  mapping: columnMappingSchema,
  canonical: z.boolean(),
  missingColumns: z.array(z.enum(canonicalColumns)),
  rowCount: z.number().int(),
  licenceCount: z.number().int(),
  validCount: z.number().int(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  dataVersion: z.string(),
  asOf: z.string(),
  licences: z.array(previewedLicenceSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importPresetSchema = z.object({
  name: z.string().trim().min(1, { error: 'Give the preset a name.' }).max(80),
  mapping: columnMappingSchema,
});
export type ImportPreset = z.infer<typeof importPresetSchema>;

/**
 * `csv`: the canonical licence file (one row per product line), to edit and import again.
 * `register-csv`: one row per licence with what the register knows (status, licence number,
 * validity, entries), for a spreadsheet or an auditor; not for import. `json`: everything.
 */
export const exportFormatSchema = z.enum(['csv', 'register-csv', 'json']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
  count: z.number().int(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

/** `aim-licence validate`: whether each licence in a file could be filed as of a day. */
export const licenceFileCheckSchema = z.object({
  asOf: z.string(),
  dataVersion: z.string(),
  licences: z.array(
    z.object({
      ref: z.string(),
      valid: z.boolean(),
      issues: z.array(
        z.object({
          code: z.string(),
          severity: z.string(),
          path: z.string(),
          row: z.number().int().nullable(),
          message: z.string(),
        }),
      ),
    }),
  ),
  summary: z.object({
    licences: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    warnings: z.number().int(),
  }),
});
export type LicenceFileCheck = z.infer<typeof licenceFileCheckSchema>;

export const importProcedures = {
  'imports.check': procedure(
    "Check a CSV or XLSX licence file as of a day with this folder's reference data, the filing window an error (as `aim-licence validate --data-dir` does). Nothing is written.",
    fileUploadSchema
      .extend({ asOf: z.string().refine(isIsoDate, { error: 'Give the date as YYYY-MM-DD, e.g. 2026-09-01.' }) })
      .strict(),
    licenceFileCheckSchema,
  ),
  'imports.template': procedure(
    'The canonical licence CSV: the header row and one example licence.',
    noInput,
    exportedFileSchema,
  ),
  'imports.preview': procedure(
    "Read a CSV or XLSX licence file and report every row's problems. Nothing is written.",
    importPreviewInputSchema,
    importPreviewSchema,
  ),
  'imports.commit': procedure(
    'Write a previewed file as draft licences in one transaction: all or nothing.',
    z.object({ importId: z.string().max(64), skipInvalid: z.boolean() }).strict(),
    z.object({ created: z.array(z.string()), skipped: z.number().int() }),
  ),
  'imports.presets': procedure('Saved column mappings for other file layouts.', noInput, z.array(importPresetSchema)),
  'imports.savePreset': procedure(
    'Save (or replace) a named column mapping.',
    importPresetSchema.strict(),
    importPresetSchema,
  ),
  'imports.deletePreset': procedure(
    'Delete a named column mapping.',
    z.object({ name: z.string().max(80) }).strict(),
    z.object({ name: z.string() }),
  ),
  'licences.export': procedure(
    'Export licences (chosen ones, or all matching a register query) as the canonical CSV, as the register CSV (one row per licence with status, licence number, validity and entries) or as JSON.',
    z
      .object({
        format: exportFormatSchema,
        ids: z.array(z.string().max(64)).max(maxIdsPerCall).optional(),
        query: licenceQuerySchema.omit({ offset: true, limit: true }).optional(),
      })
      .strict(),
    exportedFileSchema,
  ),
};
