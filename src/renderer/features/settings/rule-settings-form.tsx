import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { appSettingsSchema, type AppSettings } from '../../../shared/settings/app-settings';
import { useAction } from '../../api/use-action';
import { NumberInputField } from '../../components/form-fields';
import { notify } from '../../components/toasts';
import { SubmitRow } from '../../components/submit-row';

/** Thresholds behind the warnings; saving them re-checks every open licence. */
export function RuleSettingsForm({ settings }: { settings: AppSettings }) {
  const save = useAction('settings.save');
  const { control, handleSubmit, formState } = useForm<AppSettings>({
    resolver: zodResolver(appSettingsSchema),
    defaultValues: settings,
  });
  const onSubmit = handleSubmit(async (values) => {
    if (!(await save.run(values))) return;
    notify({
      tone: 'success',
      title: 'Settings saved',
      detail: 'Open licences were checked again with the new thresholds.',
    });
  });
  return (
    <form aria-label="Check settings" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="grid grid-3">
        <NumberInputField
          control={control}
          name="rules.earliestApplicationDaysBeforeImport"
          label="Warn when import is more than (days) ahead"
          maximumFractionDigits={0}
        />
        <NumberInputField
          control={control}
          name="rules.unitValueMinUsdPerTonne"
          label="Lowest plausible unit value (US$/t)"
          maximumFractionDigits={0}
        />
        <NumberInputField
          control={control}
          name="rules.unitValueMaxUsdPerTonne"
          label="Highest plausible unit value (US$/t)"
          maximumFractionDigits={0}
        />
      </div>
      <div className="grid grid-3">
        <NumberInputField
          control={control}
          name="rules.lowValueThresholdUsd"
          label="Low-value licence threshold (US$)"
          maximumFractionDigits={0}
        />
        <NumberInputField
          control={control}
          name="licence.validityDays"
          label="Licence validity when the portal does not say (days)"
          maximumFractionDigits={0}
        />
      </div>
      <SubmitRow label="Save settings" disabled={formState.isSubmitting} error={save.error?.message} />
    </form>
  );
}
