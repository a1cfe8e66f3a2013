import { Checkbox, CheckboxGroup, FieldError, Label } from 'react-aria-components';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { FieldHelp } from '../../components/field-help';

/** Several choices out of a short list (supplier roles, products a document covers), as a react-hook-form field. */
export function CheckboxGroupField<T extends FieldValues>({
  control,
  name,
  label,
  options,
  description,
  className,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  options: readonly { value: string; label: string; detail?: string }[];
  description?: string;
  className?: string;
}) {
  const { field, fieldState } = useController({ control, name });
  return (
    <CheckboxGroup
      className={`field checkbox-group ${className ?? ''}`}
      name={field.name}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      isInvalid={fieldState.error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <div className="checkbox-list">
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} className="checkbox">
            <span className="checkbox-box" aria-hidden="true">
              ✓
            </span>
            <span>
              {option.label}
              {option.detail ? <span className="checkbox-detail"> {option.detail}</span> : null}
            </span>
          </Checkbox>
        ))}
      </div>
      <FieldHelp text={description} />
      <FieldError className="field-error">{fieldState.error?.message}</FieldError>
    </CheckboxGroup>
  );
}
