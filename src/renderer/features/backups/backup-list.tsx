import { useState } from 'react';
import { Button } from 'react-aria-components';

import { useAction } from '#renderer/api/use-action';
import { ErrorBanner } from '#renderer/components/error-banner';
import { DataTable, numeric, unseen } from '#renderer/components/table-head';
import type { BackupCheck, BackupSummary } from '#shared/contract/backups';

import { backupKindLabel, backupSize, backupTime } from './backup-format';

function Integrity({ backup, check }: { backup: BackupSummary; check: BackupCheck | undefined }) {
  if (check) {
    return check.ok ? (
      <span className="trust-tag trust-tag-good">Verified just now</span>
    ) : (
      <span className="trust-tag trust-tag-bad" title={check.problems.join('\n')}>
        Failed: {check.problems[0]}
      </span>
    );
  }
  if (backup.integrity === 'ok') return <span className="trust-tag trust-tag-good">Checked when taken</span>;
  if (backup.integrity === 'failed') return <span className="trust-tag trust-tag-bad">Damaged when taken</span>;
  return <span className="trust-tag">Not checked yet</span>;
}

/** The backups, newest first, each with a button that re-checks it against its manifest. */
export function BackupList({ backups }: { backups: readonly BackupSummary[] }) {
  const verifyBackup = useAction('backups.verify');
  const [checks, setChecks] = useState<Record<string, BackupCheck>>({});
  const [checking, setChecking] = useState<string | null>(null);

  async function verify(id: string) {
    setChecking(id);
    const check = await verifyBackup.run({ id });
    if (check) setChecks((previous) => ({ ...previous, [id]: check }));
    setChecking(null);
  }

  if (backups.length === 0)
    return <p className="muted">No backups yet. Take one now, or wait for the first automatic one.</p>;
  return (
    <>
      <ErrorBanner message={verifyBackup.error?.message} />
      <div className="table-scroll">
        <DataTable
          className="trust-table"
          caption="Backups, newest first"
          columns={[
            'Taken',
            'How',
            numeric('Licences'),
            numeric('Attachments'),
            numeric('Size'),
            'State',
            unseen('Actions'),
          ]}
          rows={backups}
          row={(b) => (
            <tr key={b.id} data-testid="backup-row">
              <td>
                <time dateTime={b.createdAt}>{backupTime(b.createdAt)}</time>
              </td>
              <td>{backupKindLabel(b)}</td>
              <td className="cell-number">{b.licences?.toLocaleString() ?? '—'}</td>
              <td className="cell-number">{b.files.toLocaleString()}</td>
              <td className="cell-number">{backupSize(b.databaseBytes + b.fileBytes)}</td>
              <td>
                <Integrity backup={b} check={checks[b.id]} />
              </td>
              <td>
                <Button
                  className="button button-quiet"
                  onPress={() => void verify(b.id)}
                  isDisabled={checking !== null}
                  aria-label={`Check the backup taken ${backupTime(b.createdAt)}`}
                >
                  {checking === b.id ? 'Checking…' : 'Check'}
                </Button>
              </td>
            </tr>
          )}
        />
      </div>
    </>
  );
}
