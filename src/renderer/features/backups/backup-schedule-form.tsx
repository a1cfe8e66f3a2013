import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { backupScheduleSchema, type BackupSchedule } from '../../../shared/contract/backups';
import { useAction } from '../../api/use-action';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { NumberInputField } from '../../components/form-fields';
import { notify } from '../../components/toasts';
import { SubmitRow } from '../../components/submit-row';

export function BackupScheduleForm({ schedule, onSaved }: { schedule: BackupSchedule; onSaved: () => void }) {
  const save = useAction('backups.setSchedule');
  // The values last sent: asked again with the confirmation when the core refuses to prune young backups.
  const [sent, setSent] = useState<BackupSchedule | null>(null);
  const { control, handleSubmit, formState } = useForm<BackupSchedule>({
    resolver: zodResolver(backupScheduleSchema),
    defaultValues: schedule,
  });
  const submit = async (values: BackupSchedule, confirmRecordKeeping: boolean) => {
    setSent(values);
    const saved = await save.run({ ...values, confirmRecordKeeping });
    if (!saved) return;
    notify({
      tone: 'success',
      title: 'Backup schedule saved',
      detail:
        values.intervalHours === 0
          ? 'Automatic backups are off.'
          : `A backup is taken every ${values.intervalHours} hours.`,
    });
    onSaved();
  };
  const onSubmit = handleSubmit(async (values) => {
    await submit(values, false);
  });
  // The core's refusal when fewer backups would remove young ones; its message names the rule.
  const refusal = save.error?.code === 'CONFIRMATION_REQUIRED' ? save.error : null;

  return (
    <form aria-label="Backup schedule" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="grid grid-3">
        <NumberInputField
          control={control}
          name="intervalHours"
          label="Hours between automatic backups"
          description="0 turns automatic backups off. 24 means once a day while the app is open."
          maximumFractionDigits={0}
        />
        <NumberInputField
          control={control}
          name="keep"
          label="Backups to keep"
          description="Older ones are removed after a good new backup. Fewer than you have now asks first: backups hold customs records (19 CFR 163.4)."
          maximumFractionDigits={0}
        />
      </div>
      <SubmitRow
        label="Save schedule"
        disabled={formState.isSubmitting || save.busy}
        error={refusal ? null : save.error?.message}
      />
      <ConfirmDialog
        isOpen={refusal !== null && sent !== null}
        title="Keep fewer backups?"
        confirmLabel="Keep fewer backups"
        onConfirm={() => {
          save.reset();
          if (sent) void submit(sent, true);
        }}
        onCancel={() => save.reset()}
      >
        {refusal?.message}
      </ConfirmDialog>
    </form>
  );
}
