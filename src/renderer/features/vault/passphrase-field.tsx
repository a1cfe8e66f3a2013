import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

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
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
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
          <Input ref={field.ref} className="field-input" spellCheck={false} autoCapitalize="off" autoCorrect="off" />
          {description ? (
            <Text slot="description" className="field-help">
              {description}
            </Text>
          ) : null}
          <FieldError className="field-error">{fieldState.error?.message}</FieldError>
        </TextField>
      )}
    />
  );
}
