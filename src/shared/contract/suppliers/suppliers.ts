import { z } from 'zod';

import { procedure } from '#shared/contract/define';
import { productDraftSchema, productSchema } from '#shared/suppliers/product-schema';
import {
  entityId,
  supplierDraftSchema,
  supplierSchema,
  supplierSummarySchema,
} from '#shared/suppliers/supplier-schema';

const version = z.number().int();

export const supplierProcedures = {
  'suppliers.list': procedure(
    'The supplier registry, optionally searched by name, with counts of products, documents and open requests.',
    z.object({ text: z.string().trim().max(200).default('') }).strict(),
    z.array(supplierSummarySchema),
  ),
  'suppliers.get': procedure('One supplier with its contacts.', z.object({ id: entityId }).strict(), supplierSchema),
  'suppliers.create': procedure(
    'Register a supplier (manufacturer, exporter, smelter or cast house).',
    supplierDraftSchema,
    supplierSchema,
  ),
  'suppliers.update': procedure(
    'Change a supplier. `version` must be the one the caller last read, so a concurrent edit is never overwritten.',
    z.object({ id: entityId, version, draft: supplierDraftSchema }).strict(),
    supplierSchema,
  ),
  'suppliers.delete': procedure(
    'Remove a supplier that has no documents and is not named on any licence line (its products go with it).',
    z.object({ id: entityId }).strict(),
    z.object({ id: z.string() }),
  ),
  'products.list': procedure(
    "A supplier's products, or every product (for the licence line's product picker).",
    z.object({ supplierId: entityId.optional() }).strict(),
    z.array(productSchema),
  ),
  'products.create': procedure(
    'Add a product to a supplier, with its HTS number and usual smelt and cast countries.',
    productDraftSchema,
    productSchema,
  ),
  'products.update': procedure(
    'Change a product. `version` must be the one the caller last read.',
    z.object({ id: entityId, version, draft: productDraftSchema }).strict(),
    productSchema,
  ),
  'products.delete': procedure(
    'Remove a product that no licence line was filled from.',
    z.object({ id: entityId }).strict(),
    z.object({ id: z.string() }),
  ),
};
