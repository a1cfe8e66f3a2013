import { useState } from 'react';
import { FieldError, Input, Label, TextField } from 'react-aria-components';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { FieldHelp } from '../../components/field-help';

const split = (text: string) =>
  text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);

/** A list of HTS numbers or headings typed as one line, separated by commas. */
export function HtsListField<T extends FieldValues>({
  control,
  name,
  label,
  description,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  description?: string;
}) {
  const { field, fieldState } = useController({ control, name });
  return (
    <HtsListInput
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      onBlur={field.onBlur}
      name={field.name}
      label={label}
      description={description}
      error={fieldState.error ? listError(fieldState.error) : undefined}
    />
  );
}

/** Zod reports a bad entry under its index; say which one. */
function listError(error: { message?: string | undefined } & Record<string, unknown>): string {
  if (error.message) return error.message;
  const entries = Object.entries(error).filter(([key]) => /^\d+$/.test(key));
  return entries
    .map(([key, value]) => `Entry ${Number(key) + 1} ${(value as { message?: string }).message ?? 'is not valid'}`)
    .join(' ');
}

function HtsListInput(props: {
  value: string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
  name: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
}) {
  // The text is kept as typed (a trailing comma while typing is fine); the form gets the parsed list.
  const [text, setText] = useState(props.value.join(', '));
  return (
    <TextField
      className="field"
      name={props.name}
      value={text}
      onChange={(next) => {
        setText(next);
        props.onChange(split(next));
      }}
      onBlur={props.onBlur}
      isInvalid={props.error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field-label">{props.label}</Label>
      <Input className="field-input" placeholder="e.g. 7606, 7607.11.30.00" />
      <FieldHelp text={props.description} />
      <FieldError className="field-error">{props.error}</FieldError>
    </TextField>
  );
}
