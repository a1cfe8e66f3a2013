import type { AuditLog } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import type { LicenceRepository } from '../licences/licence-repository';
import type { ConflictRepository } from './conflict-repository';
import type { OutboxRepository } from './outbox-repository';
import type { PortalOutcomes } from './portal-outcomes';
import type { SyncStore } from './sync-store';

/** The records a user's sync decision changes (withdrawing an entry, settling a conflict), with the trail. */
export interface SyncRecords {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly licences: LicenceRepository;
  readonly outbox: OutboxRepository;
  readonly store: SyncStore;
  readonly conflicts: ConflictRepository;
  readonly outcomes: PortalOutcomes;
}
