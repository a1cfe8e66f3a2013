import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Radio, RadioGroup } from 'react-aria-components';
import {
  keepRolledBackConfirmation,
  startEmptyConfirmation,
  type RecoveryStatus,
} from '../../../shared/contract/recovery';
import { oneBanner, useAction } from '../../api/use-action';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { notify } from '../../components/toasts';
import { backupKindLabel, backupSize, backupTime, latestGoodBackup } from '../backups/backup-format';
import '../../styles/records-trust.css';
import { ErrorBanner } from '../../components/error-banner';
import { TaskProgressBar } from '../../components/task-progress-bar';
import { useTaskProgress } from '../../api/use-task-progress';
import { Card } from '../../components/card';

type Recovering = Extract<RecoveryStatus, { mode: 'recovery' }>;

const titles: Record<Recovering['reason'], string> = {
  damaged: 'Your data could not be opened',
  missing: 'Your data file is missing',
  'rolled-back': 'Your data is older than its newest backup',
};

/**
 * Shown instead of the app when the database is damaged, missing or older than its newest backup:
 * restore a backup, retry, keep an older database on purpose, or (explicitly) start empty.
 */
export function RecoveryScreen({ status }: { status: Recovering }) {
  const queryClient = useQueryClient();
  const recommended = latestGoodBackup(status.backups);
  const [chosen, setChosen] = useState<string | null>(recommended?.id ?? null);
  const restoreBackup = useAction('recovery.restore');
  const retryOpening = useAction('recovery.retry');
  const startOnEmpty = useAction('recovery.startEmpty');
  const keepOlder = useAction('recovery.keepDatabase');
  const actions = oneBanner([restoreBackup, retryOpening, startOnEmpty, keepOlder]);
  // The data still cannot be opened after a step that worked: said in the same banner as a failure.
  const [stillBroken, setStillBroken] = useState<string | null>(null);
  const error = stillBroken ?? actions.message;
  const busy = actions.busy;
  const confirmEmpty = useConfirmation();
  const progress = useTaskProgress('restore');
  const confirmKeep = useConfirmation();
  const current = status.reason === 'missing' ? 'remaining' : status.reason === 'damaged' ? 'damaged' : 'older';

  const reopened = () => queryClient.invalidateQueries();
  /** Runs one recovery step; the banner then shows its failure only. */
  const begin = <A extends Parameters<typeof actions.start>[0]>(action: A): A => {
    setStillBroken(null);
    return actions.start(action);
  };

  const restore = async () => {
    if (!chosen) return;
    const outcome = await begin(restoreBackup).run({ backupId: chosen });
    if (!outcome) return;
    notify({
      tone: 'success',
      title: 'Backup restored',
      detail: outcome.setAsideIn
        ? `The damaged file was kept in ${outcome.setAsideIn}.`
        : 'The app opened the restored data.',
    });
    await reopened();
  };

  const retry = async () => {
    const next = await begin(retryOpening).run({});
    if (!next) return;
    if (next.mode === 'normal') await reopened();
    else setStillBroken(`Still cannot open the data: ${next.problem}`);
  };

  const startEmpty = async () => {
    confirmEmpty.close();
    if (!(await begin(startOnEmpty).run({ confirm: startEmptyConfirmation }))) return;
    notify({
      tone: 'info',
      title: 'Started on an empty database',
      detail: 'The damaged file was kept in the data folder.',
    });
    await reopened();
  };

  const keep = async () => {
    confirmKeep.close();
    const next = await begin(keepOlder).run({ confirm: keepRolledBackConfirmation });
    if (!next) return;
    if (next.mode !== 'normal') {
      setStillBroken(`Still cannot open the data: ${next.problem}`);
      return;
    }
    notify({
      tone: 'info',
      title: 'Kept the older database',
      detail: 'The audit trail records that you chose to keep it, and which backup was newer.',
    });
    await reopened();
  };

  return (
    <main className="recovery" id="main" tabIndex={-1}>
      <h1 className="page-title">{titles[status.reason]}</h1>
      <ErrorBanner message={status.problem} />
      <p>
        Nothing has been deleted. Restoring a backup moves the {current} database files into a<code> set-aside-…</code>{' '}
        folder of the data folder and puts the backup in their place. Changes made after the backup was taken are not in
        it.
      </p>
      {status.reason === 'rolled-back' ? (
        <p>
          This happens when the data file was replaced by an older copy (by hand, by a sync or backup tool, or by
          someone covering changes). Licences and documents recorded after that copy are not in it: restore the newest
          backup to get them back.
        </p>
      ) : null}
      <dl className="facts">
        <dt>Data folder</dt>
        <dd className="cell-mono">{status.dataDir}</dd>
      </dl>

      <Card titleId="recovery-backups-title" title="Backups in this folder">
        {status.backups.length === 0 ? (
          <p className="muted">
            There are no backups here. If you copied one elsewhere, restore it with{' '}
            <code>aim-licence backup restore</code>.
          </p>
        ) : (
          <RadioGroup className="backup-choice" value={chosen} onChange={setChosen} aria-label="Backup to restore">
            {status.backups.map((b) => (
              <Radio key={b.id} value={b.id} className="radio backup-option" data-testid={`backup-option-${b.id}`}>
                <span className="radio-dot" aria-hidden="true" />
                <span className="backup-option-text">
                  <span className="backup-option-title">
                    {backupTime(b.createdAt)}
                    {b.id === recommended?.id ? (
                      <span className="trust-tag trust-tag-good">Latest good backup</span>
                    ) : null}
                    {b.integrity === 'failed' ? (
                      <span className="trust-tag trust-tag-bad">Damaged when taken</span>
                    ) : null}
                  </span>
                  <span className="muted small">
                    {backupKindLabel(b)} · {b.licences ?? 'unknown number of'} licences · {b.files} attachments ·{' '}
                    {backupSize(b.databaseBytes + b.fileBytes)}
                  </span>
                </span>
              </Radio>
            ))}
          </RadioGroup>
        )}
        {busy && progress ? <TaskProgressBar progress={progress} /> : null}
        <ErrorBanner message={error} />
        <div className="form-actions">
          <Button className="button button-primary" onPress={() => void restore()} isDisabled={busy || !chosen}>
            {busy ? 'Working…' : 'Restore this backup'}
          </Button>
          <Button className="button button-secondary" onPress={() => void retry()} isDisabled={busy}>
            Try opening again
          </Button>
        </div>
      </Card>

      {status.reason === 'rolled-back' ? (
        <Card titleId="recovery-keep-title" title="Meant to go back to this older copy?">
          <p className="muted">
            You can keep working on it. The audit trail will record that you chose to, and which newer backup it is
            behind, so the gap stays visible to anyone who checks the records.
          </p>
          <Button className="button button-secondary" onPress={confirmKeep.ask} isDisabled={busy}>
            Keep this older database…
          </Button>
        </Card>
      ) : null}

      <Card titleId="recovery-empty-title" title="No usable backup?">
        <p className="muted">
          You can start over on an empty database. The {current} files are kept in the data folder, so a specialist can
          still try to recover them.
        </p>
        <Button className="button button-danger" onPress={confirmEmpty.ask} isDisabled={busy}>
          Start with an empty database…
        </Button>
      </Card>

      <ConfirmDialog
        {...confirmKeep.dialog}
        title="Keep the older database?"
        confirmLabel="Keep it"
        onConfirm={() => void keep()}
      >
        <p>
          What was recorded after this copy (and is in the newer backup) will not be in the app. The newer backups stay
          in the folder; you can restore one later.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        {...confirmEmpty.dialog}
        title="Start with an empty database?"
        confirmLabel="Start empty"
        onConfirm={() => void startEmpty()}
      >
        <p>
          The app will open with no licences, suppliers or documents. The current files are moved aside, not deleted.
        </p>
      </ConfirmDialog>
    </main>
  );
}
