import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { SyncLogEntry } from '#shared/sync/sync-model';

export type SyncLogInput = Omit<SyncLogEntry, 'id' | 'at' | 'code' | 'httpStatus' | 'durationMs' | 'count'> &
  Partial<Pick<SyncLogEntry, 'code' | 'httpStatus' | 'durationMs' | 'count'>>;

interface LogRow {
  id: number;
  at: string;
  action: SyncLogEntry['action'];
  outcome: SyncLogEntry['outcome'];
  code: string | null;
  http_status: number | null;
  count: number;
  message: string;
  duration_ms: number | null;
}

/** Rows kept: enough for months of normal use; the oldest go first. */
const keepRows = 50_000;

/** Every attempt and its outcome. Messages never carry a token (the gateway never puts one in). */
export function createSyncLog(db: Db, clock: Clock) {
  const insert = db.prepare(`
    INSERT INTO sync_log (at, action, outcome, code, http_status, count, message, duration_ms)
    VALUES (@at, @action, @outcome, @code, @http_status, @count, @message, @duration_ms)`);
  const prune = db.prepare('DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?');
  let writes = 0;
  const toEntry = (row: LogRow): SyncLogEntry => ({
    id: row.id,
    at: row.at,
    action: row.action,
    outcome: row.outcome,
    code: row.code,
    httpStatus: row.http_status,
    count: row.count,
    message: row.message,
    durationMs: row.duration_ms,
  });
  return {
    write(entry: SyncLogInput): void {
      insert.run({
        at: clock.now().toISOString(),
        action: entry.action,
        outcome: entry.outcome,
        code: entry.code ?? null,
        http_status: entry.httpStatus ?? null,
        count: entry.count ?? 0,
        message: entry.message,
        duration_ms: entry.durationMs === null || entry.durationMs === undefined ? null : Math.round(entry.durationMs),
      });
      writes += 1;
      if (writes % 1000 === 0) prune.run(keepRows);
    },
    list(limit: number, beforeId: number | null): SyncLogEntry[] {
      const rows =
        beforeId === null
          ? db.prepare<[number], LogRow>('SELECT * FROM sync_log ORDER BY id DESC LIMIT ?').all(limit)
          : db
              .prepare<[number, number], LogRow>('SELECT * FROM sync_log WHERE id < ? ORDER BY id DESC LIMIT ?')
              .all(beforeId, limit);
      return rows.map(toEntry);
    },
  };
}
export type SyncLog = ReturnType<typeof createSyncLog>;
