import { manifestBody } from '#core/backups/backup-manifest';
import { listBackups, type StoredBackup } from '#core/backups/backup-store';
import type { Db } from '#core/db/open-database';
import { checkRecordSignature } from '#core/vault/record-signature';
import type { VaultKeys } from '#core/vault/vault-keys';
import { displayDate } from '#shared/dates/iso-date';

import { type AuditHead, readAuditHead } from './audit-anchor';

export interface RollbackFinding {
  readonly problem: string;
  readonly backupId: string;
  readonly backupCreatedAt: string;
  readonly backupHead: AuditHead | null;
  readonly liveHead: AuditHead | null;
}

/** How the folder's own records are trusted: signed ones only when it is protected. */
export interface RecordKeys {
  readonly protected: boolean;
  lookup(keyId: string): VaultKeys | undefined;
}

/** Audit actions by which the app itself moved the database off an older backup's line, on purpose. */
export const deliberateDivergence = ['restore', 'start-empty', 'rollback-accepted'] as const;

/** The trail entry from which a protected folder's manifests are all signed (records-trust.ts writes it). */
export const recordsSignedAction = 'records-signed';

/**
 * Has this database seen its folder's records signed (protection switched on or changed by this
 * version, or an older version's records signed at start)? Before that, unsigned manifests are
 * an older version's; after it, an unsigned manifest was tampered with.
 */
export function signingEra(db: Db): boolean {
  return (
    db
      .prepare<[string], { n: number }>(
        `SELECT count(*) AS n FROM audit_log WHERE entity = 'system' AND entity_id = 'data-protection'
           AND (action = ? OR json_extract(after, '$.signedRecords') IS NOT NULL)`,
      )
      .get(recordsSignedAction)!.n > 0
  );
}

const takenOn = (backup: StoredBackup) =>
  `backup ${backup.summary.id}, taken ${displayDate(backup.summary.createdAt.slice(0, 10))}`;

/**
 * Is the live audit trail behind the newest backup? Every backup's manifest records the audit
 * head when it was taken; a live trail that no longer holds that entry (same number, same hash)
 * means the database was put back to an older copy (or replaced), and what was recorded since is
 * gone, even when the chain itself and a re-written anchor look intact. Only the app's own
 * restore, empty start or an explicit "keep this database", recorded in the live trail after that
 * backup was taken, explain such a gap.
 *
 * In a protected folder the manifests are signed (record-signature.ts): one changed after the
 * app wrote it, or (once the folder's records are signed) one without a signature, is itself
 * reported, so a newer backup can be neither hidden by editing its manifest nor faked to raise
 * a false alarm. In a plain folder manifests are taken as they are: this catches a database
 * copied back by hand or by a sync tool, not someone who also edits or deletes the newer backups
 * (docs/records-trust.md says what cannot be detected there).
 */
export function findRollback(db: Db, backupDir: string, keys: RecordKeys): RollbackFinding | null {
  const era = keys.protected && signingEra(db);
  // A manifest problem the user already chose to live with ("keep this database") is not raised again.
  const accepted = new Set(
    db
      .prepare<[], { id: string | null }>(
        "SELECT json_extract(before, '$.backupId') AS id FROM audit_log WHERE entity = 'system' AND entity_id = 'database' AND action = 'rollback-accepted'",
      )
      .all()
      .map((r) => r.id),
  );
  const counted: StoredBackup[] = [];
  for (const backup of listBackups(backupDir)) {
    const manifest = backup.manifest;
    if (!manifest?.auditHead) continue;
    if (!keys.protected) {
      counted.push(backup);
      continue;
    }
    const check = checkRecordSignature(keys.lookup, 'backup-manifest', manifestBody(manifest), manifest.signature);
    if (check === 'valid' || (check === 'unsigned' && !era)) counted.push(backup);
    else if ((check === 'invalid' || check === 'unsigned') && !accepted.has(backup.summary.id))
      return {
        problem: `the manifest of ${takenOn(backup)}, ${check === 'invalid' ? 'was changed after the app wrote it' : 'has lost its signature'}, so whether the database was put back to an older copy cannot be ruled out`,
        backupId: backup.summary.id,
        backupCreatedAt: manifest.createdAt,
        backupHead: manifest.auditHead,
        liveHead: readAuditHead(db),
      };
    // 'unknown-key': a backup left under an older passphrase (a conversion that failed); not evidence either way.
  }
  const newest = counted.sort((a, b) => (a.manifest!.createdAt < b.manifest!.createdAt ? 1 : -1))[0];
  if (!newest) return null;
  const manifest = newest.manifest!;
  const recorded = manifest.auditHead!;
  const live = db.prepare<[number], { hash: string }>('SELECT hash FROM audit_log WHERE seq = ?').get(recorded.seq);
  if (live?.hash === recorded.hash) return null;
  const deliberate = db
    .prepare<[string], { n: number }>(
      `SELECT count(*) AS n FROM audit_log WHERE entity = 'system' AND entity_id = 'database'
         AND action IN (${deliberateDivergence.map((a) => `'${a}'`).join(', ')}) AND at >= ?`,
    )
    .get(manifest.createdAt)!.n;
  if (deliberate > 0) return null;
  const head = readAuditHead(db);
  const problem = live
    ? `the audit trail's entry ${recorded.seq} is not the one ${takenOn(newest)}, recorded: the database was replaced by another copy`
    : `the audit trail ends at entry ${head?.seq ?? 0}, but ${takenOn(newest)}, recorded entry ${recorded.seq}: the database was put back to an older copy, and what was recorded after it is missing`;
  return {
    problem,
    backupId: manifest.id,
    backupCreatedAt: manifest.createdAt,
    backupHead: { seq: recorded.seq, hash: recorded.hash },
    liveHead: head,
  };
}
