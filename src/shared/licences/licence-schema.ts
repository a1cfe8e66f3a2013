import { z } from 'zod';

import { maxLinesPerLicence } from '#shared/limits';

import { licenceKindSchema } from './licence-kind';
import { licenceStatusSchema } from './licence-status';
import { licenceUseSchema } from './licence-use';

/*
 * One schema serves the form (react-hook-form resolver), the IPC/HTTP boundary and the
 * database layer. It checks shape and size only: a draft may be incomplete or wrong, and the
 * rule engine (src/shared/rules) says what is wrong in the domain's words. Values are kept as
 * typed so a rule can quote them back to the filer.
 */

// Control characters (NUL and the like) are refused: they break exports and other programs, and no
// licence field has a use for them. Tabs and line breaks are allowed (notes).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const field = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .refine((value) => !controlCharacters.test(value), { error: 'must not contain control characters' });
/** A number typed into a form: empty means "not given yet" (null), never zero. */
const amount = z
  .number({ error: 'must be a number' })
  .refine(Number.isFinite, { error: 'must be a finite number' })
  .nullable();

const linkId = z.string().max(64).nullish();

export const entryTypes = ['consumption', 'ftz'] as const;
export const entryTypeLabels: Record<(typeof entryTypes)[number], string> = {
  consumption: 'Consumption entry',
  ftz: 'Foreign-trade zone admission (e-214)',
};

export const licenceLineSchema = z.object({
  id: z.string().max(64).optional(),
  htsCode: field(20),
  quantityKg: amount,
  valueUsd: amount,
  smeltCountryLargest: field(64),
  smeltCountrySecond: field(64),
  castCountry: field(64),
  // Where the line came from: the supplier and product it was filled from, and the document the
  // filer linked as its evidence. Optional so files and older callers without them still parse.
  supplierId: linkId,
  productId: linkId,
  documentId: linkId,
});
export type LicenceLine = z.infer<typeof licenceLineSchema>;
/** Line fields that link to the supplier registry rather than hold licence data. */
export type LineLinkField = 'supplierId' | 'productId' | 'documentId';
export type LicenceLineInput = z.input<typeof licenceLineSchema>;

export const licenceDraftSchema = z.object({
  reference: field(60),
  licenceKind: licenceKindSchema,
  entryType: field(20),
  importerName: field(200),
  importerNumber: field(20),
  exporterName: field(200),
  manufacturers: z.array(field(200)).max(20, { error: 'at most 20 manufacturers' }),
  manufacturerUnknown: z.boolean(),
  countryOfOrigin: field(64),
  countryOfExport: field(64),
  portOfEntry: field(20),
  expectedExportDate: field(20),
  expectedImportDate: field(20),
  entryNumber: field(20),
  certified: z.boolean(),
  notes: field(2000),
  lines: z
    .array(licenceLineSchema)
    .min(1, { error: 'A licence needs at least one product line.' })
    .max(maxLinesPerLicence, { error: `A licence can have at most ${maxLinesPerLicence} product lines.` }),
});
export type LicenceDraft = z.infer<typeof licenceDraftSchema>;
export type LicenceDraftInput = z.input<typeof licenceDraftSchema>;

export const validationSummarySchema = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  dataVersion: z.string(),
  asOf: z.string(),
  validatedAt: z.string(),
});
export type ValidationSummary = z.infer<typeof validationSummarySchema>;

/** A licence as stored: the draft plus what the app and the portal know about it. */
export const licenceSchema = licenceDraftSchema.extend({
  id: z.string(),
  status: licenceStatusSchema,
  version: z.number().int(),
  licenceNumber: z.string().nullable(),
  validFrom: z.string().nullable(),
  validThrough: z.string().nullable(),
  rejectionReasons: z.array(z.string()),
  /** Who certified the licence and when (null: not certified, or certified before this was recorded). */
  certifiedBy: z.string().nullable(),
  certifiedAt: z.string().nullable(),
  validation: validationSummarySchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lines: z.array(licenceLineSchema.extend({ id: z.string() })),
  /** The customs entries it was used on (a low-value licence may have many). */
  uses: z.array(licenceUseSchema),
  /** The last day it must be kept as a customs record (src/shared/records/keep-until.ts). */
  keepUntil: z.string().nullable(),
});
export type Licence = z.infer<typeof licenceSchema>;

export function emptyLine(): LicenceLine {
  return {
    htsCode: '',
    quantityKg: null,
    valueUsd: null,
    smeltCountryLargest: '',
    smeltCountrySecond: '',
    castCountry: '',
    supplierId: null,
    productId: null,
    documentId: null,
  };
}

export function emptyDraft(): LicenceDraft {
  return {
    reference: '',
    licenceKind: 'regular',
    entryType: 'consumption',
    importerName: '',
    importerNumber: '',
    exporterName: '',
    manufacturers: [''],
    manufacturerUnknown: false,
    countryOfOrigin: '',
    countryOfExport: '',
    portOfEntry: '',
    expectedExportDate: '',
    expectedImportDate: '',
    entryNumber: '',
    certified: false,
    notes: '',
    lines: [emptyLine()],
  };
}

/** The draft part of a stored licence: what the rules judge, the form edits and a duplicate copies. */
export function draftOf(licence: Licence): LicenceDraft {
  return {
    reference: licence.reference,
    licenceKind: licence.licenceKind,
    entryType: licence.entryType,
    importerName: licence.importerName,
    importerNumber: licence.importerNumber,
    exporterName: licence.exporterName,
    manufacturers: licence.manufacturers,
    manufacturerUnknown: licence.manufacturerUnknown,
    countryOfOrigin: licence.countryOfOrigin,
    countryOfExport: licence.countryOfExport,
    portOfEntry: licence.portOfEntry,
    expectedExportDate: licence.expectedExportDate,
    expectedImportDate: licence.expectedImportDate,
    entryNumber: licence.entryNumber,
    certified: licence.certified,
    notes: licence.notes,
    lines: licence.lines.map((line) => ({ ...line })),
  };
}
