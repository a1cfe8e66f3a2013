import type { Db } from '#core/db/open-database';
import type { EventBus } from '#core/events';
import type { LicenceService } from '#core/licences/licence-service';
import { openStatuses } from '#shared/licences/licence-status';

import type { EvidenceIndexStore } from './evidence-index-store';

export interface EvidenceScope {
  readonly reason: 'suppliers' | 'products' | 'documents' | 'files' | 'requests' | 'settings';
  readonly supplierIds?: readonly string[];
  readonly productIds?: readonly string[];
  readonly documentIds?: readonly string[];
}

/**
 * What follows any change to suppliers, products or documents, after its transaction committed:
 * the cached evidence index is dropped, windows are told, and the open licences whose lines
 * point at what changed are judged again (so the register's warning counts stay true). When the
 * registry goes from empty to not (or back), evidence checking starts (or stops) for every
 * open licence, so all of them are judged again.
 */
export function createEvidenceChanges(
  db: Db,
  index: EvidenceIndexStore,
  events: EventBus,
  licences: () => LicenceService,
) {
  const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');
  const statusList = openStatuses.map((s) => `'${s}'`).join(',');

  function affectedLicences(scope: EvidenceScope): string[] {
    const clauses: string[] = [];
    const params: string[] = [];
    const add = (column: string, ids: readonly string[] | undefined) => {
      if (!ids || ids.length === 0) return;
      clauses.push(`ll.${column} IN (${placeholders(ids.length)})`);
      params.push(...ids);
    };
    add('supplier_id', scope.supplierIds);
    add('product_id', scope.productIds);
    add('document_id', scope.documentIds);
    if (clauses.length === 0) return [];
    return db
      .prepare<string[], { id: string }>(
        `SELECT DISTINCT l.id FROM licence_lines ll JOIN licences l ON l.id = ll.licence_id
         WHERE l.status IN (${statusList}) AND (${clauses.join(' OR ')}) ORDER BY l.rowid`,
      )
      .all(...params)
      .map((r) => r.id);
  }

  return {
    /** Call after the change's transaction has committed. */
    changed(scope: EvidenceScope): void {
      const wasActive = index.active();
      index.invalidate();
      events.emit('evidence.changed', { reason: scope.reason, supplierIds: [...(scope.supplierIds ?? [])] });
      // Files, requests and settings change nothing the rules read.
      if (scope.reason === 'files' || scope.reason === 'requests' || scope.reason === 'settings') return;
      if (wasActive !== index.active()) {
        licences().revalidateOpen();
        return;
      }
      const ids = affectedLicences(scope);
      if (ids.length > 0) licences().validate(ids);
    },
  };
}
export type EvidenceChanges = ReturnType<typeof createEvidenceChanges>;
