import type { TestCore } from '../../support/temp-core';

/** What existed before the operation: it must all still be there, unchanged, after any kill. */
export interface StoredBaseline {
  readonly licenceIds: string[];
  readonly auditEntries: number;
  readonly auditHead: { seq: number; hash: string } | null;
  /** Licence id → version, for the licences the operation must not touch. */
  readonly versions: Record<string, number>;
}

export function takeBaseline(core: TestCore): StoredBaseline {
  const rows = core.db
    .prepare<[], { id: string; version: number }>('SELECT id, version FROM licences ORDER BY rowid')
    .all();
  return {
    licenceIds: rows.map((r) => r.id),
    versions: Object.fromEntries(rows.map((r) => [r.id, r.version])),
    auditEntries: core.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()!.n,
    auditHead:
      core.db
        .prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')
        .get() ?? null,
  };
}

/** Everything in the baseline is still there: licences, and the audit trail up to its old head. */
export function baselineLosses(core: TestCore, baseline: StoredBaseline): string[] {
  const lost: string[] = [];
  const present = new Set(core.db.prepare<[], string>('SELECT id FROM licences').pluck().all());
  const missing = baseline.licenceIds.filter((id) => !present.has(id));
  if (missing.length > 0) lost.push(`${missing.length} licence(s) that existed before the operation are gone`);
  if (baseline.auditHead) {
    const row = core.db
      .prepare<[number], { hash: string }>('SELECT hash FROM audit_log WHERE seq = ?')
      .get(baseline.auditHead.seq);
    if (row?.hash !== baseline.auditHead.hash)
      lost.push(`audit entry ${baseline.auditHead.seq}, written before the operation, is gone or changed`);
  }
  return lost;
}
