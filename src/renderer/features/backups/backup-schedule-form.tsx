import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { AppError } from '../../../shared/contract';
import { backupScheduleSchema, type BackupSchedule } from '../../../shared/contract/backups';
import { useClient } from '../../api/client-context';
import { NumberInputField } from '../../components/form-fields';
import { notify } from '../../components/toasts';
import { ErrorBanner } from '../../components/error-banner';

export function BackupScheduleForm({ schedule, onSaved }: { schedule: BackupSchedule; onSaved: () => void }) {
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const { control, handleSubmit, formState } = useForm<BackupSchedule>({
    resolver: zodResolver(backupScheduleSchema),
    defaultValues: schedule,
  });
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      await client.call('backups.setSchedule', values);
      notify({
        tone: 'success',
        title: 'Backup schedule saved',
        detail:
          values.intervalHours === 0
            ? 'Automatic backups are off.'
            : `A backup is taken every ${values.intervalHours} hours.`,
      });
      onSaved();
    } catch (e) {
      setError((e as AppError).message);
    }
  });
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
          description="Older ones are removed after a good new backup."
          maximumFractionDigits={0}
        />
      </div>
      <ErrorBanner message={error} />
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isDisabled={formState.isSubmitting}>
          Save schedule
        </Button>
      </div>
    </form>
  );
}
