import { DataTable, numeric } from '#renderer/components/table-head';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useRpc } from '../../api/client-context';
import { shortTime } from './format';

const outcomeLabels: Record<string, string> = {
  ok: 'OK',
  retry: 'Will retry',
  failed: 'Failed',
  paused: 'Paused',
  conflict: 'Conflict',
  skipped: 'Skipped',
  held: 'Held for its day',
};

/** Every attempt, newest first: what was tried, how it went, its error code and how long it took. */
export function SyncLogTable() {
  const [limit, setLimit] = useState(200);
  const log = useRpc('sync.log', { limit, beforeId: null });
  const rows = log.data ?? [];
  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title" className="card-title">
        Sync log
      </h2>
      {rows.length === 0 ? (
        <p className="muted">No sync attempts yet.</p>
      ) : (
        <div className="table-scroll">
          <DataTable
            className="data-table"
            label="Sync log"
            columns={[
              'Time',
              'Action',
              'Outcome',
              'Code',
              numeric('Licences', 'num'),
              'Details',
              numeric('Took', 'num'),
            ]}
            rows={rows}
            row={(row) => (
              <tr key={row.id} data-outcome={row.outcome}>
                <td className="nowrap">
                  <time dateTime={row.at}>{shortTime(row.at)}</time>
                </td>
                <td>{row.action}</td>
                <td>
                  <span className="sync-outcome" data-outcome={row.outcome}>
                    {outcomeLabels[row.outcome] ?? row.outcome}
                  </span>
                </td>
                <td>
                  {row.code ? <code className="error-code">{row.code}</code> : ''}
                  {row.httpStatus ? <span className="muted small"> HTTP {row.httpStatus}</span> : null}
                </td>
                <td className="num">{row.count || ''}</td>
                <td className="log-message">{row.message}</td>
                <td className="num nowrap">
                  {row.durationMs === null ? '' : `${row.durationMs.toLocaleString('en-US')} ms`}
                </td>
              </tr>
            )}
          />
        </div>
      )}
      {rows.length >= limit ? (
        <Button className="button button-quiet" onPress={() => setLimit((l) => l + 200)}>
          Show older
        </Button>
      ) : null}
    </section>
  );
}
