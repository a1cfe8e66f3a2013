import { parseDate } from '@internationalized/date';
import { DatePicker, Label } from 'react-aria-components';

import { CalendarPopover, DateSegmentsInput } from '#renderer/components/date-picker-parts';

/** A date picker outside a form library, holding a YYYY-MM-DD string (same look as the form's date fields). */
export function DateValueField({
  label,
  value,
  onChange,
  className,
}: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  className?: string;
}) {
  let parsed = null;
  try {
    parsed = value ? parseDate(value) : null;
  } catch {
    parsed = null;
  }
  return (
    <DatePicker
      className={`field ${className ?? ''}`}
      value={parsed}
      onChange={(next) => onChange(next ? next.toString() : '')}
      shouldForceLeadingZeros
    >
      <Label className="field-label">{label}</Label>
      <DateSegmentsInput label={label} />
      <CalendarPopover label={label} />
    </DatePicker>
  );
}
