import { AppError } from '../../../shared/contract';
import type { QueueService } from './queue-service';
import type { SyncRecords } from './sync-records';

export interface ConflictServiceDeps extends SyncRecords {
  readonly queue: QueueService;
}

/** The user's choice between our version and the portal's; both were kept until now. */
export function createConflictService(deps: ConflictServiceDeps) {
  const { db, clock, audit, licences, outbox, store, conflicts, outcomes, queue } = deps;
  const now = () => clock.now().toISOString();

  return {
    resolve(id: string, keep: 'mine' | 'portal'): { licenceId: string } {
      return db.transaction(() => {
        const conflict = conflicts.get(id);
        if (!conflict)
          throw new AppError('NOT_FOUND', `No open conflict ${id} exists (it may have been resolved already).`, { id });
        const entry = outbox.get(conflict.entryId);
        const licence = licences.get(conflict.licenceId);
        if (!licence) throw new AppError('NOT_FOUND', `The licence of this conflict no longer exists.`, { id });
        const link = store.linkOf(licence.id);
        const portal = link && link.version > conflict.portal.version ? link.record : conflict.portal;
        if (entry && (entry.state === 'failed' || entry.state === 'pending'))
          outbox.update(entry, { state: 'withdrawn', next_attempt_at: null }, now());
        if (keep === 'portal') {
          outcomes.takeContent(licence, portal.licence);
          outcomes.moveLicence(licences.get(licence.id)!, portal, "the portal's version kept");
          licences.setState(
            licence.id,
            licences.get(licence.id)!.status,
            { status: licences.get(licence.id)!.status, rejectionReasons: [] },
            now(),
            '',
          );
        } else {
          if (conflict.op === 'correct' && conflict.mine.licence) outcomes.takeContent(licence, conflict.mine.licence);
          const payload =
            conflict.op === 'cancel'
              ? { reason: conflict.mine.cancelReason ?? '' }
              : { licence: conflict.mine.licence };
          // Sent again on top of the portal's current version, with a new idempotency key.
          queue.addEntry(licences.get(licence.id)!, conflict.op, payload, portal.version);
        }
        conflicts.resolve(id, keep, now());
        audit.append({
          entity: 'outbox',
          entityId: conflict.entryId,
          action: `conflict:${keep}`,
          before: conflict.mine,
          after: { portalVersion: portal.version, keep },
        });
        return { licenceId: licence.id };
      })();
    },
  };
}
