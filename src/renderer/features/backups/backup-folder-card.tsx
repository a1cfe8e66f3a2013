import { Button } from 'react-aria-components';
import type { BackupSummary } from '../../../shared/contract/backups';
import { useClient } from '../../api/client-context';
import { useAction } from '../../api/use-action';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { notify } from '../../components/toasts';
import { FileChooser } from '../../files/file-chooser';
import type { PickedFile } from '../../files/file-transfer';
import { backupTime } from './backup-format';
import { Card } from '../../components/card';

interface Inspected {
  readonly folder: PickedFile;
  readonly summary: BackupSummary;
  readonly ok: boolean;
  readonly problems: string[];
}

/** What the Backups page does with a folder dropped on it (see BackupsPage). */
export type InspectFolder = (folder: PickedFile) => void;

/**
 * Restoring a backup kept elsewhere (a USB drive, the old computer): choose or drop its folder,
 * see what it holds and whether every file checks out, then replace the data in use with it.
 * Desktop app only: a browser cannot hand the app a folder.
 */
export function BackupFolderCard({ inspected, onInspect }: { inspected: Inspected | null; onInspect: InspectFolder }) {
  const client = useClient();
  const restore = useAction('backups.restoreFolder');
  const confirming = useConfirmation();

  if (client.host !== 'electron') {
    return (
      <Card titleId="folder-title" title="Restore a backup kept elsewhere">
        <p className="muted">
          A backup folder copied to another drive is restored in the desktop app (choose the folder, or drop it on this
          page), or into a new data folder with <code>aim-licence backup restore --from FOLDER --to NEW_DIR</code>.
        </p>
      </Card>
    );
  }

  const replace = async () => {
    confirming.close();
    if (!inspected?.folder.token) return;
    const outcome = await restore.run({ token: inspected.folder.token, confirm: 'REPLACE' });
    if (!outcome) return;
    notify({
      tone: 'success',
      title: `Restored the backup of ${backupTime(inspected.summary.createdAt)}`,
      detail: `The data it replaced was moved to ${outcome.setAsideIn ?? 'nowhere (there was none)'}.`,
    });
    // Every screen reads the restored data from the start.
    window.location.reload();
  };

  return (
    <section className="card" aria-labelledby="folder-title">
      <div className="trust-card-head">
        <h2 id="folder-title" className="card-title">
          Restore a backup kept elsewhere
        </h2>
        <FileChooser
          kind="backup-folder"
          label="Choose a backup folder…"
          onPicked={(p) => p.files[0] && onInspect(p.files[0])}
        />
      </div>
      <p className="muted">
        Choose (or drop on this page) a backup folder copied to another drive or brought from another computer. It is
        checked file by file before anything changes.
      </p>
      {inspected ? (
        <div
          className={`banner ${inspected.ok ? 'banner-info' : 'banner-error'}`}
          role="status"
          data-testid="backup-folder-check"
        >
          <p>
            <strong>{inspected.folder.name}</strong>: backup of {backupTime(inspected.summary.createdAt)},{' '}
            {inspected.summary.licences ?? 0} licences and {inspected.summary.files} attachments, app version{' '}
            {inspected.summary.appVersion}.{' '}
            {inspected.ok ? 'Every file matches its manifest.' : 'It cannot be restored:'}
          </p>
          {inspected.problems.length > 0 ? (
            <ul>
              {inspected.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          {inspected.ok ? (
            <Button className="button button-danger" onPress={confirming.ask} isDisabled={restore.busy}>
              {restore.busy ? 'Restoring…' : 'Replace the current data with this backup'}
            </Button>
          ) : null}
        </div>
      ) : null}
      <ErrorBanner message={restore.error?.message} />
      <ConfirmDialog
        {...confirming.dialog}
        title="Replace the current data with this backup?"
        confirmLabel="Replace with the backup"
        onConfirm={() => void replace()}
      >
        Everything recorded after {inspected ? backupTime(inspected.summary.createdAt) : 'the backup'} is no longer
        shown. The current database is not deleted: it is moved to a “set-aside” folder in the data folder.
      </ConfirmDialog>
    </section>
  );
}
