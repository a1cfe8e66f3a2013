import {
  portalLicenceRecordSchema,
  type PortalLicenceContent,
  type PortalLicenceRecord,
} from '../../../shared/sync/portal-protocol';
import type { OutboxOp, SyncConflict } from '../../../shared/sync/sync-model';
import type { Db } from '../db/open-database';
import { oneOrNull } from '../db/one-row';

interface ConflictRow {
  id: string;
  licence_id: string;
  entry_id: string;
  mine: string;
  portal: string;
  detected_at: string;
  reference: string;
  op: OutboxOp;
}

export interface Mine {
  readonly baseVersion: number;
  readonly licence: PortalLicenceContent | null;
  readonly cancelReason: string | null;
}

/** Open disagreements between our copy and the portal's, with both versions. */
export function createConflictRepository(db: Db) {
  const insert = db.prepare(
    'INSERT INTO sync_conflicts (id, licence_id, entry_id, mine, portal, detected_at) VALUES (@id, @licence_id, @entry_id, @mine, @portal, @at)',
  );
  const select = `SELECT c.*, o.reference, o.op FROM sync_conflicts c JOIN sync_outbox o ON o.id = c.entry_id WHERE c.resolved_at IS NULL`;
  const open = db.prepare<[], ConflictRow>(`${select} ORDER BY c.detected_at`);
  const byId = db.prepare<[string], ConflictRow>(`${select} AND c.id = ?`);
  const byEntry = db.prepare<[string], ConflictRow>(`${select} AND c.entry_id = ?`);
  const resolve = db.prepare('UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?');
  const count = db.prepare<[], number>('SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL').pluck();

  const toConflict = (row: ConflictRow): SyncConflict => ({
    id: row.id,
    licenceId: row.licence_id,
    entryId: row.entry_id,
    reference: row.reference,
    op: row.op,
    detectedAt: row.detected_at,
    mine: JSON.parse(row.mine) as Mine,
    portal: portalLicenceRecordSchema.parse(JSON.parse(row.portal)),
  });

  return {
    add(
      conflict: { id: string; licenceId: string; entryId: string; mine: Mine; portal: PortalLicenceRecord },
      at: string,
    ): void {
      insert.run({
        id: conflict.id,
        licence_id: conflict.licenceId,
        entry_id: conflict.entryId,
        mine: JSON.stringify(conflict.mine),
        portal: JSON.stringify(conflict.portal),
        at,
      });
    },
    open: (): SyncConflict[] => open.all().map(toConflict),
    get: oneOrNull(byId, toConflict),
    forEntry: oneOrNull(byEntry, toConflict),
    resolve: (id: string, resolution: 'mine' | 'portal' | 'withdrawn', at: string) => resolve.run(at, resolution, id),
    count: (): number => count.get() ?? 0,
  };
}
export type ConflictRepository = ReturnType<typeof createConflictRepository>;
