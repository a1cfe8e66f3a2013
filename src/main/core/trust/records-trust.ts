import path from 'node:path';

import {
  type AnchorKeeper,
  anchorProblem,
  anchorSignature,
  createAnchorKeeper,
  readAnchor,
  readAuditHead,
  writeFileAtomically,
} from '#core/audit/audit-anchor';
import type { AuditLog } from '#core/audit/audit-log';
import { createAuditQuery } from '#core/audit/audit-query';
import { verifyAuditTrail } from '#core/audit/audit-verification';
import { recordsSignedAction, signingEra } from '#core/audit/rollback-check';
import { manifestFileName, manifestText } from '#core/backups/backup-manifest';
import { type BackupService, createBackupService } from '#core/backups/backup-service';
import { listBackups } from '#core/backups/backup-store';
import type { Clock } from '#core/clock';
import type { DataPaths } from '#core/data-dir';
import type { Db } from '#core/db/open-database';
import type { Dispatch } from '#core/dispatch';
import type { EventBus } from '#core/events';
import type { Keyring } from '#core/vault/keyring';
import { AppError, type Handlers } from '#shared/contract';

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
  /** A rolled-back database kept on purpose (its choice is in the trail): a new anchor starts at its own head. */
  readonly restartAnchor?: boolean;
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
  | 'recovery.startEmpty'
  | 'recovery.keepDatabase';

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
  const protectedFolder = () => (deps.keyring?.all().length ?? 0) > 0;
  const anchor: AnchorKeeper = createAnchorKeeper(
    db,
    paths.dataDir,
    now,
    (error) => deps.logError(error, 'audit anchor'),
    () => deps.keyring?.target() ?? null,
  );

  // An anchor that vanished (or was never written, by an older version) is re-created, and the
  // fact is itself written into the trail, so the gap it could hide stays visible. So is an
  // unsigned anchor in a protected folder (one written before anchors were signed) that still
  // matches the trail; one that does not match is left for verification to report.
  const initial = anchor.initial;
  const unsigned =
    initial.state === 'ok' && protectedFolder()
      ? anchorSignature(initial.anchor, (id) => deps.keyring?.lookup(id))
      : 'valid';
  const recreate =
    initial.state !== 'ok'
      ? initial.state === 'missing'
        ? { anchor: 'missing' }
        : { anchor: 'unreadable', reason: initial.reason }
      : unsigned !== 'valid' && anchorProblem(db, initial.anchor) === null
        ? { anchor: unsigned === 'unsigned' ? 'unsigned' : 'signature does not match', seq: initial.anchor.seq }
        : null;
  if (recreate) {
    const head = readAuditHead(db);
    if (head) {
      if (initial.state === 'ok') anchor.reset();
      db.transaction(() =>
        audit.append({
          entity: 'system',
          entityId: 'audit-anchor',
          action: 'anchor-recreated',
          before: recreate,
          after: { seq: head.seq, hash: head.hash },
        }),
      )();
    }
  }
  signUnsignedRecords();
  anchor.refresh();

  /**
   * A protected folder whose records an older version wrote unsigned: its backup manifests are
   * signed now, once, and the trail says so ("records-signed"); from then on an unsigned
   * manifest is reported as tampered with (rollback-check.ts). Runs after the start-up rollback
   * check (createCore), so a folder tampered with before this point was already judged.
   */
  function signUnsignedRecords(): void {
    const signer = deps.keyring?.target() ?? null;
    if (!signer || signingEra(db)) return;
    const signed: string[] = [];
    for (const backup of listBackups(paths.backupDir)) {
      if (!backup.folder || !backup.manifest || backup.manifest.signature !== undefined) continue;
      try {
        writeFileAtomically(path.join(backup.folder, manifestFileName), manifestText(backup.manifest, signer));
        signed.push(backup.summary.id);
      } catch (error) {
        deps.logError(error, 'signing a backup manifest');
      }
    }
    db.transaction(() =>
      audit.append({
        entity: 'system',
        entityId: 'data-protection',
        action: recordsSignedAction,
        before: { unsignedManifests: signed },
        after: { keyId: signer.id, signed: 'audit anchor and backup manifests, HMAC-SHA256' },
      }),
    )();
  }

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
    'audit.verify': () =>
      verifyAuditTrail(db, audit, paths, now(), {
        protected: protectedFolder(),
        lookup: (id) => deps.keyring?.lookup(id),
      }),
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
    'recovery.keepDatabase': onlyInRecovery,
  };

  if (deps.restartAnchor) {
    anchor.reset();
    anchor.refresh();
  }
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
