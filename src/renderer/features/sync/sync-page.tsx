import { Button, ProgressBar, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';

import { oneBanner, useAction } from '#renderer/api/use-action';
import { ErrorBanner } from '#renderer/components/error-banner';
import { PageHeader } from '#renderer/components/page-header';
import { notify } from '#renderer/components/toasts';
import { useSaveFile } from '#renderer/files/files-context';
import { displayDate } from '#shared/dates/iso-date';

import { ConflictsPanel } from './conflicts-panel';
import { ConnectionCard } from './connection-card';
import { shortTime } from './format';
import { OutboxTable } from './outbox-table';
import { ReadyList } from './ready-list';
import { SyncLogTable } from './sync-log-table';
import { statusLine, syncStateLabels, useSyncStatus } from './use-sync-status';

import '#renderer/styles/sync.css';

/** The tabs of the sync page, in order; each has a panel of the same id below. */
const syncViews = [
  { id: 'queue', label: 'Queue' },
  { id: 'ready', label: 'Ready to file' },
  { id: 'log', label: 'Sync log' },
  { id: 'connection', label: 'Connection' },
] as const;

/** Filing through the portal: status, the queue, licences ready to file, the log and the connection. */
export function SyncPage() {
  const { status, overview } = useSyncStatus();
  const diagnostics = useAction('sync.diagnostics');
  const syncNow = useAction('sync.now');
  const actions = oneBanner([diagnostics, syncNow]);

  const saveFile = useSaveFile();
  const exportDiagnostics = async () => {
    const bundle = await actions.start(diagnostics).run({});
    if (!bundle) return;
    const saved = await saveFile('diagnostics', {
      fileName: bundle.fileName,
      mediaType: 'application/json',
      content: { text: bundle.content },
    });
    if (!saved) return;
    notify({
      tone: 'success',
      title: 'Diagnostics exported',
      detail: 'The file has the sync log, settings and queue states; no password or token.',
    });
  };

  return (
    <>
      <PageHeader
        title="Filing gateway"
        subtitle="Licences queued here are filed through your organisation's filing gateway (not directly on trade.gov) when you are connected; the decisions come back here."
        actions={
          <>
            <Button
              className="button button-primary"
              onPress={() => void actions.start(syncNow).run({ reason: 'now' })}
              isDisabled={status?.state === 'syncing'}
            >
              Sync now
            </Button>
            <Button className="button button-secondary" onPress={() => void exportDiagnostics()}>
              Export diagnostics
            </Button>
          </>
        }
      />
      <ErrorBanner message={actions.message} />
      {status ? (
        <section className="card sync-status" data-state={status.state} aria-labelledby="sync-status-title">
          <div className="sync-status-head">
            <h2 id="sync-status-title" className="card-title">
              <span className="sync-dot" aria-hidden="true" /> {syncStateLabels[status.state]}
            </h2>
            <p className="muted small">
              {status.lastSyncAt ? `Last complete sync ${shortTime(status.lastSyncAt)}` : 'Never synced yet'}
            </p>
          </div>
          <p role="status" data-testid="sync-status-message">
            {status.message || statusLine(status)}
          </p>
          <dl className="sync-counts">
            <div>
              <dt>Waiting</dt>
              <dd>{(status.pending - status.held).toLocaleString('en-US')}</dd>
            </div>
            <div>
              <dt>Held for a later day</dt>
              <dd title={status.heldUntil ? `The first is sent on ${displayDate(status.heldUntil)}` : undefined}>
                {status.held.toLocaleString('en-US')}
              </dd>
            </div>
            <div>
              <dt>Sending</dt>
              <dd>{status.inFlight.toLocaleString('en-US')}</dd>
            </div>
            <div>
              <dt>Failed</dt>
              <dd className={status.failed > 0 ? 'is-bad' : ''}>{status.failed.toLocaleString('en-US')}</dd>
            </div>
            <div>
              <dt>Conflicts</dt>
              <dd className={status.conflicts > 0 ? 'is-bad' : ''}>{status.conflicts.toLocaleString('en-US')}</dd>
            </div>
          </dl>
          {status.progress && status.state === 'syncing' ? (
            <ProgressBar
              className="sync-progress"
              value={status.progress.done}
              maxValue={status.progress.total}
              aria-label="Licences sent in this sync"
            >
              {({ percentage }) => (
                <>
                  <span className="small">
                    {status.progress!.done.toLocaleString('en-US')} of {status.progress!.total.toLocaleString('en-US')}{' '}
                    sent
                  </span>
                  <div className="sync-progress-track">
                    <div className="sync-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
                  </div>
                </>
              )}
            </ProgressBar>
          ) : null}
        </section>
      ) : null}
      <ConflictsPanel />
      <Tabs className="sync-tabs" defaultSelectedKey="queue">
        <TabList aria-label="Sync views" className="tab-list">
          {syncViews.map(({ id, label }) => (
            <Tab key={id} id={id} className="tab">
              {label}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="queue" className="card tab-panel">
          <OutboxTable />
        </TabPanel>
        <TabPanel id="ready" className="card tab-panel">
          <ReadyList />
        </TabPanel>
        <TabPanel id="log" className="card tab-panel">
          <SyncLogTable />
        </TabPanel>
        <TabPanel id="connection" className="tab-panel">
          {overview.data ? (
            <ConnectionCard overview={{ ...overview.data, ...(status ? { status } : {}) }} />
          ) : (
            <p className="muted">Loading…</p>
          )}
        </TabPanel>
      </Tabs>
    </>
  );
}
