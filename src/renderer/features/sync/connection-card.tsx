import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Button, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { signInSchema, type SignInInput, type SyncOverview } from '../../../shared/contract/sync';
import { syncSettingsSchema, type SyncSettings } from '../../../shared/sync/sync-model';
import { useRpc } from '../../api/client-context';
import { useAction } from '../../api/use-action';
import { CheckboxField, NumberInputField, TextInputField } from '../../components/form-fields';
import { notify } from '../../components/toasts';
import { ErrorBanner } from '../../components/error-banner';
import { displayDateTime } from '../../../shared/dates/iso-date';
import { SubmitRow } from '../../components/submit-row';
import { Card } from '../../components/card';

/** The overview (who is signed in, settings) is read again after a change to either. */
function useRefreshOverview() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['sync.overview'] });
}

function PortalSettingsForm({ settings }: { settings: SyncSettings }) {
  const refresh = useRefreshOverview();
  const saveSettings = useAction('sync.saveSettings');
  const { control, handleSubmit, formState } = useForm<SyncSettings>({
    resolver: zodResolver(syncSettingsSchema),
    defaultValues: settings,
  });
  const onSubmit = handleSubmit(async (values) => {
    if (!(await saveSettings.run(values))) return;
    refresh();
    notify({ tone: 'success', title: 'Gateway settings saved' });
  });
  return (
    <form aria-label="Gateway settings" onSubmit={(e) => void onSubmit(e)} noValidate>
      <TextInputField
        control={control}
        name="portalUrl"
        label="Gateway address"
        placeholder="https://…"
        description="The filing gateway your organisation uses (https://), speaking this app's documented sync protocol. Not a trade.gov address. The local simulator (npm run portal-sim) runs on http://127.0.0.1."
      />
      <div className="grid grid-2">
        <NumberInputField
          control={control}
          name="intervalMinutes"
          label="Sync every (minutes)"
          maximumFractionDigits={0}
        />
        <CheckboxField control={control} name="autoSync" label="Sync automatically">
          Sync automatically (on a timer, when licences are queued and when the connection returns)
        </CheckboxField>
      </div>
      <SubmitRow
        label="Save gateway settings"
        disabled={formState.isSubmitting}
        error={saveSettings.error?.message}
        tone="secondary"
      />
    </form>
  );
}

function SignInForm({ disabled }: { disabled: boolean }) {
  const refresh = useRefreshOverview();
  const signIn = useAction('sync.signIn');
  // The portal account is usually the filer's own e-mail address: offered from the profile.
  const profile = useRpc('profile.get', {});
  const usual = profile.data?.email ?? '';
  const { control, handleSubmit, formState, reset } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { username: usual, password: '' },
  });
  useEffect(() => {
    if (usual && !formState.dirtyFields.username) reset({ username: usual, password: '' }, { keepDirtyValues: true });
  }, [usual, formState.dirtyFields.username, reset]);
  const onSubmit = handleSubmit(async (values) => {
    const overview = await signIn.run(values);
    if (!overview) return;
    reset({ username: values.username, password: '' });
    refresh();
    notify({
      tone: 'success',
      title: `Signed in as ${overview.account?.username ?? values.username}`,
      detail: 'Queued licences are being sent.',
    });
  });
  return (
    <form aria-label="Sign in to the filing gateway" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="grid grid-2">
        <TextInputField
          control={control}
          name="username"
          label="Gateway user name"
          autoComplete="username"
          description="The account your organisation's gateway gave you."
        />
        <Controller
          control={control}
          name="password"
          render={({ field, fieldState }) => (
            <TextField
              className="field"
              type="password"
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              isInvalid={fieldState.invalid}
              validationBehavior="aria"
              autoComplete="current-password"
            >
              <Label className="field-label">Gateway password</Label>
              <Input ref={field.ref} className="field-input" />
              <Text slot="description" className="field-help">
                Never your trade.gov (AIM licensing system) password.
              </Text>
              <FieldError className="field-error">{fieldState.error?.message}</FieldError>
            </TextField>
          )}
        />
      </div>
      <SubmitRow label="Sign in" disabled={disabled || formState.isSubmitting} error={signIn.error?.message} />
    </form>
  );
}

/** Said plainly on the sync screen: where the app connects, and whose password it never asks for. */
export const gatewayStatement =
  "AIM Licences files through a filing gateway of your organisation's choice: a service that speaks this app's documented sync protocol and files with ITA on your behalf. It does not connect to trade.gov itself (ITA publishes no filing interface), and it never asks for your trade.gov password: sign in with the account your gateway gave you.";

/** Gateway address, sign-in, and a plain statement of how the token is protected here. */
export function ConnectionCard({ overview }: { overview: SyncOverview }) {
  const refresh = useRefreshOverview();
  const signOut = useAction('sync.signOut');
  const { account, protection, settings, status } = overview;
  return (
    <div className="sync-connection grid grid-2">
      <p className="banner banner-info span-2" data-testid="gateway-statement">
        {gatewayStatement}
      </p>
      <Card titleId="portal-settings-title" title="Filing gateway">
        <PortalSettingsForm key={JSON.stringify(settings)} settings={settings} />
      </Card>
      <Card titleId="portal-account-title" title="Gateway account">
        {status.state === 'paused' ? (
          <p className="banner banner-error" role="alert">
            The gateway asked you to sign in again. The whole queue waits until you do.
          </p>
        ) : null}
        {account && status.state !== 'paused' ? (
          <>
            <dl className="facts">
              <dt>Signed in as</dt>
              <dd>{account.username}</dd>
              <dt>Company</dt>
              <dd>{account.company}</dd>
              <dt>Session until</dt>
              <dd>{displayDateTime(account.expiresAt)}</dd>
            </dl>
            <div className="form-actions">
              <Button
                className="button button-secondary"
                isDisabled={signOut.busy}
                onPress={() =>
                  void signOut.run({}).then((done) => {
                    if (!done) return;
                    refresh();
                    notify({ tone: 'success', title: 'Signed out of the gateway' });
                  })
                }
              >
                Sign out
              </Button>
            </div>
            <ErrorBanner message={signOut.error?.message} />
          </>
        ) : (
          <SignInForm disabled={settings.portalUrl === ''} />
        )}
        <p
          className={`small ${protection.warning ? 'banner banner-error' : 'muted'}`}
          data-testid="credential-protection"
        >
          {protection.warning ? <strong>{protection.warning} </strong> : null}
          {protection.description} Your gateway password is used once to sign in and is never stored.
        </p>
      </Card>
    </div>
  );
}
