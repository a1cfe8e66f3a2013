import type { ReactNode } from 'react';
import { Button, type Key, Menu, MenuItem, MenuTrigger, Popover, type Selection } from 'react-aria-components';

export interface MenuAction {
  readonly id: string;
  readonly label: string;
  /** A second line: what the item does, in a few words. */
  readonly detail?: string;
  readonly isDisabled?: boolean;
  readonly tone?: 'danger';
}

/** A button that opens a short list of actions (Export ▾, More ▾): keeps a header's actions in one row. */
export function MenuButton({
  label,
  items,
  onAction,
  className = 'button button-secondary',
  'aria-label': ariaLabel,
}: {
  label: ReactNode;
  items: readonly MenuAction[];
  onAction: (id: string) => void;
  className?: string;
  'aria-label'?: string;
}) {
  return (
    <MenuTrigger>
      <Button className={className} {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}>
        {label} <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover menu-popover" placement="bottom end">
        <Menu
          className="listbox menu"
          items={items}
          disabledKeys={items.filter((i) => i.isDisabled).map((i) => i.id)}
          onAction={(key: Key) => onAction(String(key))}
        >
          {(item) => (
            <MenuItem
              id={item.id}
              textValue={item.label}
              className={`listbox-item ${item.tone === 'danger' ? 'menu-item-danger' : ''}`}
            >
              <span className="listbox-label">{item.label}</span>
              {item.detail ? <span className="listbox-detail">{item.detail}</span> : null}
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

/** A button that opens a list of things to show or hide (Columns ▾): several can be ticked. */
export function ToggleMenuButton({
  label,
  items,
  selected,
  onChange,
}: {
  label: ReactNode;
  items: readonly MenuAction[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}) {
  return (
    <MenuTrigger>
      <Button className="button button-quiet">
        {label} <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover menu-popover" placement="bottom end">
        <Menu
          className="listbox menu"
          items={items}
          selectionMode="multiple"
          selectedKeys={selected}
          onSelectionChange={(keys: Selection) =>
            onChange(keys === 'all' ? new Set(items.map((i) => i.id)) : new Set([...keys].map(String)))
          }
        >
          {(item) => (
            <MenuItem id={item.id} textValue={item.label} className="listbox-item menu-item-check">
              {({ isSelected }) => (
                <>
                  <span className="menu-check" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  <span className="listbox-label">{item.label}</span>
                  {item.detail ? <span className="listbox-detail">{item.detail}</span> : null}
                </>
              )}
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
