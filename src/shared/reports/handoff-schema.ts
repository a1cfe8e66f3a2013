import { z } from 'zod';

import { licenceKindSchema } from '#shared/licences/licence-kind';
import { licenceStatusSchema } from '#shared/licences/licence-status';
import { ruleIssueSchema } from '#shared/rules/rule';

import { yesNoSchema } from './ace-record07';

/** ACE License/Permit/Certificate type code for an AIM licence (steel's SIMA licence is 01). */
export const aimLicenceTypeCode = '28';

export const handoffLicenceSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: licenceStatusSchema,
  licenceNumber: z.string().nullable(),
  validFrom: z.string().nullable(),
  validThrough: z.string().nullable(),
  licenceKind: licenceKindSchema,
  expectedImportDate: z.string(),
  /** The actual date of importation recorded when the licence was used on this entry; null until then. */
  importDate: z.string().nullable(),
  /** What the entry carries under this licence: the recorded amounts, else the licence's own. */
  totalValueUsd: z.number(),
});

/** One HTS line of the entry as the broker keys it: the licence (record 52) and smelt/cast (record 07). */
export const handoffLineSchema = z.object({
  lineNumber: z.number().int(),
  licenceId: z.string(),
  licenceReference: z.string(),
  licenceKind: licenceKindSchema,
  licenceTypeCode: z.literal(aimLicenceTypeCode),
  licenceNumber: z.string(),
  htsCode: z.string(),
  htsFormatted: z.string(),
  quantityKg: z.number().nullable(),
  valueUsd: z.number().nullable(),
  primarySmeltCountry: z.string(),
  secondarySmeltCountry: z.string(),
  castCountry: z.string(),
  primaryAluminumIndicator: yesNoSchema,
  secondaryAluminumIndicator: yesNoSchema,
});
export type HandoffLine = z.infer<typeof handoffLineSchema>;

export const handoffSchema = z.object({
  format: z.literal('aim-broker-handoff/1'),
  entryNumber: z.string(),
  entryNumberFormatted: z.string(),
  generatedAt: z.string(),
  dataVersion: z.string(),
  licenceTypeCode: z.literal(aimLicenceTypeCode),
  /** The recorded date of importation of the entry; null while none is recorded. */
  importDate: z.string().nullable(),
  /** Record 07 smelt/cast reporting applies to entries from this date (Proclamation 10522; CSMS #55438432). */
  record07From: z.string(),
  /** False for an entry from before record07From: its smelt/cast values are shown but not required. */
  record07Required: z.boolean(),
  licences: z.array(handoffLicenceSchema),
  lines: z.array(handoffLineSchema),
  /** Pre-flight findings: what ACE would reject (errors) or the broker should check (warnings). */
  issues: z.array(ruleIssueSchema),
  /** No error-severity finding: the broker can key it as is. */
  ready: z.boolean(),
});
export type Handoff = z.infer<typeof handoffSchema>;

export const handoffEntrySchema = z.object({
  entryNumber: z.string(),
  entryNumberFormatted: z.string(),
  licenceCount: z.number().int(),
  lineCount: z.number().int(),
  firstImportDate: z.string(),
  /** True when the date is the recorded date of importation, not an expected one. */
  imported: z.boolean(),
  statuses: z.array(licenceStatusSchema),
});
export type HandoffEntry = z.infer<typeof handoffEntrySchema>;
