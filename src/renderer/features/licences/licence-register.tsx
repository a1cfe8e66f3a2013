import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type KeyboardEvent,
  memo,
  useCallback,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Button } from 'react-aria-components';

import { ToggleMenuButton } from '#renderer/components/menu-button';
import { formatCount } from '#renderer/format/numbers';
import type { LicenceSummary } from '#shared/contract/licences';
import { isIsoDate } from '#shared/dates/iso-date';
import { countOf } from '#shared/text/plural';

import {
  defaultShownColumns,
  fitColumns,
  gridTemplate,
  minRowWidth,
  optionalColumns,
  type RegisterColumn,
} from './register-columns';
import { RegisterFilters, type RegisterQuery } from './register-filters';
import { useLicencePages } from './use-licence-pages';

import '#renderer/styles/licences.css';

const rowHeight = 52;
/** More than the rows in view plus the overscan on the tallest screen. */
const rowSlots = 256;
const headHeight = 38;

interface RegisterProps {
  readonly query: RegisterQuery;
  readonly onQueryChange: (query: RegisterQuery) => void;
  readonly onOpen: (id: string) => void;
  readonly selection: ReadonlySet<string>;
  readonly onSelectionChange: (selection: Set<string>) => void;
  readonly toolbar: React.ReactNode;
}

/** What a row does, the same functions while scrolling (they read the latest state). */
interface RowActions {
  readonly toggle: (id: string) => void;
  readonly open: (id: string) => void;
  readonly focus: (index: number) => void;
  readonly keyDown: (event: KeyboardEvent<HTMLDivElement>, index: number, row: LicenceSummary | undefined) => void;
}

/**
 * One row of the register. Memoised: scrolling re-renders only rows whose licence, place or
 * selection changed, and rows keep their component (and DOM) as they move through the window.
 */
const RegisterRow = memo(function RegisterRow({
  row,
  index,
  top,
  columns,
  selected,
  focused,
  actions,
}: {
  row: LicenceSummary | undefined;
  index: number;
  top: number;
  columns: readonly RegisterColumn[];
  selected: boolean;
  focused: boolean;
  actions: RowActions;
}) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      data-testid={row ? `licence-row-${row.reference || row.id}` : undefined}
      tabIndex={focused ? 0 : -1}
      className={`register-row ${selected ? 'is-selected' : ''}`}
      style={{ position: 'absolute', top: 0, left: 0, height: rowHeight, transform: `translateY(${top}px)` }}
      onFocus={() => actions.focus(index)}
      onKeyDown={(event) => actions.keyDown(event, index, row)}
      onDoubleClick={() => row && actions.open(row.id)}
      onClick={(event) => {
        if (row && !(event.target as HTMLElement).closest('.cell-select')) actions.open(row.id);
      }}
    >
      <RowCells
        row={row}
        index={index}
        columns={columns}
        selected={selected}
        onToggle={() => row && actions.toggle(row.id)}
        onOpen={() => row && actions.open(row.id)}
      />
    </div>
  );
});

function RowCells({
  row,
  index,
  columns,
  selected,
  onToggle,
  onOpen,
}: {
  row: LicenceSummary | undefined;
  index: number;
  columns: readonly RegisterColumn[];
  selected: boolean;
  onToggle: () => void;
  onOpen: () => void;
}) {
  if (!row) {
    return (
      <div role="cell" className="muted register-loading-cell" aria-rowindex={index + 2}>
        Loading…
      </div>
    );
  }
  const name = row.reference || row.importerName || 'Untitled draft';
  return (
    <>
      <div role="cell" className="cell-select cell-sticky">
        {/* A native checkbox: one element a row, where a scroll brings in dozens of rows a frame. */}
        <input
          type="checkbox"
          className="row-checkbox"
          checked={selected}
          onChange={onToggle}
          aria-label={`Select ${name}`}
          tabIndex={-1}
        />
      </div>
      {columns.map((column, i) => (
        <div role="cell" key={column.id} className={column.className} data-column={column.id}>
          {column.render(row)}
          {i === columns.length - 1 ? (
            <button type="button" className="visually-hidden" onClick={onOpen} tabIndex={-1}>
              Open {name}
            </button>
          ) : null}
        </div>
      ))}
    </>
  );
}

const columnsKey = 'aim.register.columns';
function storedColumns(): Set<string> {
  try {
    const stored = JSON.parse(window.localStorage.getItem(columnsKey) ?? 'null') as unknown;
    if (Array.isArray(stored)) return new Set(stored.filter((id): id is string => typeof id === 'string'));
  } catch {
    // A damaged setting falls back to the default columns.
  }
  return new Set(defaultShownColumns);
}

/** The register's width, followed as the window is resized. */
function useWidth(element: React.RefObject<HTMLElement | null>): number {
  // A first guess from the window (sidebar and margins off) until the observer measures the table.
  const [width, setWidth] = useState(() => Math.max(600, window.innerWidth - 300));
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? target.clientWidth));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/**
 * The licence register: a virtualised table (only the rows in view exist in the page), read a
 * page at a time from the core, searchable and filterable, navigable by keyboard (arrows move,
 * Enter opens, Space selects).
 */
/** What the server is asked: date bounds only once they are whole dates. */
export const effectiveQuery = (query: RegisterQuery): RegisterQuery => ({
  ...query,
  importFrom: isIsoDate(query.importFrom) ? query.importFrom : '',
  importTo: isIsoDate(query.importTo) ? query.importTo : '',
});

