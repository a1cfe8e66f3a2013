import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, type Key } from 'react-aria-components';
import { FieldHelp } from '../../components/field-help';

export interface EntityOption {
  readonly id: string;
  readonly label: string;
  readonly detail?: string;
}

/**
 * Picks one record (a supplier product, a document) by typing part of its name. Unlike the code
 * pickers it takes no free text: a line can only point at something that exists.
 */
export function EntityPicker({
  label,
  options,
  selectedId,
  onSelect,
  description,
  placeholder,
  emptyText,
  className,
}: {
  label: string;
  options: readonly EntityOption[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  description?: string;
  placeholder?: string;
  emptyText: string;
  className?: string;
}) {
  return (
    <ComboBox
      className={`field ${className ?? ''}`}
      defaultItems={options}
      selectedKey={selectedId && options.some((o) => o.id === selectedId) ? selectedId : null}
      onSelectionChange={(key: Key | null) => {
        if (key !== null) onSelect(String(key));
      }}
      menuTrigger="focus"
    >
      <Label className="field-label">{label}</Label>
      <div className="field-group combo-group">
        <Input className="field-input" {...(placeholder ? { placeholder } : {})} />
        <Button className="icon-button" aria-label={`Show ${label} options`}>
          ▾
        </Button>
      </div>
      <FieldHelp text={description} />
      <Popover className="popover combo-popover">
        <ListBox className="listbox" renderEmptyState={() => <div className="listbox-empty">{emptyText}</div>}>
          {(option: EntityOption) => (
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
