import type { ReactNode } from 'react';
import { type Control, type FieldValues, type Path } from 'react-hook-form';

import { SelectField, type SelectOption } from './select-field';
import { useFormField } from './use-form-field';

/** A choice from a fixed list, as a react-hook-form field: its error shows under it, the label focuses it. */
export function SelectInputField<T extends FieldValues, K extends string>({
  control,
  name,
  label,
  options,
}: {
  control: Control<T>;
  name: Path<T>;
  label: ReactNode;
  options: readonly SelectOption<K>[];
}) {
  const { ref, field, fieldState } = useFormField(control, name);
  return (
    <SelectField
      label={label}
      name={field.name}
      value={field.value as K}
      options={options}
      onChange={field.onChange}
      buttonRef={ref}
      error={fieldState.error?.message}
    />
  );
}
