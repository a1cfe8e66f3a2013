import { type CalendarDate, parseDate } from '@internationalized/date';
import type { ReactNode } from 'react';
import {
  Checkbox,
  DatePicker,
  FieldError,
  Group,
  Input,
  Label,
  NumberField,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

import type { RuleIssue } from '#shared/rules/rule';

import { CalendarPopover, DateSegmentsInput } from './date-picker-parts';
import { FieldNotes, splitIssues } from './field-notes';

interface BaseFieldProps<T extends FieldValues> {
  readonly control: Control<T>;
  readonly name: Path<T>;
  readonly label: string;
  readonly description?: string;
  readonly issues?: readonly RuleIssue[];
  readonly isRequired?: boolean;
  readonly className?: string;
}

/** The errors and notes block shared by every field type. */
function FieldMessages({
  errors,
  notes,
  description,
}: {
  errors: string[];
  notes: readonly RuleIssue[];
  description?: string | undefined;
}) {
  return (
    <>
      {description || notes.length > 0 ? (
        <Text slot="description" className="field-help">
          <FieldNotes notes={notes} description={description} />
        </Text>
      ) : null}
      <FieldError className="field-error">{errors.join(' ')}</FieldError>
    </>
  );
}

export function TextInputField<T extends FieldValues>(
  props: BaseFieldProps<T> & {
    type?: 'text' | 'email' | 'tel';
    autoComplete?: string;
    multiline?: boolean;
    placeholder?: string;
  },
) {
  const {
    control,
    name,
    label,
    description,
    issues = [],
    isRequired,
    className,
    type = 'text',
    autoComplete,
    multiline,
    placeholder,
  } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const { errors, notes } = splitIssues(issues, fieldState.error?.message);
        return (
          <TextField
            className={`field ${className ?? ''}`}
            name={field.name}
            value={(field.value as string | undefined) ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            isInvalid={errors.length > 0}
            isRequired={isRequired ?? false}
            validationBehavior="aria"
            type={type}
            {...(autoComplete ? { autoComplete } : {})}
          >
            <Label className="field-label">{label}</Label>
            {multiline ? (
              <TextArea ref={field.ref} className="field-input field-textarea" rows={3} />
            ) : (
              <Input ref={field.ref} className="field-input" {...(placeholder ? { placeholder } : {})} />
            )}
            <FieldMessages errors={errors} notes={notes} description={description} />
          </TextField>
        );
      }}
    />
  );
}

export function NumberInputField<T extends FieldValues>(
  props: BaseFieldProps<T> & { maximumFractionDigits?: number; unit?: string },
) {
  const { control, name, label, description, issues = [], isRequired, className, maximumFractionDigits = 2 } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const { errors, notes } = splitIssues(issues, fieldState.error?.message);
        const value = field.value as number | null | undefined;
        return (
          <NumberField
            className={`field ${className ?? ''}`}
            name={field.name}
            value={value ?? Number.NaN}
            onChange={(next) => field.onChange(Number.isNaN(next) ? null : next)}
            onBlur={field.onBlur}
            isInvalid={errors.length > 0}
            isRequired={isRequired ?? false}
            validationBehavior="aria"
            formatOptions={{ maximumFractionDigits, useGrouping: true }}
            isWheelDisabled
          >
            <Label className="field-label">{label}</Label>
            <Group className="field-group">
              <Input ref={field.ref} className="field-input field-number" />
            </Group>
            <FieldMessages errors={errors} notes={notes} description={description} />
          </NumberField>
        );
      }}
    />
  );
}

const toCalendarDate = (value: unknown): CalendarDate | null => {
  if (typeof value !== 'string' || value === '') return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
};

export function DateInputField<T extends FieldValues>(props: BaseFieldProps<T>) {
  const { control, name, label, description, issues = [], isRequired, className } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const { errors, notes } = splitIssues(issues, fieldState.error?.message);
        return (
          <DatePicker
            className={`field ${className ?? ''}`}
            name={field.name}
            value={toCalendarDate(field.value)}
            onChange={(next) => field.onChange(next ? next.toString() : '')}
            onBlur={field.onBlur}
            isInvalid={errors.length > 0}
            isRequired={isRequired ?? false}
            validationBehavior="aria"
            shouldForceLeadingZeros
          >
            <Label className="field-label">{label}</Label>
            <DateSegmentsInput label={label} />
            <FieldMessages errors={errors} notes={notes} description={description} />
            <CalendarPopover label={label} />
          </DatePicker>
        );
      }}
    />
  );
}

export function CheckboxField<T extends FieldValues>(props: BaseFieldProps<T> & { children: ReactNode }) {
  const { control, name, issues = [], className, children } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const { errors } = splitIssues(issues, fieldState.error?.message);
        return (
          <div className={`field field-checkbox ${className ?? ''}`}>
            <Checkbox
              name={field.name}
              isSelected={Boolean(field.value)}
              onChange={field.onChange}
              onBlur={field.onBlur}
              isInvalid={errors.length > 0}
              inputRef={field.ref}
              className="checkbox"
            >
              <span className="checkbox-box" aria-hidden="true">
                ✓
              </span>
              <span>{children}</span>
            </Checkbox>
            {errors.length > 0 ? (
              <p className="field-error" role="alert">
                {errors.join(' ')}
              </p>
            ) : null}
          </div>
        );
      }}
    />
  );
}

export function RadioGroupField<T extends FieldValues>(
  props: BaseFieldProps<T> & { options: readonly { value: string; label: string }[] },
) {
  const { control, name, label, issues = [], className, options, description } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const { errors, notes } = splitIssues(issues, fieldState.error?.message);
        return (
          <RadioGroup
            className={`field field-radios ${className ?? ''}`}
            name={field.name}
            value={(field.value as string) || null}
            onChange={field.onChange}
            onBlur={field.onBlur}
            isInvalid={errors.length > 0}
            validationBehavior="aria"
            orientation="horizontal"
          >
            <Label className="field-label">{label}</Label>
            <div className="radio-row">
              {options.map((option) => (
                <Radio key={option.value} value={option.value} className="radio">
                  <span className="radio-dot" aria-hidden="true" />
                  {option.label}
                </Radio>
              ))}
            </div>
            <FieldMessages errors={errors} notes={notes} description={description} />
          </RadioGroup>
        );
      }}
    />
  );
}
