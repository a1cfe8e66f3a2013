import { FieldError, Input, Label, TextField } from 'react-aria-components';
import { type Control, type FieldValues, type Path } from 'react-hook-form';
import { FieldHelp } from '../../components/field-help';
import { useFormField } from '../../components/use-form-field';

/**
 * A passphrase input: masked, never auto-filled from another site's saved password, spell check
 * off (a spell checker may send what is typed to a service), wired to react-hook-form.
 */
export function PassphraseField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  autoComplete,
  autoFocus,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: string;
  autoComplete: 'current-password' | 'new-password';
  autoFocus?: boolean;
}) {
  const { ref, field, fieldState } = useFormField(control, name);
  return (
    <TextField
      className="field passphrase-field"
      name={field.name}
      type="password"
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      isInvalid={fieldState.error !== undefined}
      isRequired
      validationBehavior="aria"
      autoComplete={autoComplete}
      {...(autoFocus ? { autoFocus: true } : {})}
    >
      <Label className="field-label">{label}</Label>
      <Input ref={ref} className="field-input" spellCheck={false} autoCapitalize="off" autoCorrect="off" />
      <FieldHelp text={description} />
      <FieldError className="field-error">{fieldState.error?.message}</FieldError>
    </TextField>
  );
}
