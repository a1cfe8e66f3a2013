import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';

import { DateInputField } from '#renderer/components/form-fields';
import { type ImportRange, importRangeSchema } from '#shared/reports/report-selection';

/** Two dates (expected import from/to), checked by the contract's own range schema. */
export function RangeForm({
  label,
  initial,
  submitLabel,
  busy = false,
  onSubmit,
}: {
  label: string;
  initial: ImportRange;
  submitLabel: string;
  busy?: boolean;
  onSubmit: (range: ImportRange) => void | Promise<void>;
}) {
  const { control, handleSubmit } = useForm<ImportRange>({
    resolver: zodResolver(importRangeSchema),
    defaultValues: initial,
  });
  return (
    <form className="reports-form" aria-label={label} noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
      <DateInputField control={control} name="importFrom" label="Expected import from" />
      <DateInputField control={control} name="importTo" label="Expected import to" />
      <Button type="submit" className="button button-primary" isDisabled={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
