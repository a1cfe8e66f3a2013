import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';

import { useClient } from '#renderer/api/client-context';
import { ErrorBanner } from '#renderer/components/error-banner';
import { unlockSchema, type VaultStatus } from '#shared/contract/vault';

import { PassphraseField } from './passphrase-field';

import '#renderer/styles/vault.css';

const unfinishedText = {
  enabling: 'Switching protection on',
  changing: 'Changing the passphrase',
  removing: 'Removing the passphrase',
} as const;

/** Seconds left before the next try is accepted, counting down; 0 when a try is allowed. */
function useCountdown(initialMs: number) {
  const [until, setUntil] = useState(() => Date.now() + initialMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= now) return undefined;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, until - now));
    return () => clearTimeout(timer);
  }, [until, now]);
  return {
    seconds: Math.max(0, Math.ceil((until - now) / 1000)),
    wait: (ms: number) => (setUntil(Date.now() + ms), setNow(Date.now())),
  };
}

/** Shown instead of the app while a protected data folder waits for its passphrase. */
export function LockScreen({ status }: { status: VaultStatus }) {
  const client = useClient();
  const queryClient = useQueryClient();
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);
  const countdown = useCountdown(status.retryAfterMs);
  const { control, handleSubmit, formState, reset, setFocus } = useForm<{ passphrase: string }>({
    resolver: zodResolver(unlockSchema),
    defaultValues: { passphrase: '' },
  });

  // After a refusal the field is emptied and focused again, ready for the next try.
  useEffect(() => {
    if (error) setFocus('passphrase');
  }, [error, setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await client.callSafe('vault.unlock', values);
    // Unlocked here, or already unlocked in another window (CONFLICT): everything asked while locked
    // was refused, so ask again, now against the open data.
    if (result.ok || result.error.code === 'CONFLICT') {
      await queryClient.invalidateQueries();
      return;
    }
    const failure = result.error;
    const retryAfterMs = failure.details?.retryAfterMs;
    if (typeof retryAfterMs === 'number' && retryAfterMs > 0) countdown.wait(retryAfterMs);
    reset({ passphrase: '' });
    setError((previous) => ({ message: failure.message, attempt: (previous?.attempt ?? 0) + 1 }));
  });

  const waiting = countdown.seconds > 0;
  return (
    <main className="lock-screen" id="main" tabIndex={-1}>
      <section className="card lock-card" aria-labelledby="lock-title">
        <div className="lock-brand">
          <span className="brand-mark" aria-hidden="true">
            Al
          </span>
          <span className="lock-product">AIM Licences</span>
        </div>
        <h1 id="lock-title" className="lock-title">
          Your records are locked
        </h1>
        <p className="muted">
          This data folder is protected with a passphrase. Enter it to open your licences, supplier documents and
          backups.
        </p>
        {!status.available ? (
          <p className="banner banner-error" role="alert">
            This build of AIM Licences has no database encryption (its SQLite library is the stock one), so it cannot
            open a protected folder. Use a build that includes SQLite3 Multiple Ciphers.
          </p>
        ) : null}
        {status.unfinished ? (
          <p className="banner banner-info" role="status">
            {unfinishedText[status.unfinished]} did not finish last time. It is finished as soon as you unlock
            {status.unfinished === 'changing' ? ' (with the old or the new passphrase)' : ''}.
          </p>
        ) : null}
        <form className="lock-form" aria-label="Unlock" onSubmit={(e) => void onSubmit(e)} noValidate>
          <PassphraseField
            control={control}
            name="passphrase"
            label="Passphrase"
            autoComplete="current-password"
            autoFocus
          />
          <ErrorBanner message={error?.message} testId="unlock-error" />
          <Button
            type="submit"
            className="button button-primary lock-submit"
            isDisabled={formState.isSubmitting || waiting}
          >
            {formState.isSubmitting ? 'Checking…' : waiting ? `Try again in ${countdown.seconds} s` : 'Unlock'}
          </Button>
        </form>
        <dl className="facts lock-facts">
          <dt>Data folder</dt>
          <dd className="cell-mono">{status.dataDir}</dd>
        </dl>
        <p className="muted small lock-note">
          Forgot the passphrase? It cannot be recovered or reset: the records are encrypted with it and nobody holds a
          copy. Only a copy of the data made before protection was switched on can still be opened without it.
        </p>
      </section>
    </main>
  );
}
