import { z } from 'zod';
import type { ProductDraft, SupplierProduct } from '../../../shared/evidence/product-schema';
import {
  supplierSchema,
  type Supplier,
  type SupplierDraft,
  type SupplierSummary,
} from '../../../shared/evidence/supplier-schema';
import { htsDigits } from '../../../shared/reference/hts';
import { storedCountry } from '../../../shared/reference/countries';
import type { Db } from '../db/open-database';
import { jsonColumn, readRow } from '../db/stored-row';
import { newId } from '../ids';
import { oneOrNull } from '../db/one-row';

const contactsColumn = jsonColumn(supplierSchema.shape.contacts);
const rolesColumn = jsonColumn(supplierSchema.shape.roles);

/** A row of `suppliers` as stored; roles and contacts are JSON. */
const supplierRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: rolesColumn,
  country: z.string(),
  address: z.string(),
  contacts: contactsColumn,
  notes: z.string(),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
type SupplierRow = z.input<typeof supplierRowSchema>;

/** A row of `supplier_products` with its supplier's name. */
const productRowSchema = z.object({
  id: z.string(),
  supplier_id: z.string(),
  supplier_name: z.string(),
  description: z.string(),
  code: z.string(),
  hts_code: z.string(),
  usual_smelt_largest: z.string(),
  usual_smelt_second: z.string(),
  usual_cast: z.string(),
  notes: z.string(),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
type ProductRow = z.input<typeof productRowSchema>;

/** One line of the registry: a supplier with its counts. */
const summaryRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: rolesColumn,
  country: z.string(),
  updated_at: z.string(),
  productCount: z.number().int(),
  documentCount: z.number().int(),
  reviewCount: z.number().int(),
  openRequestCount: z.number().int(),
});
type SummaryRow = z.input<typeof summaryRowSchema>;