export function LicenceRegister({
  query,
  onQueryChange,
  onOpen,
  selection,
  onSelectionChange,
  toolbar,
}: RegisterProps) {
  const effective = effectiveQuery(useDeferredValue(query));
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState<Set<string>>(storedColumns);
  const width = useWidth(table);
  const { shown: columns, noRoom } = useMemo(() => fitColumns(width, wanted), [width, wanted]);
  const template = gridTemplate(columns);
  const chooseColumns = useCallback((next: Set<string>) => {
    setWanted(next);
    window.localStorage.setItem(columnsKey, JSON.stringify([...next]));
  }, []);
  const [visible, setVisible] = useState({ start: 0, end: 30 });
  const { total, rowAt, error, loading } = useLicencePages(effective, visible);
  const [focused, setFocused] = useState(0);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    // A few rows either side for keyboard moves and slow scrolling; every row more is laid out on each frame of a fast drag.
    overscan: 6,
    // The column headings sit above the rows, inside the same scrolling box.
    scrollMargin: headHeight,
    // Render the rows scrolled to in React's own task, not synchronously inside the scroll event:
    // a fast drag then never makes one long task of event, render and layout together.
    useFlushSync: false,
    onChange: (instance) => {
      const items = instance.getVirtualItems();
      const start = items[0]?.index ?? 0;
      const end = items.at(-1)?.index ?? 0;
      setVisible((prev) => (prev.start === start && prev.end === end ? prev : { start, end }));
    },
  });

  const toggle = (id: string) => {
    const next = new Set(selection);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectionChange(next);
  };

  const moveFocus = (index: number) => {
    const clamped = Math.max(0, Math.min(total - 1, index));
    setFocused(clamped);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${clamped}"]`)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, row: LicenceSummary | undefined) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 520) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveFocus(target);
    } else if (event.key === 'Enter' && row) {
      event.preventDefault();
      onOpen(row.id);
    } else if (event.key === ' ' && row) {
      event.preventDefault();
      toggle(row.id);
    }
  };

  // The rows' handlers, one object for the register's life: they call the latest closures.
  const latest = useRef({ toggle, onOpen, onKeyDown });
  useLayoutEffect(() => {
    latest.current = { toggle, onOpen, onKeyDown };
  });
  const [actions] = useState<RowActions>(() => ({
    toggle: (id) => latest.current.toggle(id),
    open: (id) => latest.current.onOpen(id),
    focus: (index) => setFocused(index),
    keyDown: (event, index, row) => latest.current.onKeyDown(event, index, row),
  }));

  // The same element while only the scroll position changes: the filters are not re-rendered per frame.
  const filters = useMemo(
    () => (
      <RegisterFilters
        query={query}
        onChange={onQueryChange}
        extra={
          <ToggleMenuButton
            label="Columns"
            items={optionalColumns.map((c) => ({
              id: c.id,
              label: c.label,
              ...(noRoom.has(c.id) ? { detail: 'No room at this window width' } : {}),
            }))}
            selected={wanted}
            onChange={chooseColumns}
          />
        }
      />
    ),
    [query, onQueryChange, noRoom, wanted, chooseColumns],
  );

  return (
    <div className="register">
      {filters}
      <div className="register-toolbar">
        <span className="register-count" aria-live="polite">
          {loading ? 'Loading…' : countOf(total, 'licence')}
          {selection.size > 0 ? ` · ${formatCount(selection.size)} selected` : ''}
        </span>
        {selection.size > 0 ? (
          <Button
            className="button button-quiet"
            onPress={() => onSelectionChange(new Set())}
            aria-label="Clear selection"
          >
            Clear
          </Button>
        ) : null}
        {toolbar}
      </div>
      {error ? (
        <p className="banner banner-error" role="alert">
          {error.message}
        </p>
      ) : null}
      <div
        className="register-table"
        role="table"
        aria-label="Licence register"
        aria-rowcount={total + 1}
        ref={table}
        style={
          { '--register-columns': template, '--register-min-width': `${minRowWidth(columns)}px` } as React.CSSProperties
        }
      >
        <div className="register-scroller" ref={scroller}>
          <div role="rowgroup" className="register-head-group">
            <div className="register-row register-head" role="row" aria-rowindex={1}>
              <div role="columnheader" className="cell-select cell-sticky">
                <span className="visually-hidden">Selected</span>
              </div>
              {columns.map((column) => (
                <div
                  role="columnheader"
                  key={column.id}
                  className={column.id === 'reference' ? 'cell-sticky' : undefined}
                  data-column={column.id}
                >
                  {column.label}
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup">
            {total === 0 && !loading ? (
              <div className="register-empty" role="row">
                <div role="cell">No licences match. Clear the search or create a new licence.</div>
              </div>
            ) : null}
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = rowAt(item.index);
                return (
                  <RegisterRow
                    // A slot, not the index: a row scrolled out gives its component to one scrolled
                    // in (an update, not a new mount). Unique across any window of rows in view.
                    key={item.index % rowSlots}
                    row={row}
                    index={item.index}
                    top={item.start - headHeight}
                    columns={columns}
                    selected={row ? selection.has(row.id) : false}
                    focused={item.index === focused}
                    actions={actions}
                  />
                );
              })}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
