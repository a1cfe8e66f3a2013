import { z } from 'zod';
import { licenceKindSchema } from '../licence/licence-kind';
import { certificationStatement } from '../licence/certification';
import { licenceDraftSchema, licenceSchema, validationSummarySchema } from '../licence/licence-schema';
import { licenceStatusSchema } from '../licence/licence-status';
import { recordUseSchema } from '../licence/licence-use';
import { ruleIssueSchema } from '../rules/rule';
import { noInput, procedure } from './define';
import { maxIdsPerCall, maxNoteLength, maxPageSize } from '../limits';

const id = z.string().min(1).max(64);

/** One row of the licence register: enough to list, search and sort without loading lines. */
export const licenceSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  licenceKind: licenceKindSchema,
  status: licenceStatusSchema,
  importerName: z.string(),
  exporterName: z.string(),
  manufacturers: z.array(z.string()),
  countryOfOrigin: z.string(),
  expectedImportDate: z.string(),
  htsCodes: z.array(z.string()),
  lineCount: z.number().int(),
  totalKg: z.number(),
  totalValueUsd: z.number(),
  licenceNumber: z.string().nullable(),
  validFrom: z.string().nullable(),
  validThrough: z.string().nullable(),
  certified: z.boolean(),
  validation: validationSummarySchema.nullable(),
  /** Customs entries it was used on, and the latest one's actual date of importation. */
  useCount: z.number().int(),
  lastEntryDate: z.string().nullable(),
  /** Last day to keep it as a customs record (19 CFR 163.4; src/shared/records/keep-until.ts). */
  keepUntil: z.string().nullable(),
  updatedAt: z.string(),
});
export type LicenceSummary = z.infer<typeof licenceSummarySchema>;

export const licenceSortFields = [
  'updatedAt',
  'expectedImportDate',
  'importerName',
  'reference',
  'status',
  'totalValueUsd',
] as const;

export const licenceQuerySchema = z
  .object({
    text: z.string().trim().max(200).default(''),
    statuses: z.array(licenceStatusSchema).max(20).default([]),
    country: z.string().trim().max(64).default(''),
    htsPrefix: z.string().trim().max(20).default(''),
    importFrom: z.string().trim().max(10).default(''),
    importTo: z.string().trim().max(10).default(''),
    sort: z.enum(licenceSortFields).default('updatedAt'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(maxPageSize).default(100),
  })
  .strict();
export type LicenceQuery = z.infer<typeof licenceQuerySchema>;
export type LicenceQueryInput = z.input<typeof licenceQuerySchema>;

export const licencePageSchema = z.object({ items: z.array(licenceSummarySchema), total: z.number().int() });
export type LicencePage = z.infer<typeof licencePageSchema>;

const ids = z.array(id).min(1).max(maxIdsPerCall);

export const licenceCheckSchema = z.object({
  id: z.string(),
  reference: z.string(),
  valid: z.boolean(),
  issues: z.array(ruleIssueSchema),
  validation: validationSummarySchema,
});
export type LicenceCheck = z.infer<typeof licenceCheckSchema>;

/** A saved licence's check, with what a batch needs to know before filing it. */
export const storedCheckSchema = licenceCheckSchema.extend({ status: licenceStatusSchema, certified: z.boolean() });
export type StoredCheck = z.infer<typeof storedCheckSchema>;

export const statusChangeSchema = z.object({
  at: z.string(),
  from: licenceStatusSchema.nullable(),
  to: licenceStatusSchema,
  note: z.string(),
});

/**
 * Steps the filer takes by hand; the portal's decisions arrive through sync, and "used on an
 * entry" is recorded with `licences.recordUse` (the entry and its date of importation).
 */
export const manualTransitions = ['ready', 'draft', 'cancelled'] as const;

const refusalSchema = z.object({ id: z.string(), reference: z.string(), code: z.string(), message: z.string() });

export const transitionOutcomeSchema = z.object({
  changed: z.array(z.string()),
  refused: z.array(refusalSchema),
});

export const certifyOutcomeSchema = z.object({
  changed: z.array(z.string()),
  /** Certified before: nothing recorded again. */
  unchanged: z.array(z.string()),
  refused: z.array(refusalSchema),
});
export type CertifyOutcome = z.infer<typeof certifyOutcomeSchema>;

/** The working copy of a licence form, autosaved as it is typed (not the licence's record). */
export const keptEditSchema = z.object({
  baseVersion: z.number().int(),
  draft: licenceDraftSchema,
  savedAt: z.string(),
  /** The licence changed since the form these edits come from was opened. */
  stale: z.boolean(),
});
export type KeptEdit = z.infer<typeof keptEditSchema>;

export const keptEditSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: licenceStatusSchema,
  savedAt: z.string(),
});

