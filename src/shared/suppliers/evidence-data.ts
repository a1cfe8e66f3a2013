import { z } from 'zod';

import { storedCountry } from '#shared/reference/countries';

import { documentTypes } from './document-schema';

/*
 * The facts the evidence rules need, as plain JSON: the core sends it to the form for the licence
 * being edited, and builds the same thing from SQL for bulk validation. Only accepted documents
 * are in it; drafts awaiting review never count as evidence.
 */

export const evidenceDocumentSchema = z.object({
  id: z.string(),
  supplierId: z.string(),
  type: z.enum(documentTypes),
  reference: z.string(),
  issueDate: z.string(),
  /** '' when the document states no end date. */
  validUntil: z.string(),
  smeltLargest: z.string(),
  smeltSecond: z.string(),
  cast: z.string(),
  productIds: z.array(z.string()),
  /** Digits only: 10-digit lines or 4/6/8-digit prefixes. */
  htsCodes: z.array(z.string()),
});
export type EvidenceDocument = z.infer<typeof evidenceDocumentSchema>;

export const evidenceDataSchema = z.object({
  suppliers: z.array(z.object({ id: z.string(), name: z.string() })),
  products: z.array(z.object({ id: z.string(), supplierId: z.string(), description: z.string(), htsCode: z.string() })),
  documents: z.array(evidenceDocumentSchema),
});
export type EvidenceData = z.infer<typeof evidenceDataSchema>;

export interface EvidenceIndex {
  readonly data: EvidenceData;
  supplierName(id: string): string | undefined;
  product(id: string): EvidenceData['products'][number] | undefined;
  document(id: string): EvidenceDocument | undefined;
  /** Documents of a supplier that name no product and no HTS number: they cover all its goods. */
  supplierWide(supplierId: string): readonly EvidenceDocument[];
  /** Documents of a supplier that name HTS numbers. */
  htsScoped(supplierId: string): readonly EvidenceDocument[];
  /** Documents (of any supplier: a smelter may declare for a manufacturer's product) naming a product. */
  naming(productId: string): readonly EvidenceDocument[];
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Lookups keyed the way a line finds its documents; built once per batch, not per licence. */
export function indexEvidence(input: EvidenceData): EvidenceIndex {
  // Countries in stored form once here, so the rules compare strings instead of parsing per line.
  const data: EvidenceData = {
    ...input,
    documents: input.documents.map((d) => ({
      ...d,
      smeltLargest: storedCountry(d.smeltLargest),
      smeltSecond: storedCountry(d.smeltSecond),
      cast: storedCountry(d.cast),
    })),
  };
  const suppliers = new Map(data.suppliers.map((s) => [s.id, s.name]));
  const products = new Map(data.products.map((p) => [p.id, p]));
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  const wide = new Map<string, EvidenceDocument[]>();
  const byHts = new Map<string, EvidenceDocument[]>();
  const byProduct = new Map<string, EvidenceDocument[]>();
  for (const doc of data.documents) {
    if (doc.productIds.length === 0 && doc.htsCodes.length === 0) push(wide, doc.supplierId, doc);
    if (doc.htsCodes.length > 0) push(byHts, doc.supplierId, doc);
    for (const productId of doc.productIds) push(byProduct, productId, doc);
  }
  const none: readonly EvidenceDocument[] = [];
  return {
    data,
    supplierName: (id) => suppliers.get(id),
    product: (id) => products.get(id),
    document: (id) => documents.get(id),
    supplierWide: (id) => wide.get(id) ?? none,
    htsScoped: (id) => byHts.get(id) ?? none,
    naming: (id) => byProduct.get(id) ?? none,
  };
}
