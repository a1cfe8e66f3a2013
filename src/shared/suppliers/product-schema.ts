import { z } from 'zod';

import { htsDigits } from '#shared/reference/hts';

import { castCountryField, smeltCountryField } from './country-fields';
import { entityId } from './supplier-schema';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` });

/** A 10-digit HTS number, typed with or without dots; empty when the supplier has not said. */
export const productHtsField = text(20).refine((value) => value === '' || /^\d{10}$/.test(htsDigits(value)), {
  error: 'must be a 10-digit HTS statistical number, e.g. 7606.12.30.30',
});

/**
 * What a supplier sells and where its metal usually comes from. Filling a licence line from a
 * product copies these defaults, and the line remembers the product it came from.
 */
export const productDraftSchema = z.object({
  supplierId: entityId,
  description: text(300).min(1, { error: 'Product description is required.' }),
  code: text(60),
  htsCode: productHtsField,
  usualSmeltLargest: smeltCountryField,
  usualSmeltSecond: smeltCountryField,
  usualCast: castCountryField,
  notes: text(2000),
});
export type ProductDraft = z.infer<typeof productDraftSchema>;

export const productSchema = z.object({
  id: z.string(),
  supplierId: z.string(),
  supplierName: z.string(),
  description: z.string(),
  code: z.string(),
  htsCode: z.string(),
  usualSmeltLargest: z.string(),
  usualSmeltSecond: z.string(),
  usualCast: z.string(),
  notes: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SupplierProduct = z.infer<typeof productSchema>;

export function emptyProductDraft(supplierId: string): ProductDraft {
  return {
    supplierId,
    description: '',
    code: '',
    htsCode: '',
    usualSmeltLargest: '',
    usualSmeltSecond: '',
    usualCast: '',
    notes: '',
  };
}

export function productDraftOf(product: SupplierProduct): ProductDraft {
  return {
    supplierId: product.supplierId,
    description: product.description,
    code: product.code,
    htsCode: product.htsCode,
    usualSmeltLargest: product.usualSmeltLargest,
    usualSmeltSecond: product.usualSmeltSecond,
    usualCast: product.usualCast,
    notes: product.notes,
  };
}
