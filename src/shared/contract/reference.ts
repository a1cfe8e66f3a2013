import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';
import { licenceStatusSchema } from '../licence/licence-status';
import { referenceOriginSchema, referenceSnapshotSchema } from '../reference/reference-schema';
import { ruleIssueSchema } from '../rules/rule';
import { noInput, procedure } from './define';
import { fileUploadSchema } from './imports';

const isoDate = z.string().refine(isIsoDate, { error: 'Give the date as YYYY-MM-DD, e.g. 2026-09-01.' });

export const referenceTableKindSchema = z.enum(['hts', 'ports-census', 'ports-cbp']);
export type ReferenceTableKind = z.infer<typeof referenceTableKindSchema>;

const freshnessRevisionSchema = z.object({
  id: z.string(),
  label: z.string(),
  effectiveFrom: z.string(),
  sourceDate: z.string(),
});

export const referenceFreshnessSchema = z.object({
  inForce: freshnessRevisionSchema,
  newest: freshnessRevisionSchema,
  ageDays: z.number().int(),
  stale: z.boolean(),
});

/** One table in the data folder: a bundled one, or one a user imported from its publisher's file. */
export const referenceTableSchema = z.object({
  id: z.string(),
  kind: referenceTableKindSchema,
  label: z.string(),
  effectiveFrom: z.string(),
  /** The day the next revision takes over; null while it is the newest. */
  until: z.string().nullable(),
  inForceToday: z.boolean(),
  source: z.string(),
  origin: referenceOriginSchema.nullable(),
  /** HTS lines (chapter 76) or ports in the table. */
  count: z.number().int(),
  /** HTS revisions: the lines that need an AIM licence under the scope in force. */
  coveredCount: z.number().int().nullable(),
  removable: z.boolean(),
});
export type ReferenceTable = z.infer<typeof referenceTableSchema>;

export const referenceTablesSchema = z.object({
  version: z.string(),
  today: z.string(),
  freshness: referenceFreshnessSchema,
  tables: z.array(referenceTableSchema),
});
export type ReferenceTables = z.infer<typeof referenceTablesSchema>;

const lineSchema = z.object({ hts10: z.string(), description: z.string(), unit: z.string() });

/** A group of open licences that one change affects the same way ("3 drafts: 7601106030 no longer exists …"). */
export const licenceImpactSchema = z.object({
  kind: z.enum(['newly-refused', 'newly-accepted', 'other']),
  /** The HTS code (or port) the group is about; empty for "other". */
  code: z.string(),
  message: z.string(),
  licences: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      status: licenceStatusSchema,
      validBefore: z.boolean(),
      validAfter: z.boolean(),
    }),
  ),
});
export type LicenceImpact = z.infer<typeof licenceImpactSchema>;

const portChangeSchema = z.object({ code: z.string(), name: z.string() });

export const referencePreviewSchema = z.object({
  previewId: z.string(),
  change: z.enum(['add', 'remove']),
  table: z.object({
    id: z.string(),
    kind: referenceTableKindSchema,
    label: z.string(),
    effectiveFrom: z.string(),
    until: z.string().nullable(),
    source: z.string(),
    origin: referenceOriginSchema.nullable(),
  }),
  /** The file read (imports only): what it is and how much of it the app keeps. */
  file: z
    .object({
      format: z.enum(['csv', 'json', 'text', 'pdf']),
      rows: z.number().int(),
      /** Chapter-76 statistical lines (HTS) or ports kept. */
      lines: z.number().int(),
    })
    .nullable(),
  /** The table compared against: in force before (import) or after (removal) the change. */
  comparedWith: z.object({ id: z.string(), label: z.string() }).nullable(),
  /** HTS revisions: the chapter-76 lines the change adds, drops and re-describes. */
  lines: z
    .object({
      added: z.array(lineSchema),
      removed: z.array(lineSchema),
      redescribed: z.array(
        z.object({
          hts10: z.string(),
          before: z.string(),
          after: z.string(),
          unitBefore: z.string().optional(),
          unitAfter: z.string().optional(),
        }),
      ),
    })
    .nullable(),
  /** HTS revisions: the lines that need an AIM licence, before and after. */
  coverage: z
    .object({
      before: z.number().int(),
      after: z.number().int(),
      added: z.array(z.string()),
      removed: z.array(z.string()),
    })
    .nullable(),
  /** Port lists: the codes the change adds, drops and renames. */
  ports: z
    .object({
      added: z.array(portChangeSchema),
      removed: z.array(portChangeSchema),
      renamed: z.array(z.object({ code: z.string(), before: z.string(), after: z.string() })),
    })
    .nullable(),
  /** Open licences whose import date falls where the change applies, judged with and without it. */
  licences: z.object({ considered: z.number().int(), impacts: z.array(licenceImpactSchema) }),
  notes: z.array(z.string()),
});
export type ReferencePreview = z.infer<typeof referencePreviewSchema>;

export const referenceAppliedSchema = z.object({
  change: z.enum(['add', 'remove']),
  tableId: z.string(),
  label: z.string(),
  version: z.string(),
  /** Open licences re-checked (each exactly once). */
  checked: z.number().int(),
  nowValid: z.array(z.object({ id: z.string(), reference: z.string(), status: licenceStatusSchema })),
  nowInvalid: z.array(
    z.object({ id: z.string(), reference: z.string(), status: licenceStatusSchema, issues: z.array(ruleIssueSchema) }),
  ),
});
export type ReferenceApplied = z.infer<typeof referenceAppliedSchema>;

export const referenceImportInputSchema = fileUploadSchema
  .extend({
    /** HTS: "2026 Revision 5"; omitted: read from the file name (hts_2026_revision_5_csv.csv). */
    label: z.string().trim().max(80).optional(),
    /** HTS: the day the revision takes effect (omitted: today). Port lists: the day the list was produced, when the file does not say. */
    effectiveFrom: isoDate.optional(),
  })
  .strict();
export type ReferenceImportInput = z.input<typeof referenceImportInputSchema>;

export const referenceProcedures = {
  'reference.get': procedure(
    'The reference data in force (ports, HTS revisions, covered scope) with its version and date.',
    noInput,
    referenceSnapshotSchema,
  ),
  'reference.tables': procedure(
    'The HTS revisions and port lists in the data folder (bundled and imported), their sources and hashes, and how fresh they are.',
    noInput,
    referenceTablesSchema,
  ),
  'reference.previewImport': procedure(
    "Read a USITC HTS export (CSV or JSON), the Census Schedule D port list or CBP's port code list (ACE Appendix E, PDF) and show what it would change: lines or ports, coverage, open licences' verdicts. Nothing is written.",
    referenceImportInputSchema,
    referencePreviewSchema,
  ),
  'reference.previewRemoval': procedure(
    'Show what removing an imported HTS revision or port list would change. Nothing is written.',
    z.object({ id: z.string().min(1).max(60) }).strict(),
    referencePreviewSchema,
  ),
  'reference.apply': procedure(
    'Apply a previewed change: store (or remove) the revision, then re-check every open licence once.',
    z.object({ previewId: z.string().min(1).max(64) }).strict(),
    referenceAppliedSchema,
  ),
};
