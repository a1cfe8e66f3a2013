import { AppError, type Handlers } from '../../../shared/contract';
import { createAnchorKeeper, readAnchor, readAuditHead, type AnchorKeeper } from '../audit/audit-anchor';
import type { AuditLog } from '../audit/audit-log';
import { createAuditQuery } from '../audit/audit-query';
import { verifyAuditTrail } from '../audit/audit-verification';
import { createBackupService, type BackupService } from '../backup/backup-service';
import type { Clock } from '../clock';
import type { DataPaths } from '../data-dir';
import type { Db } from '../db/open-database';
import type { Dispatch } from '../dispatch';
import type { EventBus } from '../events';
import type { Keyring } from '../vault/keyring';

export interface RecordsTrustDeps {
  readonly db: Db;
  readonly paths: DataPaths;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly events: EventBus;
  readonly appVersion: string;
  readonly logError: (error: unknown, where: string) => void;
  /** A passphrase-protected folder's keys (backups stay encrypted). */
  readonly keyring?: Keyring;
}

type TrustProcedure =
  | 'audit.list'
  | 'audit.verify'
  | 'backups.list'
  | 'backups.create'
  | 'backups.verify'
  | 'backups.setSchedule'
  | 'backups.checkDatabase'
  | 'recovery.status'
  | 'recovery.restore'
  | 'recovery.retry'
  | 'recovery.startEmpty';

const onlyInRecovery = () => {
  throw new AppError(
    'CONFLICT',
    'The database is open and healthy, so nothing is restored over it. Restoring is offered on the recovery screen, or into a new data folder with `aim-licence backup restore`.',
  );
};

/**
 * The audit trail's anchor, backups and the recovery procedures' normal-mode answers, built on
 * the open database. `createCore` spreads `handlers` into its map and wraps its dispatcher with
 * `anchored`, so the anchor follows every committed change whatever procedure made it.
 */
export function createRecordsTrust(deps: RecordsTrustDeps) {
  const { db, paths, clock, audit, events } = deps;
  const now = () => clock.now().toISOString();
  const anchor: AnchorKeeper = createAnchorKeeper(db, paths.dataDir, now, (error) =>
    deps.logError(error, 'audit anchor'),
  );

  // An anchor that vanished (or was never written, by an older version) is re-created, and the
  // fact is itself written into the trail, so the gap it could hide stays visible.
  const initial = anchor.initial;
  if (initial.state !== 'ok') {
    const head = readAuditHead(db);
    if (head) {
      db.transaction(() =>
        audit.append({
          entity: 'system',
          entityId: 'audit-anchor',
          action: 'anchor-recreated',
          before:
            initial.state === 'missing' ? { anchor: 'missing' } : { anchor: 'unreadable', reason: initial.reason },
          after: { seq: head.seq, hash: head.hash },
        }),
      )();
    }
  }
  anchor.refresh();

  const backups: BackupService = createBackupService({
    db,
    paths,
    clock,
    audit,
    events,
    appVersion: deps.appVersion,
    onError: (error) => deps.logError(error, 'scheduled backup'),
    ...(deps.keyring ? { keyring: deps.keyring } : {}),
  });
  const auditQuery = createAuditQuery(db);

  const handlers: Pick<Handlers, TrustProcedure> = {
    'audit.list': (query) => auditQuery.list(query),
    'audit.verify': () => verifyAuditTrail(db, audit, paths.dataDir, now()),
    'backups.list': () => backups.overview(),
    'backups.create': () => backups.create('manual'),
    'backups.verify': ({ id }) => backups.verify(id),
    'backups.setSchedule': ({ confirmRecordKeeping, ...schedule }) =>
      backups.setSchedule(schedule, confirmRecordKeeping),
    'backups.checkDatabase': () => backups.checkDatabase(),
    'recovery.status': () => ({ mode: 'normal' as const }),
    'recovery.retry': () => ({ mode: 'normal' as const }),
    'recovery.restore': onlyInRecovery,
    'recovery.startEmpty': onlyInRecovery,
  };

  return {
    handlers,
    backups,
    anchor,
    /** The anchor after every dispatched call: by then its transaction has committed (or rolled back). */
    anchored(dispatch: Dispatch): Dispatch {
      return async (method, input, ctx) => {
        try {
          return await dispatch(method, input, ctx);
        } finally {
          anchor.refresh();
        }
      };
    },
    /** What a reader of the anchor file sees now (for tests and the CLI). */
    readAnchor: () => readAnchor(paths.dataDir),
  };
}
export type RecordsTrust = ReturnType<typeof createRecordsTrust>;
