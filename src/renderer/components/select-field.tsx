import type { ReactNode, Ref } from 'react';
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

export interface SelectOption<K extends string> {
  readonly id: K;
  readonly label: string;
}

/** A labelled drop-down list (react-aria Select) of plain options, the same everywhere in the app. */
export function SelectField<K extends string>({
  label,
  value,
  options,
  onChange,
  className = 'field',
  error,
  name,
  buttonRef,
  isInvalid,
}: {
  label: ReactNode;
  value: K;
  options: readonly SelectOption<K>[];
  onChange: (value: K) => void;
  className?: string;
  error?: string | undefined;
  name?: string;
  buttonRef?: Ref<HTMLButtonElement>;
  isInvalid?: boolean;
}) {
  return (
    <Select
      className={className}
      selectedKey={value}
      onSelectionChange={(key) => onChange(String(key) as K)}
      isInvalid={isInvalid ?? Boolean(error)}
      {...(name ? { name } : {})}
    >
      <Label className="field-label">{label}</Label>
      <Button className="select-button" ref={buttonRef}>
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      {error ? <FieldError className="field-error">{error}</FieldError> : null}
      <Popover className="popover">
        <ListBox className="listbox listbox-scroll" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