const toSupplier = (stored: SupplierRow): Supplier => {
  const row = readRow(supplierRowSchema, stored, 'suppliers', `id ${stored.id}`);
  return {
    id: row.id,
    name: row.name,
    roles: row.roles,
    country: row.country,
    address: row.address,
    contacts: row.contacts,
    notes: row.notes,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

const toProduct = (stored: ProductRow): SupplierProduct => {
  const row = readRow(productRowSchema, stored, 'supplier_products', `id ${stored.id}`);
  return {
    id: row.id,
    supplierId: row.supplier_id,
    supplierName: row.supplier_name,
    description: row.description,
    code: row.code,
    htsCode: row.hts_code,
    usualSmeltLargest: row.usual_smelt_largest,
    usualSmeltSecond: row.usual_smelt_second,
    usualCast: row.usual_cast,
    notes: row.notes,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

const toSummary = (stored: SummaryRow): SupplierSummary => {
  const row = readRow(summaryRowSchema, stored, 'suppliers', `id ${stored.id}`);
  return {
    id: row.id,
    name: row.name,
    roles: row.roles,
    country: row.country,
    updatedAt: row.updated_at,
    productCount: row.productCount,
    documentCount: row.documentCount,
    reviewCount: row.reviewCount,
    openRequestCount: row.openRequestCount,
  };
};

const supplierColumns = (draft: SupplierDraft) => ({
  name: draft.name,
  roles: JSON.stringify(draft.roles),
  country: storedCountry(draft.country),
  address: draft.address,
  // Rows a person left blank in the form are not contacts.
  contacts: JSON.stringify(draft.contacts.filter((c) => c.name !== '' || c.email !== '' || c.phone !== '')),
  notes: draft.notes,
});

const productColumns = (draft: ProductDraft) => ({
  supplier_id: draft.supplierId,
  description: draft.description,
  code: draft.code,
  hts_code: htsDigits(draft.htsCode),
  usual_smelt_largest: storedCountry(draft.usualSmeltLargest),
  usual_smelt_second: storedCountry(draft.usualSmeltSecond),
  usual_cast: storedCountry(draft.usualCast),
  notes: draft.notes,
});

/** SQL for suppliers and their products. Callers own the transaction. */
export function createSupplierRepository(db: Db) {
  const byId = db.prepare<[string], SupplierRow>('SELECT * FROM suppliers WHERE id = ?');
  const byName = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM suppliers WHERE name = ? COLLATE NOCASE AND id <> ?',
  );
  const summaries = db.prepare<[string, string], SummaryRow>(`
    SELECT s.id, s.name, s.roles, s.country, s.updated_at,
      (SELECT count(*) FROM supplier_products p WHERE p.supplier_id = s.id) AS productCount,
      (SELECT count(*) FROM supplier_documents d WHERE d.supplier_id = s.id AND d.status = 'accepted') AS documentCount,
      (SELECT count(*) FROM supplier_documents d WHERE d.supplier_id = s.id AND d.status = 'draft') AS reviewCount,
      (SELECT count(*) FROM evidence_requests r WHERE r.supplier_id = s.id AND r.status <> 'answered') AS openRequestCount
    FROM suppliers s
    WHERE ? = '' OR s.name LIKE '%' || ? || '%' ESCAPE '\\'
    ORDER BY s.name COLLATE NOCASE`);
  const insertSupplier = db.prepare(`
    INSERT INTO suppliers (id, name, roles, country, address, contacts, notes, version, created_at, updated_at)
    VALUES (@id, @name, @roles, @country, @address, @contacts, @notes, 1, @at, @at)`);
  const updateSupplier = db.prepare(`
    UPDATE suppliers SET name = @name, roles = @roles, country = @country, address = @address, contacts = @contacts,
      notes = @notes, version = version + 1, updated_at = @at WHERE id = @id`);
  const deleteSupplier = db.prepare('DELETE FROM suppliers WHERE id = ?');
  const supplierCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM suppliers');
  const supplierUsage = db.prepare<[string, string], { documents: number; lines: number }>(`
    SELECT (SELECT count(*) FROM supplier_documents WHERE supplier_id = ?) AS documents,
           (SELECT count(*) FROM licence_lines WHERE supplier_id = ?) AS lines`);

  const productSelect =
    'SELECT p.*, s.name AS supplier_name FROM supplier_products p JOIN suppliers s ON s.id = p.supplier_id';
  const productById = db.prepare<[string], ProductRow>(`${productSelect} WHERE p.id = ?`);
  const productsOf = db.prepare<[string], ProductRow>(
    `${productSelect} WHERE p.supplier_id = ? ORDER BY p.description COLLATE NOCASE`,
  );
  const allProducts = db.prepare<[], ProductRow>(
    `${productSelect} ORDER BY s.name COLLATE NOCASE, p.description COLLATE NOCASE`,
  );
  const insertProduct = db.prepare(`
    INSERT INTO supplier_products (id, supplier_id, description, code, hts_code, usual_smelt_largest, usual_smelt_second, usual_cast, notes, version, created_at, updated_at)
    VALUES (@id, @supplier_id, @description, @code, @hts_code, @usual_smelt_largest, @usual_smelt_second, @usual_cast, @notes, 1, @at, @at)`);
  const updateProduct = db.prepare(`
    UPDATE supplier_products SET description = @description, code = @code, hts_code = @hts_code,
      usual_smelt_largest = @usual_smelt_largest, usual_smelt_second = @usual_smelt_second, usual_cast = @usual_cast,
      notes = @notes, version = version + 1, updated_at = @at WHERE id = @id`);
  const deleteProduct = db.prepare('DELETE FROM supplier_products WHERE id = ?');
  const productUsage = db.prepare<[string, string], { documents: number; lines: number }>(`
    SELECT (SELECT count(*) FROM supplier_document_products WHERE product_id = ?) AS documents,
           (SELECT count(*) FROM licence_lines WHERE product_id = ?) AS lines`);

  return {
    get: oneOrNull(byId, toSupplier),
    nameTaken: (name: string, exceptId = ''): boolean => byName.get(name, exceptId) !== undefined,
    list(text: string): SupplierSummary[] {
      const like = text.replace(/[\\%_]/g, (c) => `\\${c}`);
      return summaries.all(like, like).map(toSummary);
    },
    insert(draft: SupplierDraft, at: string): string {
      const id = newId();
      insertSupplier.run({ ...supplierColumns(draft), id, at });
      return id;
    },
    update(id: string, draft: SupplierDraft, at: string): void {
      updateSupplier.run({ ...supplierColumns(draft), id, at });
    },
    delete: (id: string) => void deleteSupplier.run(id),
    count: (): number => supplierCount.get()!.n,
    usage: (id: string) => supplierUsage.get(id, id)!,

    getProduct: oneOrNull(productById, toProduct),
    products: (supplierId?: string): SupplierProduct[] =>
      (supplierId ? productsOf.all(supplierId) : allProducts.all()).map(toProduct),
    insertProduct(draft: ProductDraft, at: string): string {
      const id = newId();
      insertProduct.run({ ...productColumns(draft), id, at });
      return id;
    },
    updateProduct(id: string, draft: ProductDraft, at: string): void {
      updateProduct.run({ ...productColumns(draft), id, at });
    },
    deleteProduct: (id: string) => void deleteProduct.run(id),
    productUsage: (id: string) => productUsage.get(id, id)!,
  };
}
export type SupplierRepository = ReturnType<typeof createSupplierRepository>;
