import { TableHead } from '#renderer/components/table-head';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { AuditEntryView } from '../../../shared/contract/audit';
import { fieldChanges } from '../../../shared/records/audit-changes';
import { auditActionLabel, auditEntityLabel } from './audit-labels';
import { countOf } from '../../../shared/text/plural';
import { displayDateTime } from '../../../shared/dates/iso-date';

/** What the record was called, when its snapshot says so (a licence's reference, a supplier's name). */
function recordName(entry: AuditEntryView): string {
  const snapshot = (entry.after ?? entry.before) as Record<string, unknown> | null;
  const name =
    snapshot && typeof snapshot === 'object' ? (snapshot.reference ?? snapshot.name ?? snapshot.title) : undefined;
  return typeof name === 'string' && name !== ''
    ? name
    : entry.entityId.length > 12
      ? `…${entry.entityId.slice(-8)}`
      : entry.entityId;
}

export function AuditEntryRow({ entry }: { entry: AuditEntryView }) {
  const [open, setOpen] = useState(false);
  const changes = fieldChanges(entry.before, entry.after);
  const detailsId = `audit-changes-${entry.seq}`;
  return (
    <>
      <tr data-testid={`audit-entry-${entry.seq}`}>
        <td className="cell-number">{entry.seq}</td>
        <td>
          <time dateTime={entry.at}>{displayDateTime(entry.at, { seconds: true })}</time>
        </td>
        <td>{entry.actor}</td>
        <td>
          <span className="cell-title">{auditEntityLabel(entry.entity)}</span>{' '}
          <span className="muted">{recordName(entry)}</span>
        </td>
        <td>{auditActionLabel(entry.action)}</td>
        <td>
          {changes.length === 0 ? (
            <span className="muted">—</span>
          ) : (
            <Button
              className="button button-quiet"
              onPress={() => setOpen(!open)}
              aria-expanded={open}
              aria-controls={detailsId}
            >
              {open ? 'Hide' : 'Show'} {countOf(changes.length, 'field')}
            </Button>
          )}
        </td>
      </tr>
      {open ? (
        <tr className="audit-changes-row">
          <td colSpan={6} id={detailsId}>
            <table className="audit-changes">
              <caption className="visually-hidden">Fields changed by entry {entry.seq}</caption>
              <TableHead columns={['Field', 'Before', 'After']} />
              <tbody>
                {changes.map((c) => (
                  <tr key={c.path}>
                    <th scope="row" className="cell-mono">
                      {c.path}
                    </th>
                    <td className={c.before === null ? 'muted' : ''}>{c.before ?? '(none)'}</td>
                    <td className={c.after === null ? 'muted' : ''}>{c.after ?? '(none)'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </td>
        </tr>
      ) : null}
    </>
  );
}
