import type { DataPaths } from '#core/data-dir';
import type { Db } from '#core/db/open-database';
import { signatureProblem } from '#core/vault/record-signature';
import type { AuditVerificationView } from '#shared/contract/audit';

import { anchorProblem, anchorSignature, readAnchor, readAuditHead } from './audit-anchor';
import type { AuditLog } from './audit-log';
import { findRollback, type RecordKeys } from './rollback-check';

/**
 * The full check behind `audit.verify` and `aim-licence audit verify`: the hash chain from the
 * first entry to the last, then the anchor kept outside the database (signed, in a protected
 * folder), so that removing the newest entries is caught as well as editing or removing older
 * ones, then the newest backup's recorded head, so that a database put back to an older copy is
 * caught even with an anchor to match.
 */
export function verifyAuditTrail(
  db: Db,
  audit: Pick<AuditLog, 'verify'>,
  paths: Pick<DataPaths, 'dataDir' | 'backupDir'>,
  checkedAt: string,
  keys: RecordKeys,
): AuditVerificationView {
  const chain = audit.verify();
  const head = readAuditHead(db);
  const read = readAnchor(paths.dataDir);
  const anchor = read.state === 'ok' ? { seq: read.anchor.seq, hash: read.anchor.hash, at: read.anchor.at } : null;
  const base = { entries: chain.entries, head, anchor, checkedAt };
  const failed = (problem: string, firstBadSeq: number | null = null): AuditVerificationView => ({
    ...base,
    ok: false,
    firstBadSeq,
    problem,
  });
  if (!chain.ok) return { ...base, ...chain };
  if (read.state === 'unreadable')
    return failed(
      `the audit anchor file cannot be read (${read.reason}), so removal of the newest entries cannot be ruled out`,
    );
  if (read.state === 'missing' && head !== null)
    return failed('the audit anchor file is missing, so removal of the newest entries cannot be ruled out');
  const mismatch = read.state === 'ok' ? anchorProblem(db, read.anchor) : null;
  if (mismatch) return failed(mismatch.problem, mismatch.firstBadSeq);
  // Before the anchor's signature: a rolled-back database (with a made-up anchor) says more.
  const rollback = findRollback(db, paths.backupDir, keys);
  if (rollback) return failed(rollback.problem, rollback.liveHead ? rollback.liveHead.seq + 1 : 1);
  if (read.state === 'ok' && keys.protected) {
    const signature = anchorSignature(read.anchor, keys.lookup);
    if (signature !== 'valid') return failed(`the audit anchor ${signatureProblem[signature]}`);
  }
  return { ...base, ok: true, firstBadSeq: null, problem: null };
}
