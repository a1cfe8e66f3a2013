import type { Db } from '#core/db/open-database';
import type { OutboxEntry, OutboxOp, OutboxState, SyncErrorCode } from '#shared/sync/sync-model';

export interface OutboxRow {
  id: string;
  licence_id: string;
  reference: string;
  op: OutboxOp;
  payload: string;
  base_version: number | null;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string | null;
  last_error_code: SyncErrorCode | null;
  last_error_message: string | null;
  result: string | null;
  /** A filing queued before its first fileable day waits until this date (YYYY-MM-DD, local); else null. */
  hold_until: string | null;
  created_at: string;
  updated_at: string;
}

export const rowToEntry = (row: OutboxRow): OutboxEntry => ({
  id: row.id,
  licenceId: row.licence_id,
  reference: row.reference,
  op: row.op,
  state: row.state,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  lastErrorCode: row.last_error_code,
  lastErrorMessage: row.last_error_message,
  heldUntil: row.hold_until,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface NewOutboxEntry {
  readonly id: string;
  readonly licenceId: string;
  readonly reference: string;
  readonly op: OutboxOp;
  readonly payload: unknown;
  readonly baseVersion: number | null;
  /** Not sent before this date (the licence's first fileable day). */
  readonly holdUntil?: string | null;
}

/**
 * SQL for the outbox. Callers own the transaction, so an entry is written with the licence
 * change it belongs to. Order is insertion order (rowid), first in first out.
 */
export function createOutboxRepository(db: Db) {
  const insert = db.prepare(`
    INSERT INTO sync_outbox (id, licence_id, reference, op, payload, base_version, state, hold_until, created_at, updated_at)
    VALUES (@id, @licence_id, @reference, @op, @payload, @base_version, 'pending', @hold_until, @at, @at)`);
  const byId = db.prepare<[string], OutboxRow>('SELECT * FROM sync_outbox WHERE id = ?');
  const due = db.prepare<[string, string, number], OutboxRow>(`
    SELECT * FROM sync_outbox WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
      AND (hold_until IS NULL OR hold_until <= ?)
    ORDER BY rowid LIMIT ?`);
  const held = db.prepare<[string], { n: number; first: string | null }>(
    `SELECT count(*) AS n, min(hold_until) AS first FROM sync_outbox WHERE state = 'pending' AND hold_until > ?`,
  );
  const release = db.prepare('UPDATE sync_outbox SET hold_until = NULL WHERE id = ?');
  const inFlight = db.prepare<[], OutboxRow>(`SELECT * FROM sync_outbox WHERE state = 'in_flight' ORDER BY rowid`);
  const nextAttempt = db
    .prepare<[], string | null>(`SELECT min(next_attempt_at) AS at FROM sync_outbox WHERE state = 'pending'`)
    .pluck();
  const counts = db.prepare<[], { state: OutboxState; n: number }>(
    'SELECT state, count(*) AS n FROM sync_outbox GROUP BY state',
  );
  const setState = db.prepare(`
    UPDATE sync_outbox SET state = @state, attempts = @attempts, next_attempt_at = @next_attempt_at,
      last_error_code = @last_error_code, last_error_message = @last_error_message, updated_at = @at
    WHERE id = @id`);
  const setResult = db.prepare(
    `UPDATE sync_outbox SET state = @state, result = @result, last_error_code = @code, last_error_message = @message, updated_at = @at WHERE id = @id`,
  );
  const openForLicence = db.prepare<[string], OutboxRow>(
    `SELECT * FROM sync_outbox WHERE licence_id = ? AND state IN ('pending','in_flight','failed') ORDER BY rowid`,
  );

  return {
    insert(entry: NewOutboxEntry, at: string): void {
      insert.run({
        id: entry.id,
        licence_id: entry.licenceId,
        reference: entry.reference,
        op: entry.op,
        payload: JSON.stringify(entry.payload),
        base_version: entry.baseVersion,
        hold_until: entry.holdUntil ?? null,
        at,
      });
    },
    get: (id: string): OutboxRow | undefined => byId.get(id),
    /** Waiting entries whose retry time has come and whose hold (if any) ended by `today` (local date). */
    due: (now: string, today: string, limit: number): OutboxRow[] => due.all(now, today, limit),
    /** Filings still held for their first fileable day on `today`, and the earliest such day. */
    held(today: string): { count: number; firstDay: string | null } {
      const row = held.get(today)!;
      return { count: row.n, firstDay: row.first };
    },
    /** The hold is over (the entry is being sent): it no longer waits for a day. */
    releaseHold: (id: string): void => void release.run(id),
    inFlight: (): OutboxRow[] => inFlight.all(),
    /** Entries of a licence that are not finished (waiting, on their way, or failed and kept). */
    unfinishedFor: (licenceId: string): OutboxRow[] => openForLicence.all(licenceId),
    earliestNextAttempt: (): string | null => nextAttempt.get() ?? null,
    counts(): Record<OutboxState, number> {
      const result: Record<OutboxState, number> = { pending: 0, in_flight: 0, done: 0, failed: 0, withdrawn: 0 };
      for (const row of counts.all()) result[row.state] = row.n;
      return result;
    },
    update(
      row: OutboxRow,
      change: Partial<
        Pick<OutboxRow, 'state' | 'attempts' | 'next_attempt_at' | 'last_error_code' | 'last_error_message'>
      >,
      at: string,
    ): OutboxRow {
      const next = { ...row, ...change, updated_at: at };
      setState.run({
        id: row.id,
        state: next.state,
        attempts: next.attempts,
        next_attempt_at: next.next_attempt_at,
        last_error_code: next.last_error_code,
        last_error_message: next.last_error_message,
        at,
      });
      return next;
    },
    finish(
      id: string,
      state: 'done' | 'failed',
      result: unknown,
      at: string,
      error: { code: SyncErrorCode; message: string } | null = null,
    ): void {
      setResult.run({
        id,
        state,
        result: JSON.stringify(result),
        code: error?.code ?? null,
        message: error?.message ?? null,
        at,
      });
    },
    list(filter: { states: readonly OutboxState[]; limit: number; offset: number }): {
      items: OutboxRow[];
      total: number;
    } {
      const where = filter.states.length > 0 ? `WHERE state IN (${filter.states.map(() => '?').join(',')})` : '';
      const total = (
        db.prepare(`SELECT count(*) AS n FROM sync_outbox ${where}`).get(...filter.states) as { n: number }
      ).n;
      const items = db
        .prepare<unknown[], OutboxRow>(`SELECT * FROM sync_outbox ${where} ORDER BY rowid DESC LIMIT ? OFFSET ?`)
        .all(...filter.states, filter.limit, filter.offset);
      return { items, total };
    },
  };
}
export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
