import { hash } from 'node:crypto';

import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';

export type AuditEntity =
  'licence' | 'profile' | 'setting' | 'supplier' | 'product' | 'document' | 'outbox' | 'reference' | 'system';

export interface AuditEntry {
  readonly entity: AuditEntity;
  readonly entityId: string;
  readonly action: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

export const genesisHash = '0'.repeat(64);

/**
 * The hash covers the stored text exactly, so verifying needs no re-serialisation. One-shot
 * `hash` rather than a Hash object per entry: an import chains thousands of entries.
 */
export function auditHash(row: Omit<AuditRow, 'hash'>): string {
  const fields = [
    row.prev_hash,
    String(row.seq),
    row.at,
    row.actor,
    row.entity,
    row.entity_id,
    row.action,
    row.before ?? '\u0000',
    row.after ?? '\u0000',
  ];
  return hash('sha256', fields.join('\u001f'), 'hex');
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly entries: number;
  /** The first entry whose content or place in the chain no longer matches. */
  readonly firstBadSeq: number | null;
  readonly problem: string | null;
}

export interface AuditLog {
  /** Must be called inside the transaction that makes the change it records. */
  append(entry: AuditEntry): void;
  /** Several entries of one change (an import), chained in order. Same transaction rule. */
  appendMany(entries: readonly AuditEntry[]): void;
  verify(): AuditVerification;
  history(entity: AuditEntity, entityId: string): AuditRow[];
}

export function createAuditLog(db: Db, clock: Clock, actor: () => string): AuditLog {
  const last = db.prepare<[], { seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  const insert = db.prepare(
    `INSERT INTO audit_log (seq, at, actor, entity, entity_id, action, before, after, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

  function appendMany(entries: readonly AuditEntry[]): void {
    if (!db.inTransaction) throw new Error('Audit entries are written in the same transaction as the change.');
    if (entries.length === 0) return;
    // One read of the chain's end, the time and the profile for the whole batch (an import
    // appends thousands); the transaction keeps other writers out until it commits.
    const previous = last.get();
    let seq = previous?.seq ?? 0;
    let prevHash = previous?.hash ?? genesisHash;
    const at = clock.now().toISOString();
    const who = actor();
    for (const entry of entries) {
      seq += 1;
      const row = {
        seq,
        at,
        actor: who,
        entity: entry.entity,
        entity_id: entry.entityId,
        action: entry.action,
        before: json(entry.before),
        after: json(entry.after),
        prev_hash: prevHash,
      };
      const hash = auditHash(row);
      insert.run(seq, at, who, row.entity, row.entity_id, row.action, row.before, row.after, prevHash, hash);
      prevHash = hash;
    }
  }

  return {
    append: (entry) => appendMany([entry]),
    appendMany,
    verify() {
      let expectedPrev = genesisHash;
      let expectedSeq = 1;
      let entries = 0;
      for (const row of db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq').iterate()) {
        entries += 1;
        const bad = (problem: string): AuditVerification => ({ ok: false, entries, firstBadSeq: row.seq, problem });
        if (row.seq !== expectedSeq) return bad(`entry ${expectedSeq} is missing`);
        if (row.prev_hash !== expectedPrev) return bad(`entry ${row.seq} does not follow entry ${row.seq - 1}`);
        if (auditHash(row) !== row.hash) return bad(`entry ${row.seq} was altered after it was written`);
        expectedPrev = row.hash;
        expectedSeq += 1;
      }
      return { ok: true, entries, firstBadSeq: null, problem: null };
    },
    history(entity, entityId) {
      return db
        .prepare<[string, string], AuditRow>('SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq')
        .all(entity, entityId);
    },
  };
}