/** What a licence from this supplier usually says (see licences.supplierDefaults). */
export const supplierDefaultsSchema = z.object({
  /** From the last licence with a line from this supplier, or from the supplier record. */
  source: z.enum(['licence', 'supplier']),
  /** That licence's reference (empty when the source is the supplier record). */
  reference: z.string(),
  exporterName: z.string(),
  manufacturers: z.array(z.string()),
  countryOfOrigin: z.string(),
  countryOfExport: z.string(),
  portOfEntry: z.string(),
});
export type SupplierDefaults = z.infer<typeof supplierDefaultsSchema>;

export const licenceProcedures = {
  'licences.list': procedure(
    'A page of the licence register, searched, filtered and sorted.',
    licenceQuerySchema,
    licencePageSchema,
  ),
  'licences.get': procedure('One licence with its product lines.', z.object({ id }).strict(), licenceSchema),
  'licences.create': procedure('Save a new draft licence.', licenceDraftSchema, licenceSchema),
  'licences.update': procedure(
    'Change a draft. `version` must be the one the caller last read, so a concurrent edit is never overwritten.',
    z.object({ id, version: z.number().int(), draft: licenceDraftSchema }).strict(),
    licenceSchema,
  ),
  'licences.validate': procedure(
    'Run every rule on saved licences (as of today) and record the outcome on each.',
    z.object({ ids }).strict(),
    z.array(storedCheckSchema),
  ),
  'licences.check': procedure(
    'Run every rule on a draft that is not saved yet (what the form shows, judged by the core).',
    z.object({ draft: licenceDraftSchema, id: id.optional() }).strict(),
    licenceCheckSchema.omit({ id: true }),
  ),
  'licences.transition': procedure(
    'Move licences to another step (ready, back to draft, cancelled). A licence with errors cannot be marked ready.',
    z
      .object({
        ids,
        to: z.enum(manualTransitions),
        note: z.string().trim().max(maxNoteLength).default(''),
      })
      .strict(),
    transitionOutcomeSchema,
  ),
  'licences.recordUse': procedure(
    'Record that an issued licence was used on a customs entry: the entry number, the actual date of importation (it must fall inside the validity) and what was entered per product line (default: the licence\'s own amounts). A regular licence takes one entry and becomes "used"; a low-value licence takes many until it expires.',
    recordUseSchema,
    licenceSchema,
  ),
  'licences.removeUse': procedure(
    'Take back an entry recorded on a licence by mistake (kept in the audit trail); a regular licence returns to issued.',
    z.object({ id, useId: id }).strict(),
    licenceSchema,
  ),
  'licences.certify': procedure(
    'The filer certifies licences (one statement for the batch): recorded on each with who and when, and in the audit trail. Filed licences are refused.',
    z
      .object({
        ids,
        /** The statement the person was shown; a different text is refused, so the record says what was certified. */
        statement: z.literal(certificationStatement),
      })
      .strict(),
    certifyOutcomeSchema,
  ),
  'licences.keepEdit': procedure(
    'Autosave a licence form: keep its content as the working copy (no new version, no audit entry). Nothing is kept when it equals the saved licence.',
    z.object({ id, version: z.number().int(), draft: licenceDraftSchema }).strict(),
    z.object({ pending: z.boolean(), savedAt: z.string().nullable() }),
  ),
  'licences.keptEdit': procedure(
    'The working copy left by a licence form that was closed without saving, or null.',
    z.object({ id }).strict(),
    keptEditSchema.nullable(),
  ),
  'licences.discardEdit': procedure(
    "Throw away a licence's working copy; the saved licence is unchanged.",
    z.object({ id }).strict(),
    z.object({ id: z.string() }),
  ),
  'licences.keptEdits': procedure(
    'Licences with autosaved edits that were not saved yet, newest first.',
    noInput,
    z.array(keptEditSummarySchema),
  ),
  'licences.supplierDefaults': procedure(
    "What a licence's header usually says for goods from this supplier: the last licence with a line from it, or the supplier record. Null for an unknown supplier.",
    z.object({ supplierId: id }).strict(),
    supplierDefaultsSchema.nullable(),
  ),
  'licences.duplicate': procedure(
    'Start a new draft from a copy of a licence (a template).',
    z.object({ id }).strict(),
    licenceSchema,
  ),
  'licences.history': procedure(
    'Every change of state of a licence, with its time.',
    z.object({ id }).strict(),
    z.array(statusChangeSchema),
  ),
  'licences.delete': procedure(
    'Delete a licence that was never filed. One still inside its record-keeping period (19 CFR 163.4: five years from the date of entry) is deleted only with `confirmRecordKeeping: true`; without it the answer is CONFIRMATION_REQUIRED naming the rule and the date.',
    z.object({ id, confirmRecordKeeping: z.boolean().default(false) }).strict(),
    z.object({ id: z.string() }),
  ),
  'licences.deleteMany': procedure(
    'Delete several licences that were never filed, in one transaction; filed ones are refused (kept as records), and so are those still inside their record-keeping period unless `confirmRecordKeeping` is true.',
    z.object({ ids, confirmRecordKeeping: z.boolean().default(false) }).strict(),
    transitionOutcomeSchema,
  ),
};
