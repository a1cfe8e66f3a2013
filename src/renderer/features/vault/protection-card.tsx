import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { VaultOutcome } from '../../../shared/contract/vault';
import { displayDate } from '../../../shared/dates/iso-date';
import { useRpc } from '../../api/client-context';
import { useAction } from '../../api/use-action';
import { ErrorBanner } from '../../components/error-banner';
import { notify } from '../../components/toasts';
import { IdleLockForm } from './lock-controls';
import { ChangePassphraseForm, EnableProtectionForm, RemoveProtectionForm } from './protection-forms';
import '../../styles/vault.css';
import { countOf } from '../../../shared/text/plural';

const doneTitle = {
  off: 'Passphrase removed: the data folder is stored plain again',
  unlocked: 'The data folder is protected with your passphrase',
  locked: '',
} as const;

/** Settings: protect the data folder with a passphrase, change it, or remove it. */
export function ProtectionCard() {
  const queryClient = useQueryClient();
  const status = useRpc('vault.status', {});
  const [problems, setProblems] = useState<string[]>([]);
  const finishChange = useAction('vault.finish');
  const finishing = finishChange.busy;

  const done = async (outcome: VaultOutcome) => {
    setProblems(outcome.problems);
    notify({
      tone: outcome.problems.length > 0 ? 'info' : 'success',
      title: doneTitle[outcome.status.state],
      detail: `${countOf(outcome.filesConverted, 'attachment')} and ${countOf(outcome.backupsConverted, 'backup')} rewritten. ${
        outcome.backupId ? 'A fresh backup was taken.' : 'Take a fresh backup on the Backups page.'
      }`,
    });
    await queryClient.invalidateQueries({ predicate: (q) => /^(vault|backups|audit)\./.test(String(q.queryKey[0])) });
  };

  const finish = async () => {
    const outcome = await finishChange.run({});
    if (outcome) await done(outcome);
  };

  const current = status.data;
  return (
    <section className="card vault-card" aria-labelledby="protection-title">
      <h2 id="protection-title" className="card-title">
        Protect the data with a passphrase
      </h2>
      {!current ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <p className="vault-state" data-testid="protection-state" data-state={current.state}>
            {current.state === 'off' ? (
              <>
                <span className="vault-tag vault-tag-off">Not protected</span> The records are stored as plain files in
                the data folder; only your computer&apos;s disk encryption protects them.
              </>
            ) : (
              <>
                <span className="vault-tag vault-tag-on">Protected</span> Since{' '}
                {current.protectedSince ? displayDate(current.protectedSince.slice(0, 10)) : 'an earlier version'}, the
                database, every attached file and every backup in this folder are encrypted. The app, the browser
                version and the command-line tools ask for the passphrase before they open anything.
              </>
            )}
          </p>
          {!current.available ? (
            <p className="banner banner-error" role="alert">
              This build of AIM Licences has no database encryption (its SQLite library is the stock one), so a
              passphrase cannot be set here.
            </p>
          ) : null}
          {problems.length > 0 ? (
            <div className="banner banner-info" role="status">
              Left as they were:
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {current.unfinished ? (
            <div className="banner vault-warning" role="alert">
              The last change of the protection stopped part-way. Nothing is lost; finish it now.
              <div className="form-actions">
                <Button className="button button-primary" onPress={() => void finish()} isDisabled={finishing}>
                  {finishing ? 'Working…' : 'Finish the change'}
                </Button>
              </div>
              <ErrorBanner message={finishChange.error?.message} />
            </div>
          ) : current.state === 'off' ? (
            <EnableProtectionForm available={current.available} onDone={done} />
          ) : (
            <div className="vault-sections">
              <VaultSection titleId="idle-title" title="Lock when not in use">
                <IdleLockForm status={current} />
              </VaultSection>
              <VaultSection titleId="change-title" title="Change the passphrase">
                <ChangePassphraseForm onDone={done} />
              </VaultSection>
              <VaultSection titleId="remove-title" title="Remove the passphrase">
                <RemoveProtectionForm onDone={done} />
              </VaultSection>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** One part of the protection settings, named for screen readers by its heading. */
function VaultSection({ titleId, title, children }: { titleId: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId} className="vault-subtitle">
        {title}
      </h3>
      {children}
    </section>
  );
}
