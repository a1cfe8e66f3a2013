import type { Db } from '#core/db/open-database';
import { AppError, type FieldIssue } from '#shared/contract';
import type { LicenceLine } from '#shared/licences/licence-schema';

/**
 * Checks the supplier, product and document a licence line points at before the line is
 * written: ids come from the caller, so each must exist and agree with the others. A bad link
 * is refused with the line named, and nothing already saved changes.
 */
export function createLineLinkCheck(db: Db) {
  const supplier = db.prepare<[string], { id: string }>('SELECT id FROM suppliers WHERE id = ?');
  const product = db.prepare<[string], { supplier_id: string; description: string }>(
    'SELECT supplier_id, description FROM supplier_products WHERE id = ?',
  );
  const document = db.prepare<[string], { id: string }>('SELECT id FROM supplier_documents WHERE id = ?');

  return (lines: readonly LicenceLine[]): void => {
    const issues: FieldIssue[] = [];
    lines.forEach((line, i) => {
      const at = (field: string, message: string) =>
        issues.push({ path: `lines.${i}.${field}`, message: `Product line ${i + 1}: ${message}`, rule: 'link' });
      if (line.supplierId && !supplier.get(line.supplierId))
        at(
          'supplierId',
          'the supplier it was filled from no longer exists. Fill the line from a product again, or clear the link.',
        );
      if (line.productId) {
        const found = product.get(line.productId);
        if (!found)
          at(
            'productId',
            'the supplier product it was filled from no longer exists. Fill the line from a product again, or clear the link.',
          );
        else if (line.supplierId && found.supplier_id !== line.supplierId)
          at('productId', `the product "${found.description}" belongs to another supplier than the one linked.`);
      }
      if (line.documentId && !document.get(line.documentId))
        at('documentId', 'the evidence document linked to it no longer exists. Pick another document.');
    });
    if (issues.length > 0) throw new AppError('VALIDATION', issues.map((i) => i.message).join(' '), { issues });
  };
}
