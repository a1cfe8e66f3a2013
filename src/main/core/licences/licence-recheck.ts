import type { Db } from '#core/db/open-database';
import { type EventBus, idsForEvent } from '#core/events';
import type { LicenceCheck, StoredCheck } from '#shared/contract/licences';
import { emptyDraft, type Licence } from '#shared/licences/licence-schema';
import { type LicenceStatus, openStatuses } from '#shared/licences/licence-status';

import type { LicenceRepository } from './licence-repository';
import type { LicenceValidator } from './licence-validator';

/** What re-judging the open licences found: how many were checked, and those whose verdict changed. */
export interface RecheckReport {
  readonly checked: number;
  readonly changed: readonly {
    id: string;
    reference: string;
    status: LicenceStatus;
    valid: boolean;
    issues: LicenceCheck['issues'];
  }[];
}

interface RecheckDeps {
  readonly db: Db;
  readonly repo: LicenceRepository;
  readonly events: EventBus;
  readonly validator: LicenceValidator;
  readonly mustGet: (id: string) => Licence;
  /** Judges a stored licence and records the verdict on it. */
  readonly checkStored: (licence: Licence) => StoredCheck;
}

/** Re-judging the open licences when what they are judged by changes: the day, the reference data, the settings. */
export function createLicenceRecheck({ db, repo, events, validator, mustGet, checkStored }: RecheckDeps) {
  return {
    /**
     * Open licences last judged on another day or with other reference data ("import date
     * past" depends on today). Run at start-up, in batches that yield to the event loop, so a
     * large register never holds the window.
     */
    async revalidateStale(batchSize = 500): Promise<number> {
      const validator0 = validator.context(emptyDraft());
      const ids = repo.staleIds(openStatuses, validator0.asOf, validator0.reference.version);
      for (let start = 0; start < ids.length; start += batchSize) {
        const batch = ids.slice(start, start + batchSize);
        db.transaction(() =>
          batch.forEach((id) => {
            const licence = repo.get(id);
            if (licence) checkStored(licence);
          }),
        )();
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (ids.length > 0) events.emit('licences.changed', { ids: idsForEvent(ids), reason: 'revalidated' });
      return ids.length;
    },

    /**
     * Re-judges every open licence once (new reference data, changed settings), in batches of
     * short transactions, and says which ones changed verdict.
     */
    revalidateOpen(batchSize = 1000): RecheckReport {
      const ids = repo.idsWithStatus(openStatuses);
      const changed: RecheckReport['changed'][number][] = [];
      for (let start = 0; start < ids.length; start += batchSize) {
        const batch = ids.slice(start, start + batchSize);
        db.transaction(() =>
          batch.forEach((id) => {
            const licence = mustGet(id);
            const before = licence.validation;
            const after = checkStored(licence);
            if (before && (before.errors === 0) !== after.valid) {
              changed.push({
                id,
                reference: licence.reference,
                status: licence.status,
                valid: after.valid,
                issues: after.issues,
              });
            }
          }),
        )();
      }
      if (ids.length > 0) events.emit('licences.changed', { ids: idsForEvent(ids), reason: 'revalidated' });
      return { checked: ids.length, changed };
    },
  };
}
