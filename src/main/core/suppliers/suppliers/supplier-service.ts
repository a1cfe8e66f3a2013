import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import { assertCurrentVersion } from '#core/db/changed-elsewhere';
import type { Db } from '#core/db/open-database';
import type { EvidenceChanges } from '#core/suppliers/evidence/evidence-changes';
import { AppError } from '#shared/contract';
import type { ProductDraft, SupplierProduct } from '#shared/suppliers/product-schema';
import type { Supplier, SupplierDraft, SupplierSummary } from '#shared/suppliers/supplier-schema';
import { countOf } from '#shared/text/plural';

import type { SupplierRepository } from './supplier-repository';

export interface SupplierServiceDeps {
  readonly db: Db;
  readonly repo: SupplierRepository;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly changes: EvidenceChanges;
}

export function createSupplierService({ db, repo, clock, audit, changes }: SupplierServiceDeps) {
  const now = () => clock.now().toISOString();

  const mustGet = (id: string): Supplier => {
    const supplier = repo.get(id);
    if (!supplier)
      throw new AppError('NOT_FOUND', `No supplier with id ${id} exists (it may have been deleted).`, { id });
    return supplier;
  };
  const mustGetProduct = (id: string): SupplierProduct => {
    const product = repo.getProduct(id);
    if (!product)
      throw new AppError('NOT_FOUND', `No supplier product with id ${id} exists (it may have been deleted).`, { id });
    return product;
  };
  const uniqueName = (name: string, exceptId?: string) => {
    if (repo.nameTaken(name, exceptId)) {
      throw new AppError(
        'CONFLICT',
        `A supplier named "${name}" is already registered. Open that one, or give this one a name that tells them apart.`,
        {
          issues: [{ path: 'name', message: 'is already registered', rule: 'unique' }],
        },
      );
    }
  };

  return {
    list: (text: string): SupplierSummary[] => repo.list(text),
    get: mustGet,

    create(draft: SupplierDraft): Supplier {
      const supplier = db.transaction(() => {
        uniqueName(draft.name);
        const id = repo.insert(draft, now());
        const created = mustGet(id);
        audit.append({ entity: 'supplier', entityId: id, action: 'create', after: created });
        return created;
      })();
      changes.changed({ reason: 'suppliers', supplierIds: [supplier.id] });
      return supplier;
    },

    update(id: string, version: number, draft: SupplierDraft): Supplier {
      const supplier = db.transaction(() => {
        const before = mustGet(id);
        assertCurrentVersion({ what: 'supplier', id, expected: version }, before.version);
        uniqueName(draft.name, id);
        repo.update(id, draft, now());
        const after = mustGet(id);
        audit.append({ entity: 'supplier', entityId: id, action: 'update', before, after });
        return after;
      })();
      changes.changed({ reason: 'suppliers', supplierIds: [id] });
      return supplier;
    },

    remove(id: string): { id: string } {
      db.transaction(() => {
        const before = mustGet(id);
        const usage = repo.usage(id);
        if (usage.documents > 0 || usage.lines > 0) {
          const parts = [
            usage.documents > 0 ? countOf(usage.documents, 'document') : '',
            usage.lines > 0 ? `${countOf(usage.lines, 'licence line')} filled from it` : '',
          ].filter(Boolean);
          throw new AppError(
            'CONFLICT',
            `"${before.name}" cannot be deleted: it has ${parts.join(' and ')}. Documents are kept as records, and licences keep where their lines came from.`,
            { id, ...usage },
          );
        }
        repo.delete(id);
        audit.append({ entity: 'supplier', entityId: id, action: 'delete', before });
      })();
      changes.changed({ reason: 'suppliers', supplierIds: [id] });
      return { id };
    },

    products: (supplierId?: string): SupplierProduct[] => {
      if (supplierId) mustGet(supplierId);
      return repo.products(supplierId);
    },

    createProduct(draft: ProductDraft): SupplierProduct {
      const product = db.transaction(() => {
        mustGet(draft.supplierId);
        const id = repo.insertProduct(draft, now());
        const created = mustGetProduct(id);
        audit.append({ entity: 'product', entityId: id, action: 'create', after: created });
        return created;
      })();
      changes.changed({ reason: 'products', supplierIds: [product.supplierId], productIds: [product.id] });
      return product;
    },

    updateProduct(id: string, version: number, draft: ProductDraft): SupplierProduct {
      const product = db.transaction(() => {
        const before = mustGetProduct(id);
        assertCurrentVersion({ what: 'product', id, expected: version }, before.version);
        if (draft.supplierId !== before.supplierId) {
          throw new AppError(
            'VALIDATION',
            `A product stays with the supplier it was created for (${before.supplierName}); add it to the other supplier instead.`,
            {
              issues: [{ path: 'supplierId', message: 'cannot change', rule: 'immutable' }],
            },
          );
        }
        repo.updateProduct(id, draft, now());
        const after = mustGetProduct(id);
        audit.append({ entity: 'product', entityId: id, action: 'update', before, after });
        return after;
      })();
      changes.changed({ reason: 'products', supplierIds: [product.supplierId], productIds: [id] });
      return product;
    },

    removeProduct(id: string): { id: string } {
      const supplierId = db.transaction(() => {
        const before = mustGetProduct(id);
        const usage = repo.productUsage(id);
        if (usage.documents > 0 || usage.lines > 0) {
          // A document naming only this product would otherwise silently widen to all of the supplier's goods.
          const parts = [
            usage.documents > 0 ? `is named by ${countOf(usage.documents, 'document')}` : '',
            usage.lines > 0 ? `${countOf(usage.lines, 'licence line')} came from it` : '',
          ].filter(Boolean);
          throw new AppError('CONFLICT', `"${before.description}" cannot be deleted: it ${parts.join(' and ')}.`, {
            id,
            ...usage,
          });
        }
        repo.deleteProduct(id);
        audit.append({ entity: 'product', entityId: id, action: 'delete', before });
        return before.supplierId;
      })();
      changes.changed({ reason: 'products', supplierIds: [supplierId], productIds: [id] });
      return { id };
    },
  };
}
export type SupplierService = ReturnType<typeof createSupplierService>;
