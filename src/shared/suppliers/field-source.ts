import { z } from 'zod';

import { pageRectSchema } from './reading/reading-schema';

/*
 * Where a value of a supplier document's record came from, when a person took it from the
 * document's own words (a proposal of the reader, accepted as it was or edited): the file, the
 * page, the text, and what was proposed. Kept on the record, shown beside the field, written to
 * the audit trail. A value typed by hand has no source.
 */

export const sourcedFields = ['smeltLargest', 'smeltSecond', 'cast', 'issueDate', 'issuer', 'productStated'] as const;
export type SourcedField = (typeof sourcedFields)[number];

export const sourcedFieldLabels: Record<SourcedField, string> = {
  smeltLargest: 'Country of largest smelt',
  smeltSecond: 'Country of second-largest smelt',
  cast: 'Country of most recent cast',
  issueDate: 'Issue date',
  issuer: 'Issued by',
  productStated: 'Product or alloy stated',
};

export const fieldSourceSchema = z
  .object({
    field: z.enum(sourcedFields),
    /** The value recorded. */
    value: z.string().max(300),
    /** What the reader proposed; differs from `value` when the person edited it before accepting. */
    proposed: z.string().max(300),
    decision: z.enum(['accepted', 'edited']),
    fileSha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 hash' }),
    fileName: z.string().max(200),
    page: z.number().int().min(1).max(100_000),
    /** The document's words the value was read from. */
    text: z.string().max(500),
    method: z.enum(['text', 'ocr']),
    confidence: z.number().min(0).max(1),
    rects: z.array(pageRectSchema).max(20),
  })
  .strict();
export type FieldSource = z.infer<typeof fieldSourceSchema>;

/** "from cert.pdf, page 1: “Country of smelt (largest share) Iceland”" — how the record and the trail say it. */
export function describeSource(source: FieldSource): string {
  const how = source.decision === 'edited' ? `edited from the proposed “${source.proposed}”` : 'accepted as proposed';
  const read = source.method === 'ocr' ? 'read by OCR' : 'read from the text layer';
  return `${how}; ${source.fileName}, page ${source.page} (${read}): “${source.text}”`;
}
