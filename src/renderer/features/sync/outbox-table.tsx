import { DataTable, numeric, unseen } from '#renderer/components/table-head';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import {
  outboxOpLabels,
  outboxStateLabels,
  syncErrorLabels,
  type OutboxEntry,
  type OutboxState,
} from '../../../shared/sync/sync-model';
import { useRpc } from '../../api/client-context';
import { oneBanner, useAction } from '../../api/use-action';
import { ErrorBanner } from '../../components/error-banner';
import { displayDate } from '../../../shared/dates/iso-date';
import { notify } from '../../components/toasts';
import { shortTime } from './format';

const filters: { label: string; states: OutboxState[] }[] = [
  { label: 'Open', states: ['pending', 'in_flight', 'failed'] },
  { label: 'Failed', states: ['failed'] },
  { label: 'All', states: [] },
];

function EntryActions({ entry }: { entry: OutboxEntry }) {
  const retry = useAction('sync.retry');
  const withdraw = useAction('sync.withdraw');
  const actions = oneBanner([retry, withdraw]);
  const act = async (action: typeof retry | typeof withdraw, verb: string) => {
    const outcome = await actions.start(action).run({ ids: [entry.id] });
    if (!outcome) return;
    const refused = outcome.refused[0];
    notify(
      refused
        ? { tone: 'error', title: `Not ${verb}`, detail: refused.message }
        : { tone: 'success', title: `${entry.reference || 'Entry'} ${verb}` },
    );
  };
  return (
    <div className="row-actions">
      {entry.state === 'failed' && entry.lastErrorCode !== 'REJECTED' && entry.lastErrorCode !== 'CONFLICT' ? (
        <Button className="button button-secondary button-small" onPress={() => void act(retry, 'queued again')}>
          Retry
        </Button>
      ) : null}
      {entry.state === 'failed' || entry.state === 'pending' ? (
        <Button className="button button-quiet button-small" onPress={() => void act(withdraw, 'withdrawn')}>
          Withdraw
        </Button>
      ) : null}
      <ErrorBanner message={actions.message} />
    </div>
  );
}

/** Every outbox entry with its state, attempts and last error code; failed ones can be retried or withdrawn. */
export function OutboxTable() {
  const [filter, setFilter] = useState(0);
  const [limit, setLimit] = useState(100);
  const page = useRpc('sync.outbox', { states: filters[filter]!.states, limit, offset: 0 });
  const items = page.data?.items ?? [];
  return (
    <section aria-labelledby="queue-title">
      <div className="sync-toolbar">
        <h2 id="queue-title" className="card-title">
          Queue
        </h2>
        <div className="segmented" role="group" aria-label="Show">
          {filters.map((f, i) => (
            <Button
              key={f.label}
              className={`button button-small ${i === filter ? 'button-primary' : 'button-secondary'}`}
              aria-pressed={i === filter}
              onPress={() => setFilter(i)}
            >
              {f.label}
            </Button>
          ))}
        </div>
      </div>
      {items.length === 0 ? (
        <p className="muted">{filter === 0 ? 'Nothing is waiting for the portal.' : 'No entries.'}</p>
      ) : (
        <div className="table-scroll">
          <DataTable
            className="data-table"
            label="Sync queue"
            columns={[
              'Licence',
              'Operation',
              'State',
              numeric('Attempts', 'num'),
              'Last error',
              'Next try',
              unseen('Actions'),
            ]}
            rows={items}
            row={(entry) => (
              <tr key={entry.id} data-testid={`outbox-${entry.reference || entry.id}`}>
                <td>
                  <Link href={`/licences/${entry.licenceId}`}>{entry.reference || entry.licenceId.slice(-8)}</Link>
                </td>
                <td>{outboxOpLabels[entry.op]}</td>
                <td>
                  <span className="sync-state" data-state={entry.heldUntil ? 'held' : entry.state}>
                    {entry.state === 'pending' && entry.heldUntil
                      ? `Held until ${displayDate(entry.heldUntil)}`
                      : outboxStateLabels[entry.state]}
                  </span>
                  {entry.state === 'pending' && entry.heldUntil ? (
                    <span className="muted small"> first fileable day</span>
                  ) : null}
                </td>
                <td className="num">{entry.attempts}</td>
                <td className="error-cell">
                  {entry.lastErrorCode ? (
                    <>
                      <code className="error-code">{entry.lastErrorCode}</code>{' '}
                      <span className="muted small">{syncErrorLabels[entry.lastErrorCode]}</span>
                      {entry.state === 'failed' && entry.lastErrorMessage ? (
                        <span className="small error-message">{entry.lastErrorMessage}</span>
                      ) : null}
                    </>
                  ) : (
                    ''
                  )}
                </td>
                <td>
                  {entry.state === 'pending' && entry.heldUntil
                    ? displayDate(entry.heldUntil)
                    : entry.state === 'pending' && entry.nextAttemptAt
                      ? shortTime(entry.nextAttemptAt)
                      : ''}
                </td>
                <td>
                  <EntryActions entry={entry} />
                </td>
              </tr>
            )}
          />
        </div>
      )}
      {page.data && page.data.total > items.length ? (
        <Button className="button button-quiet" onPress={() => setLimit((l) => l + 100)}>
          Show more ({page.data.total - items.length} more)
        </Button>
      ) : null}
    </section>
  );
}
