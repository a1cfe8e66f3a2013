import { z } from 'zod';

import { parseCountry } from '#shared/reference/countries';

/*
 * The supplier registry: who makes, exports, smelts or casts the metal a licence line declares.
 * One schema serves the supplier form (react-hook-form resolver), the RPC boundary and the
 * repository, as for licences.
 */

export const entityId = z.string().min(1).max(64);
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` });

export const supplierRoles = ['manufacturer', 'exporter', 'smelter', 'cast-house'] as const;
export type SupplierRole = (typeof supplierRoles)[number];
export const supplierRoleLabels: Record<SupplierRole, string> = {
  manufacturer: 'Manufacturer',
  exporter: 'Exporter',
  smelter: 'Smelter',
  'cast-house': 'Cast house',
};

export const supplierContactSchema = z.object({
  name: text(120),
  email: text(200).refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
    error: 'must be an e-mail address, e.g. name@example.com',
  }),
  phone: text(60),
});
export type SupplierContact = z.infer<typeof supplierContactSchema>;

/** A country the supplier is in: an ISO code (or a name the country list knows). */
const supplierCountry = text(64).refine((value) => parseCountry(value).kind === 'country', {
  error: 'must be a country from the list (or its ISO code, e.g. CA)',
});

export const supplierDraftSchema = z.object({
  name: text(200).min(1, { error: 'Supplier name is required.' }),
  roles: z.array(z.enum(supplierRoles)).min(1, { error: 'Pick at least one role.' }).max(supplierRoles.length),
  country: supplierCountry,
  address: text(500),
  contacts: z.array(supplierContactSchema).max(10, { error: 'at most 10 contacts' }),
  notes: text(2000),
});
export type SupplierDraft = z.infer<typeof supplierDraftSchema>;

export const supplierSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(z.enum(supplierRoles)),
  country: z.string(),
  address: z.string(),
  contacts: z.array(z.object({ name: z.string(), email: z.string(), phone: z.string() })),
  notes: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Supplier = z.infer<typeof supplierSchema>;

/** One row of the registry: enough to list and pick without loading documents. */
export const supplierSummarySchema = supplierSchema
  .pick({ id: true, name: true, roles: true, country: true, updatedAt: true })
  .extend({
    productCount: z.number().int(),
    documentCount: z.number().int(),
    reviewCount: z.number().int(),
    openRequestCount: z.number().int(),
  });
export type SupplierSummary = z.infer<typeof supplierSummarySchema>;

export function emptySupplierDraft(): SupplierDraft {
  return {
    name: '',
    roles: ['manufacturer'],
    country: '',
    address: '',
    contacts: [{ name: '', email: '', phone: '' }],
    notes: '',
  };
}

export function supplierDraftOf(supplier: Supplier): SupplierDraft {
  return {
    name: supplier.name,
    roles: supplier.roles,
    country: supplier.country,
    address: supplier.address,
    contacts: supplier.contacts.map((c) => ({ ...c })),
    notes: supplier.notes,
  };
}
