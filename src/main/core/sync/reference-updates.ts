import type { CoveredScopeRevision, HtsRevision } from '../../../shared/reference/hts';
import { bundledReferenceData, referenceVersion, type ReferenceData } from '../../../shared/reference/reference-data';
import { referenceDataSchema } from '../../../shared/reference/reference-schema';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import type { EventBus } from '../events';
import type { LicenceService } from '../licences/licence-service';
import type { ReferenceStore } from '../reference/reference-store';
import type { PortalGateway } from './portal-gateway';
import type { SyncLog } from './sync-log';
import type { SyncStore } from './sync-store';
import { countOf } from '../../../shared/text/plural';

function unionById<T extends { id: string }>(base: readonly T[], update: readonly T[]): T[] {
  const byId = new Map(base.map((item) => [item.id, item]));
  for (const item of update) byId.set(item.id, item);
  return [...byId.values()];
}

/**
 * Portal tables are added to the bundled ones rather than replacing them: an HTS revision or a
 * covered-list revision is kept by id (the portal's copy wins for the same id), so an app
 * upgrade with newer bundled data and a portal update never erase each other.
 */
export function mergeReferenceData(base: ReferenceData, update: ReferenceData): ReferenceData {
  return {
    ports: update.ports.asOf >= base.ports.asOf ? update.ports : base.ports,
    htsRevisions: unionById<HtsRevision>(base.htsRevisions, update.htsRevisions),
    coveredScope: {
      source: update.coveredScope.source,
      revisions: unionById<CoveredScopeRevision>(base.coveredScope.revisions, update.coveredScope.revisions),
    },
  };
}

export interface ReferenceUpdateDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly store: SyncStore;
  readonly reference: ReferenceStore;
  readonly licences: LicenceService;
  readonly events: EventBus;
  readonly log: SyncLog;
}

/** HTS and covered-list revisions that arrive through sync: stored, applied, and every open licence re-judged. */
export function createReferenceUpdates({ db, clock, store, reference, licences, events, log }: ReferenceUpdateDeps) {
  function apply(update: unknown): string | null {
    const parsed = referenceDataSchema.safeParse(update);
    if (!parsed.success) return null;
    return reference.replace(mergeReferenceData(bundledReferenceData, parsed.data)).version;
  }

  function revalidate(version: string): void {
    const checked = licences.revalidateOpen();
    db.transaction(() => store.setAppliedReferenceVersion(version))();
    events.emit('reference.changed', { version });
    log.write({
      action: 'reference',
      outcome: 'ok',
      count: checked,
      message: `Reference data ${version} applied; ${countOf(checked, 'open licence')} checked again.`,
    });
  }

  return {
    /** At start-up: the newest stored update goes back into force (re-judging only if it never was). */
    applyStored(): void {
      const stored = store.latestReferenceUpdate();
      if (!stored) return;
      const version = apply(stored.data);
      if (version && store.appliedReferenceVersion() !== version) revalidate(version);
    },

    /** Asks the portal whether newer tables exist; a new set is stored in the same sync that fetched it. */
    async check(gateway: PortalGateway, token: string): Promise<boolean> {
      const have = store.latestReferenceUpdate()?.version ?? referenceVersion(bundledReferenceData);
      const started = performance.now();
      const reply = await gateway.reference(token, have);
      if (reply.upToDate) return false;
      db.transaction(() => store.saveReferenceUpdate(reply.version, reply.data, clock.now().toISOString()))();
      const version = apply(reply.data);
      log.write({
        action: 'reference',
        outcome: 'ok',
        count: reply.data.htsRevisions.length,
        message: `New reference data from the portal (${reply.version}).`,
        durationMs: performance.now() - started,
      });
      if (version) revalidate(version);
      return true;
    },
  };
}
export type ReferenceUpdates = ReturnType<typeof createReferenceUpdates>;
