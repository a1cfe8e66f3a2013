import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  type Key,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';

import type { RuleIssue } from '#shared/rules/rule';

import { FieldNotes, splitIssues } from './field-notes';
import type { PickerOption } from './rank-options';
import { rankOptions } from './rank-options';

export type { PickerOption };

interface PickerProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  readonly options: readonly PickerOption[];
  /** Turns typed text into a stored value when no option was picked (e.g. "Norway" → NO). */
  readonly parse: (text: string) => string;
  readonly errors?: readonly string[];
  readonly notes?: readonly RuleIssue[];
  readonly description?: string;
  readonly name?: string;
  readonly inputRef?: React.Ref<HTMLInputElement>;
  readonly isRequired?: boolean;
  readonly className?: string;
  readonly placeholder?: string;
}

/**
 * A searchable picker that also takes free typing: pick from the list, or type a code, a name or
 * a common spelling and move on. Whatever cannot be read is kept as typed, so the rules can say
 * what is wrong with it instead of the form silently dropping it.
 */
export function CodePicker(props: PickerProps) {
  const {
    label,
    value,
    onChange,
    onBlur,
    options,
    parse,
    errors = [],
    notes = [],
    description,
    name,
    inputRef,
    isRequired,
    className,
    placeholder,
  } = props;
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const display = (v: string) => byId.get(v)?.label ?? v;
  const [input, setInput] = useState(display(value));
  const focused = useRef(false);

  // Follow changes made elsewhere (a reset, a filled-in product) while the user is not typing here.
  useEffect(() => {
    if (!focused.current) setInput(byId.get(value)?.label ?? value);
  }, [value, byId]);

  const filtered = useMemo(
    () => rankOptions(options, input, byId.get(value)?.label === input),
    [input, options, byId, value],
  );

  return (
    <ComboBox
      className={`field ${className ?? ''}`}
      {...(name ? { name } : {})}
      items={filtered}
      inputValue={input}
      onInputChange={(text) => {
        setInput(text);
        if (text.trim() === '') onChange('');
      }}
      selectedKey={byId.has(value) ? value : null}
      onSelectionChange={(key: Key | null) => {
        if (key === null) return;
        const id = String(key);
        onChange(id);
        setInput(byId.get(id)?.label ?? id);
      }}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={() => {
        focused.current = false;
        const typed = input.trim();
        const chosen = byId.get(value);
        if (typed !== '' && chosen?.label !== input) {
          const parsed = parse(typed);
          onChange(parsed);
          setInput(byId.get(parsed)?.label ?? typed);
        }
        onBlur?.();
      }}
      allowsCustomValue
      menuTrigger="input"
      isInvalid={errors.length > 0}
      isRequired={isRequired ?? false}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <div className="field-group combo-group">
        <Input ref={inputRef} className="field-input" {...(placeholder ? { placeholder } : {})} />
        <Button className="icon-button" aria-label={`Show ${label} options`}>
          ▾
        </Button>
      </div>
      {description || notes.length > 0 ? (
        <Text slot="description" className="field-help">
          <FieldNotes notes={notes} description={description} />
        </Text>
      ) : null}
      <FieldError className="field-error">{errors.join(' ')}</FieldError>
      <Popover className="popover combo-popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => <div className="listbox-empty">No match. Keep what you typed, or try a code.</div>}
        >
          {(option: PickerOption) => (
            <ListBoxItem id={option.id} textValue={option.label} className="listbox-item">
              <span className="listbox-label">{option.label}</span>
              {option.detail ? <span className="listbox-detail">{option.detail}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

export function CodePickerField<T extends FieldValues>(
  props: Omit<PickerProps, 'value' | 'onChange' | 'onBlur' | 'errors' | 'notes' | 'name' | 'inputRef'> & {
    readonly control: Control<T>;
    readonly name: Path<T>;
    readonly issues?: readonly RuleIssue[];
  },
) {
  const { control, name, issues = [], ...rest } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const { errors, notes } = splitIssues(issues, fieldState.error?.message);
        return (
          <CodePicker
            {...rest}
            name={field.name}
            value={(field.value as string | undefined) ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            errors={errors}
            notes={notes}
          />
        );
      }}
    />
  );
}
