import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { DatabaseCheck } from '../../../shared/contract/backups';
import { useClient, useRpc } from '../../api/client-context';
import { oneBanner, useAction } from '../../api/use-action';
import { PageHeader } from '../../components/page-header';
import { notify } from '../../components/toasts';
import { BackupList } from './backup-list';
import { BackupScheduleForm } from './backup-schedule-form';
import { backupTime } from './backup-format';
import '../../styles/records-trust.css';
import { ErrorBanner } from '../../components/error-banner';
import { TaskProgressBar } from '../../components/task-progress-bar';
import { useTaskProgress } from '../../api/use-task-progress';
import { FileDropTarget } from '../../files/file-drop-target';
import type { PickedFile } from '../../files/file-transfer';
import { BackupFolderCard } from './backup-folder-card';
import { Card } from '../../components/card';

/** Backups on demand and on a schedule, their checks, and a full check of the live database. */
export function BackupsPage() {
  const client = useClient();
  const overview = useRpc('backups.list', {});
  const inspectFolder = useAction('backups.inspectFolder');
  const create = useAction('backups.create');
  const checkDb = useAction('backups.checkDatabase');
  const actions = oneBanner([inspectFolder, create, checkDb]);
  const [dbCheck, setDbCheck] = useState<DatabaseCheck | null>(null);
  const { refetch } = overview;
  // A backup taken by the schedule shows its progress here too.
  const progress = useTaskProgress('backup');

  const [inspected, setInspected] = useState<Parameters<typeof BackupFolderCard>[0]['inspected']>(null);

  /** A backup folder chosen or dropped: checked by the core before it can be restored. */
  const inspect = async (folder: PickedFile) => {
    if (!folder.token) return;
    setInspected(null);
    const found = await actions.start(inspectFolder).run({ token: folder.token });
    if (found) setInspected({ folder, ...found });
  };

  async function backUpNow() {
    const backup = await actions.start(create).run({});
    if (!backup) return;
    notify({
      tone: backup.integrity === 'ok' ? 'success' : 'error',
      title: backup.integrity === 'ok' ? 'Backup taken' : 'Backup taken, but the database failed its check',
      detail: `${backup.licences ?? 0} licences and ${backup.files} attachments, ${backupTime(backup.createdAt)}.`,
    });
    await refetch();
  }

  async function checkDatabase() {
    const checked = await actions.start(checkDb).run({});
    if (checked) setDbCheck(checked);
  }
  const taking = create.busy;
  const checkingDb = checkDb.busy;

  const data = overview.data;
  return (
    <FileDropTarget
      kind="backup-folder"
      hint="Drop a backup folder to check it"
      disabled={client.host !== 'electron'}
      onPicked={(picked) => picked.files[0] && void inspect(picked.files[0])}
    >
      <PageHeader
        title="Backups"
        subtitle="Consistent copies of the database and every attached document, taken while you work, each with a SHA-256 manifest."
        actions={
          <Button className="button button-primary" onPress={() => void backUpNow()} isDisabled={taking}>
            {taking ? 'Backing up…' : 'Back up now'}
          </Button>
        }
      />
      {taking || progress ? <TaskProgressBar progress={progress} fallback="Taking a backup" /> : null}
      <ErrorBanner message={actions.message} />
      <ErrorBanner message={overview.error?.message} />

      <Card titleId="backups-title" title="Backups">
        {data ? <BackupList backups={data.backups} /> : <p className="muted">Loading…</p>}
        {data ? (
          <p className="muted small">
            Kept in <code>{data.backupDir}</code>. A backup on the same disk does not survive that disk: copy this
            folder to another drive from time to time.
          </p>
        ) : null}
      </Card>

      <BackupFolderCard inspected={inspected} onInspect={(folder) => void inspect(folder)} />

      <Card titleId="schedule-title" title="Schedule">
        {data ? (
          <>
            <p>
              {data.nextDueAt
                ? `Next automatic backup: ${backupTime(data.nextDueAt)} (or at the next start after that).`
                : 'Automatic backups are off.'}
            </p>
            <BackupScheduleForm
              key={`${data.schedule.intervalHours}-${data.schedule.keep}`}
              schedule={data.schedule}
              onSaved={() => void refetch()}
            />
          </>
        ) : null}
      </Card>

      <section className="card" aria-labelledby="dbcheck-title">
        <div className="trust-card-head">
          <h2 id="dbcheck-title" className="card-title">
            Database check
          </h2>
          <Button className="button button-secondary" onPress={() => void checkDatabase()} isDisabled={checkingDb}>
            {checkingDb ? 'Checking…' : 'Check database now'}
          </Button>
        </div>
        <p className="muted">
          The app runs SQLite&apos;s quick check at every start. This runs the full integrity check and looks for
          records pointing at missing records.
        </p>
        {dbCheck ? (
          dbCheck.ok ? (
            <p className="banner banner-success" role="status">
              The database passed the full integrity check ({dbCheck.milliseconds} ms).
            </p>
          ) : (
            <div className="banner banner-error" role="alert">
              <strong>The database failed its integrity check.</strong> Backups taken earlier are not affected, and the
              newest good one is never removed. Check the newest good backup above, restore it into a new folder with{' '}
              <code>aim-licence backup restore</code>, and get help before making more changes. Problems found:
              <ul>
                {dbCheck.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )
        ) : null}
      </section>
    </FileDropTarget>
  );
}
