import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { idleLockSchema, type VaultStatus } from '../../../shared/contract/vault';
import { useClient, useRpc } from '../../api/client-context';
import { useAction } from '../../api/use-action';
import { useCommandHandler } from '../../app/commands/command-handlers';
import { ErrorBanner } from '../../components/error-banner';
import { NumberInputField } from '../../components/form-fields';
import { notify } from '../../components/toasts';
import { SubmitRow } from '../../components/submit-row';

/** "Lock now": closes a protected folder's data at once; every window returns to the lock screen. */
export function LockNowButton({ className = 'button button-secondary' }: { className?: string }) {
  const lock = useAction('vault.lock');
  // The menu's and the keyboard's Lock now, while the data is open and protected.
  useCommandHandler('file.lock', () => void lock.run({}));
  return (
    <>
      <Button className={className} onPress={() => void lock.run({})} isDisabled={lock.busy}>
        {lock.busy ? 'Locking…' : 'Lock now'}
      </Button>
      <ErrorBanner message={lock.error?.message} />
    </>
  );
}

/** Settings: how many minutes without use before the data locks by itself (0: never). */
export function IdleLockForm({ status }: { status: VaultStatus }) {
  const save = useAction('vault.setIdleLock');
  const { control, handleSubmit, reset } = useForm<{ minutes: number }>({
    resolver: zodResolver(idleLockSchema),
    defaultValues: { minutes: status.idleLockMinutes ?? 0 },
  });
  useEffect(() => reset({ minutes: status.idleLockMinutes ?? 0 }), [status.idleLockMinutes, reset]);
  const onSubmit = handleSubmit(async ({ minutes }) => {
    const saved = await save.run({ minutes });
    if (saved)
      notify({
        tone: 'success',
        title:
          saved.minutes === 0
            ? 'The data no longer locks by itself'
            : `The data locks after ${saved.minutes} minutes without use`,
      });
  });
  return (
    <form className="vault-form" aria-label="Lock when not in use" onSubmit={(e) => void onSubmit(e)} noValidate>
      <NumberInputField
        control={control}
        name="minutes"
        label="Lock after this many minutes without use"
        description="0 means never. Typing or clicking in the app counts as use; the passphrase is asked again after the lock."
        maximumFractionDigits={0}
      />
      <SubmitRow label="Save" disabled={save.busy} error={save.error?.message} tone="secondary">
        <LockNowButton />
      </SubmitRow>
    </form>
  );
}

const reportEveryMs = 30_000;

/**
 * While a protected folder is open with an idle lock, typing, clicking and scrolling in the app
 * tell the core it is in use (at most every 30 seconds): the idle countdown runs on the core,
 * where the keys are, and only a person's input (not background refreshes) restarts it.
 */
export function useActivityReport(): void {
  const client = useClient();
  const status = useRpc('vault.status', {}, { staleTime: Infinity, retry: false });
  const idle = status.data?.state === 'unlocked' ? (status.data.idleLockMinutes ?? 0) : 0;
  const last = useRef(0);
  useEffect(() => {
    if (idle === 0) return undefined;
    const report = () => {
      const now = Date.now();
      if (now - last.current < reportEveryMs) return;
      last.current = now;
      void client.callSafe('vault.activity', {});
    };
    report();
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    events.forEach((name) => window.addEventListener(name, report, { passive: true, capture: true }));
    return () => events.forEach((name) => window.removeEventListener(name, report, { capture: true }));
  }, [client, idle]);
}
