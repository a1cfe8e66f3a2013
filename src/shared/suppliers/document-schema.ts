import { z } from 'zod';

import { isIsoDate } from '#shared/dates/iso-date';
import { htsDigits } from '#shared/reference/hts';

import { castCountryField, smeltCountryField } from './country-fields';
import { fieldSourceSchema, sourcedFields } from './field-source';
import { entityId } from './supplier-schema';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` });

export const documentTypes = [
  'mill-test-certificate',
  'smelter-declaration',
  'cast-house-certificate',
  'supplier-declaration',
  'asi-coc',
  'other',
] as const;
export type DocumentType = (typeof documentTypes)[number];
export const documentTypeLabels: Record<DocumentType, string> = {
  'mill-test-certificate': 'Mill / material test certificate',
  'smelter-declaration': 'Smelter declaration',
  'cast-house-certificate': 'Cast-house certificate',
  'supplier-declaration': 'Supplier declaration',
  'asi-coc': 'ASI chain-of-custody certificate',
  other: 'Other document',
};

/** A document read back from a supplier's answer waits for review; only accepted ones count as evidence. */
export const documentStatuses = ['draft', 'accepted'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];
export const documentStatusLabels: Record<DocumentStatus, string> = {
  draft: 'Awaiting review',
  accepted: 'Accepted as evidence',
};

const optionalDate = text(10).refine((value) => value === '' || isIsoDate(value), {
  error: 'must be a date (YYYY-MM-DD)',
});

/** HTS numbers a document names: a full 10-digit line, or a heading/subheading prefix (4, 6 or 8 digits). */
const coveredHts = text(20)
  .transform((value) => htsDigits(value))
  .refine((digits) => /^\d{4}(\d{2}){0,3}$/.test(digits), {
    error: 'must be an HTS heading or number (4, 6, 8 or 10 digits), e.g. 7606 or 7606.12.30.30',
  });

const documentFields = {
  supplierId: entityId,
  type: z.enum(documentTypes),
  status: z.enum(documentStatuses),
  reference: text(120),
  issueDate: optionalDate,
  validUntil: optionalDate,
  smeltLargest: smeltCountryField,
  smeltSecond: smeltCountryField,
  cast: castCountryField,
  productIds: z.array(entityId).max(200, { error: 'at most 200 products' }),
  htsCodes: z.array(coveredHts).max(50, { error: 'at most 50 HTS numbers' }),
  quantityKg: z.number({ error: 'must be a number' }).positive({ error: 'must be more than 0 kg' }).finite().nullable(),
  periodFrom: optionalDate,
  periodTo: optionalDate,
  notes: text(2000),
  /** The issuing company as the document names it (a smelter's letter forwarded by a trader). */
  issuer: text(200),
  /** The product or alloy as the document states it, in its words. */
  productStated: text(300),
  /** Values taken from the document's own words, with the text they were read from. */
  fieldSources: z.array(fieldSourceSchema).max(sourcedFields.length),
};

function checkDraft(doc: z.infer<z.ZodObject<typeof documentFields>>, ctx: z.RefinementCtx): void {
  // A draft read from a supplier's pack may wait for its date; evidence never does.
  if (doc.issueDate === '' && doc.status === 'accepted')
    ctx.addIssue({
      code: 'custom',
      path: ['issueDate'],
      message: 'Issue date is required: it is printed on the document.',
    });
  if (doc.issueDate !== '' && doc.validUntil !== '' && doc.validUntil < doc.issueDate) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'Valid until cannot be before the issue date.' });
  }
  if (doc.periodFrom !== '' && doc.periodTo !== '' && doc.periodTo < doc.periodFrom) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'The covered period cannot end before it starts.' });
  }
  const seen = new Set<string>();
  doc.fieldSources.forEach((source, i) => {
    if (seen.has(source.field))
      ctx.addIssue({
        code: 'custom',
        path: ['fieldSources', i],
        message: `${source.field} has two sources; keep one.`,
      });
    seen.add(source.field);
  });
}

/** A document as the form edits it: every field present. */
export const documentDraftSchema = z.object(documentFields).superRefine(checkDraft);

/**
 * A document as callers of the contract send it: the fields added after the first release
 * (issuer, product stated, field sources) may be left out and are then empty.
 */
export const documentDraftInputSchema = z
  .object({
    ...documentFields,
    issuer: documentFields.issuer.default(''),
    productStated: documentFields.productStated.default(''),
    fieldSources: documentFields.fieldSources.default([]),
  })
  .superRefine(checkDraft);
export type DocumentDraft = z.infer<typeof documentDraftSchema>;
export type DocumentDraftInput = z.input<typeof documentDraftSchema>;

/** One attached file, as stored: the name is the sender's, kept for display only. */
export const documentFileSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  sha256: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  addedAt: z.string(),
});
export type DocumentFile = z.infer<typeof documentFileSchema>;

const storedFields = {
  id: z.string(),
  supplierId: z.string(),
  supplierName: z.string(),
  type: z.enum(documentTypes),
  status: z.enum(documentStatuses),
  reference: z.string(),
  issueDate: z.string(),
  validUntil: z.string(),
  smeltLargest: z.string(),
  smeltSecond: z.string(),
  cast: z.string(),
  productIds: z.array(z.string()),
  htsCodes: z.array(z.string()),
  quantityKg: z.number().nullable(),
  periodFrom: z.string(),
  periodTo: z.string(),
  notes: z.string(),
  issuer: z.string(),
  productStated: z.string(),
  fieldSources: z.array(fieldSourceSchema),
  /** The supplier request whose answer created it, if any. */
  requestId: z.string().nullable(),
  /**
   * The last day to keep it as a customs record: five years from the latest date of entry (or
   * expected import) of the licences it is evidence on (19 CFR 163.4); null while it is on none.
   */
  keepUntil: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const supplierDocumentSchema = z.object({ ...storedFields, files: z.array(documentFileSchema) });
export type SupplierDocument = z.infer<typeof supplierDocumentSchema>;

export const documentSummarySchema = z.object({ ...storedFields, fileCount: z.number().int() });
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export function emptyDocumentDraft(supplierId: string, productIds: string[] = []): DocumentDraft {
  return {
    supplierId,
    type: 'mill-test-certificate',
    status: 'accepted',
    reference: '',
    issueDate: '',
    validUntil: '',
    smeltLargest: '',
    smeltSecond: '',
    cast: '',
    productIds,
    htsCodes: [],
    quantityKg: null,
    periodFrom: '',
    periodTo: '',
    notes: '',
    issuer: '',
    productStated: '',
    fieldSources: [],
  };
}

export function documentDraftOf(doc: SupplierDocument | DocumentSummary): DocumentDraft {
  return {
    supplierId: doc.supplierId,
    type: doc.type,
    status: doc.status,
    reference: doc.reference,
    issueDate: doc.issueDate,
    validUntil: doc.validUntil,
    smeltLargest: doc.smeltLargest,
    smeltSecond: doc.smeltSecond,
    cast: doc.cast,
    productIds: [...doc.productIds],
    htsCodes: [...doc.htsCodes],
    quantityKg: doc.quantityKg,
    periodFrom: doc.periodFrom,
    periodTo: doc.periodTo,
    notes: doc.notes,
    issuer: doc.issuer,
    productStated: doc.productStated,
    fieldSources: doc.fieldSources.map((source) => ({ ...source, rects: [...source.rects] })),
  };
}

/** "Mill / material test certificate MTC-2291" : how messages and lists name a document. */
export const documentTitle = (doc: { type: DocumentType; reference: string }): string =>
  doc.reference
    ? `${documentTypeLabels[doc.type].toLowerCase()} "${doc.reference}"`
    : documentTypeLabels[doc.type].toLowerCase();
