import type { Db } from '#core/db/open-database';
import type { AuditPage, AuditQuery } from '#shared/contract/audit';

import type { AuditRow } from './audit-log';

/** Entries are shown exactly as stored; a value that is not JSON (a hand edit) is shown as text. */
function parseStored(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Reads pages of the audit trail, newest first. Read-only: nothing here writes to audit_log. */
export function createAuditQuery(db: Db) {
  return {
    list(query: AuditQuery): AuditPage {
      const where: string[] = [];
      const params: Record<string, string> = {};
      if (query.entity !== '') {
        where.push('entity = @entity');
        params.entity = query.entity;
      }
      if (query.entityId !== '') {
        where.push('entity_id = @entityId');
        params.entityId = query.entityId;
      }
      const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const total = db
        .prepare<Record<string, string>, { n: number }>(`SELECT count(*) AS n FROM audit_log ${clause}`)
        .get(params)!.n;
      const rows = db
        .prepare<Record<string, string | number>, AuditRow>(
          `SELECT * FROM audit_log ${clause} ORDER BY seq DESC LIMIT @limit OFFSET @offset`,
        )
        .all({ ...params, limit: query.limit, offset: query.offset });
      return {
        total,
        items: rows.map((row) => ({
          seq: row.seq,
          at: row.at,
          actor: row.actor,
          entity: row.entity,
          entityId: row.entity_id,
          action: row.action,
          before: parseStored(row.before),
          after: parseStored(row.after),
          hash: row.hash,
        })),
      };
    },
  };
}
