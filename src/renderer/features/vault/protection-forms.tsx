import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, type Control, type Path, type Resolver } from 'react-hook-form';
import type { AppError } from '../../../shared/contract';
import {
  changePassphraseSchema,
  enableProtectionSchema,
  removeProtectionSchema,
  type VaultOutcome,
} from '../../../shared/contract/vault';
import { loadPassphraseEstimator, passphraseRuleText } from '../../../shared/vault/passphrase-rules';
import { useClient } from '../../api/client-context';
import { CheckboxField } from '../../components/form-fields';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PassphraseField } from './passphrase-field';
import { TaskProgressBar } from '../../components/task-progress-bar';
import { useTaskProgress } from '../../api/use-task-progress';
import { SubmitRow } from '../../components/submit-row';

const ruleDescription = `Use ${passphraseRuleText}.`;

/** Puts a failed call's field issues beside their fields, and returns the message for the form. */
function showFailure(
  error: { message: string; details?: AppError['details'] },
  setError: (field: never, e: { message: string }) => void,
): string {
  for (const issue of error.details?.issues ?? []) setError(issue.path as never, { message: issue.message });
  return error.message;
}

/** After the core answered a protection change: a refusal goes on the form, success clears it and tells the card. */
async function settle(
  result: { ok: true; value: VaultOutcome } | { ok: false; error: { message: string; details?: AppError['details'] } },
  form: {
    setFailure: (message: string) => void;
    setError: (field: never, e: { message: string }) => void;
    reset: () => void;
    onDone: (outcome: VaultOutcome) => Promise<void>;
  },
): Promise<void> {
  if (!result.ok) return form.setFailure(showFailure(result.error, form.setError));
  form.reset();
  await form.onDone(result.value);
}

/** While a change runs: what is being rewritten now, and how far along it is. */
function ChangeProgress() {
  return <TaskProgressBar progress={useTaskProgress('protection')} fallback="Working" />;
}

/** The strength estimator's dictionaries load when a form for a new passphrase opens, not with the app. */
function useStrengthEstimator(): void {
  useEffect(() => {
    void loadPassphraseEstimator();
  }, []);
}

/** The new passphrase and the same typed again, side by side. */
function NewPassphraseFields<T extends { passphrase: string; confirmation: string }>({
  control,
  againLabel,
}: {
  control: Control<T>;
  againLabel: string;
}) {
  return (
    <div className="grid grid-2">
      <PassphraseField
        control={control}
        name={'passphrase' as Path<T>}
        label="New passphrase"
        description={ruleDescription}
        autoComplete="new-password"
      />
      <PassphraseField
        control={control}
        name={'confirmation' as Path<T>}
        label={againLabel}
        autoComplete="new-password"
      />
    </div>
  );
}

interface EnableValues {
  passphrase: string;
  confirmation: string;
  acknowledgeNoRecovery: boolean;
}

/** Switching protection on: the new passphrase twice, and the no-recovery warning acknowledged. */
export function EnableProtectionForm({
  available,
  onDone,
}: {
  available: boolean;
  onDone: (outcome: VaultOutcome) => Promise<void>;
}) {
  useStrengthEstimator();
  const client = useClient();
  const [failure, setFailure] = useState<string | null>(null);
  const { control, handleSubmit, formState, setError, reset } = useForm<EnableValues>({
    // The contract's schema: the form refuses exactly what the core refuses (acknowledgement must be true).
    resolver: zodResolver(enableProtectionSchema) as unknown as Resolver<EnableValues>,
    defaultValues: { passphrase: '', confirmation: '', acknowledgeNoRecovery: false },
    mode: 'onTouched',
  });
  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await client.callSafe('vault.enable', {
      passphrase: values.passphrase,
      confirmation: values.confirmation,
      acknowledgeNoRecovery: true,
    });
    await settle(result, { setFailure, setError, reset, onDone });
  });
  return (
    <form
      className="vault-form"
      aria-label="Protect the data with a passphrase"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <div className="banner vault-warning" role="note">
        <strong>A lost passphrase means lost records.</strong> There is no recovery and no reset: if you forget it,
        nobody can read this folder's licences, attachments or backups again, not you and not support. Write it down and
        keep it somewhere safe, away from this computer.
      </div>
      <NewPassphraseFields control={control} againLabel="Type it again" />
      <CheckboxField control={control} name="acknowledgeNoRecovery" label="I understand">
        I understand that if I lose this passphrase, the records cannot be recovered.
      </CheckboxField>
      <ErrorBanner message={failure} />
      {formState.isSubmitting ? <ChangeProgress /> : null}
      <SubmitRow label="Protect the data" disabled={!available || formState.isSubmitting} />
    </form>
  );
}

interface ChangeValues {
  currentPassphrase: string;
  passphrase: string;
  confirmation: string;
}

export function ChangePassphraseForm({ onDone }: { onDone: (outcome: VaultOutcome) => Promise<void> }) {
  useStrengthEstimator();
  const client = useClient();
  const [failure, setFailure] = useState<string | null>(null);
  const { control, handleSubmit, formState, setError, reset } = useForm<ChangeValues>({
    resolver: zodResolver(changePassphraseSchema),
    defaultValues: { currentPassphrase: '', passphrase: '', confirmation: '' },
    mode: 'onTouched',
  });
  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await client.callSafe('vault.change', values);
    await settle(result, { setFailure, setError, reset, onDone });
  });
  return (
    <form className="vault-form" aria-label="Change the passphrase" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="grid grid-2">
        <PassphraseField
          control={control}
          name="currentPassphrase"
          label="Current passphrase"
          autoComplete="current-password"
        />
      </div>
      <NewPassphraseFields control={control} againLabel="Type the new one again" />
      <ErrorBanner message={failure} />
      {formState.isSubmitting ? <ChangeProgress /> : null}
      <SubmitRow label="Change passphrase" disabled={formState.isSubmitting} />
    </form>
  );
}

export function RemoveProtectionForm({ onDone }: { onDone: (outcome: VaultOutcome) => Promise<void> }) {
  const client = useClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { control, handleSubmit, setError, reset } = useForm<{ currentPassphrase: string }>({
    resolver: zodResolver(removeProtectionSchema),
    defaultValues: { currentPassphrase: '' },
  });
  const remove = async (currentPassphrase: string) => {
    setConfirming(null);
    setBusy(true);
    setFailure(null);
    const result = await client.callSafe('vault.remove', { currentPassphrase });
    setBusy(false);
    await settle(result, { setFailure, setError, reset, onDone });
  };
  return (
    <form
      className="vault-form"
      aria-label="Remove the passphrase"
      onSubmit={(e) => void handleSubmit((v) => setConfirming(v.currentPassphrase))(e)}
      noValidate
    >
      <p className="muted">
        The database, the attachments and the backups are decrypted and stored as plain files again.
      </p>
      <div className="grid grid-2">
        <PassphraseField
          control={control}
          name="currentPassphrase"
          label="Current passphrase"
          autoComplete="current-password"
        />
      </div>
      <ErrorBanner message={failure} />
      {busy ? <ChangeProgress /> : null}
      <SubmitRow label="Remove protection…" disabled={busy} tone="danger" />
      <ConfirmDialog
        isOpen={confirming !== null}
        title="Remove the passphrase?"
        confirmLabel="Remove protection"
        onConfirm={() => void remove(confirming ?? '')}
        onCancel={() => setConfirming(null)}
      >
        The database, every attachment and every backup in this folder are decrypted and stored as plain files again.
        Anyone who can read the folder can then read your records; only the operating system&apos;s disk encryption
        protects them.
      </ConfirmDialog>
    </form>
  );
}
