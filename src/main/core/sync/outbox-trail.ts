import type { AuditLog } from '../audit/audit-log';
import type { OutboxRow } from './outbox-repository';

/** The trail of an outbox entry the user moved on (retried, withdrawn): its state and last error before, the new state after. */
export const auditEntryMoved = (audit: AuditLog, row: OutboxRow, action: string, state: OutboxRow['state']) =>
  audit.append({
    entity: 'outbox',
    entityId: row.id,
    action,
    before: { state: row.state, code: row.last_error_code },
    after: { state },
  });

/** The trail of an unfinished outbox entry closed by the app, and what closed it. */
export const auditEntryClosed = (audit: AuditLog, row: OutboxRow, action: string, by: string) =>
  audit.append({
    entity: 'outbox',
    entityId: row.id,
    action,
    before: { state: row.state },
    after: { state: 'withdrawn', by },
  });
