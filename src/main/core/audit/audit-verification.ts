import type { AuditVerificationView } from '../../../shared/contract/audit';
import type { Db } from '../db/open-database';
import { anchorProblem, readAnchor, readAuditHead } from './audit-anchor';
import type { AuditLog } from './audit-log';

/**
 * The full check behind `audit.verify` and `aim-licence audit verify`: the hash chain from the
 * first entry to the last, then the anchor kept outside the database, so that removing the
 * newest entries is caught as well as editing or removing older ones.
 */
export function verifyAuditTrail(
  db: Db,
  audit: Pick<AuditLog, 'verify'>,
  dataDir: string,
  checkedAt: string,
): AuditVerificationView {
  const chain = audit.verify();
  const head = readAuditHead(db);
  const read = readAnchor(dataDir);
  const anchor = read.state === 'ok' ? read.anchor : null;
  const base = { entries: chain.entries, head, anchor, checkedAt };
  if (!chain.ok) return { ...base, ok: false, firstBadSeq: chain.firstBadSeq, problem: chain.problem };
  if (read.state === 'unreadable') {
    return {
      ...base,
      ok: false,
      firstBadSeq: null,
      problem: `the audit anchor file cannot be read (${read.reason}), so removal of the newest entries cannot be ruled out`,
    };
  }
  if (read.state === 'missing') {
    if (head === null) return { ...base, ok: true, firstBadSeq: null, problem: null };
    return {
      ...base,
      ok: false,
      firstBadSeq: null,
      problem: 'the audit anchor file is missing, so removal of the newest entries cannot be ruled out',
    };
  }
  const mismatch = anchorProblem(db, read.anchor);
  if (mismatch) return { ...base, ok: false, ...mismatch };
  return { ...base, ok: true, firstBadSeq: null, problem: null };
}
