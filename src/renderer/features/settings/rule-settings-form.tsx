import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldPath } from 'react-hook-form';
import { appSettingsSchema, type AppSettings } from '../../../shared/settings/app-settings';
import { useAction } from '../../api/use-action';
import { NumberInputField } from '../../components/form-fields';
import { notify } from '../../components/toasts';
import { SubmitRow } from '../../components/submit-row';

/** The thresholds, whole numbers, laid out three to a row. */
const thresholdRows: readonly (readonly [Threshold, ...Threshold[]])[] = [
  [
    { name: 'rules.earliestApplicationDaysBeforeImport', label: 'Warn when import is more than (days) ahead' },
    { name: 'rules.unitValueMinUsdPerTonne', label: 'Lowest plausible unit value (US$/t)' },
    { name: 'rules.unitValueMaxUsdPerTonne', label: 'Highest plausible unit value (US$/t)' },
  ],
  [
    { name: 'rules.lowValueThresholdUsd', label: 'Low-value licence threshold (US$)' },
    { name: 'licence.validityDays', label: 'Licence validity when the portal does not say (days)' },
  ],
];
interface Threshold {
  name: FieldPath<AppSettings>;
  label: string;
}

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
      {thresholdRows.map((row) => (
        <div key={row[0].name} className="grid grid-3">
          {row.map((threshold) => (
            <NumberInputField
              key={threshold.name}
              control={control}
              name={threshold.name}
              label={threshold.label}
              maximumFractionDigits={0}
            />
          ))}
        </div>
      ))}
      <SubmitRow label="Save settings" disabled={formState.isSubmitting} error={save.error?.message} />
    </form>
  );
}
