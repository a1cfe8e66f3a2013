import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useRef, useState, type KeyboardEvent } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { isIsoDate, displayDate } from '../../../shared/dates/iso-date';
import type { LicenceSummary } from '../../../shared/contract/licences';
import { formatHts } from '../../../shared/reference/hts';
import { ErrorBanner } from '../../components/error-banner';
import { CheckBadge, StatusBadge } from '../../components/status-badge';
import { formatCount, formatKg, formatUsd } from '../../format/numbers';
import { RegisterFilters, type RegisterQuery } from './register-filters';
import { useLicencePages } from './use-licence-pages';

const rowHeight = 52;

interface RegisterProps {
  readonly query: RegisterQuery;
  readonly onQueryChange: (query: RegisterQuery) => void;
  readonly onOpen: (id: string) => void;
  readonly selection: ReadonlySet<string>;
  readonly onSelectionChange: (selection: Set<string>) => void;
  readonly toolbar: React.ReactNode;
}

function Row({
  row,
  index,
  selected,
  onToggle,
  onOpen,
}: {
  row: LicenceSummary | undefined;
  index: number;
  selected: boolean;
  onToggle: () => void;
  onOpen: () => void;
}) {
  if (!row) {
    return (
      <div className="register-row register-row-loading" role="row" aria-rowindex={index + 2}>
        <div role="cell" className="muted">
          Loading…
        </div>
      </div>
    );
  }
  const name = row.reference || row.importerName || 'Untitled draft';
  return (
    <>
      <div role="cell" className="cell-select">
        <Checkbox
          isSelected={selected}
          onChange={onToggle}
          aria-label={`Select ${name}`}
          className="checkbox"
          excludeFromTabOrder
        >
          <span className="checkbox-box" aria-hidden="true">
            ✓
          </span>
        </Checkbox>
      </div>
      <div role="cell" className="cell-main">
        <span className="cell-title">{name}</span>
        <span className="cell-sub">{row.reference ? row.importerName : row.exporterName}</span>
      </div>
      <div role="cell">
        <StatusBadge status={row.status} kind={row.licenceKind} />
        {row.useCount > 1 ? <span className="cell-sub">{formatCount(row.useCount)} entries</span> : null}
      </div>
      <div role="cell" className="cell-sub-only">
        {row.exporterName || '—'}
      </div>
      <div role="cell" className="cell-mono">
        {row.htsCodes.slice(0, 2).map(formatHts).join(', ')}
        {row.htsCodes.length > 2 ? ` +${row.htsCodes.length - 2}` : ''}
      </div>
      <div role="cell">
        {row.lastEntryDate ? (
          <>
            {displayDate(row.lastEntryDate)}
            <span className="cell-sub">imported</span>
          </>
        ) : row.expectedImportDate ? (
          displayDate(row.expectedImportDate)
        ) : (
          '—'
        )}
      </div>
      <div role="cell" className="cell-number">
        {formatKg(row.totalKg)}
      </div>
      <div role="cell" className="cell-number">
        {formatUsd(row.totalValueUsd, 0)}
      </div>
      <div role="cell">
        {row.validation ? <CheckBadge errors={row.validation.errors} warnings={row.validation.warnings} /> : '—'}
      </div>
      <div role="cell" className="cell-mono">
        {row.licenceNumber ?? ''}
        <button type="button" className="visually-hidden" onClick={onOpen} tabIndex={-1}>
          Open {name}
        </button>
      </div>
    </>
  );
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
  const [visible, setVisible] = useState({ start: 0, end: 30 });
  const { total, rowAt, error, loading } = useLicencePages(effective, visible);
  const [focused, setFocused] = useState(0);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
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

  return (
    <div className="register">
      <RegisterFilters query={query} onChange={onQueryChange} />
      <div className="register-toolbar">
        <span className="register-count" aria-live="polite">
          {loading ? 'Loading…' : `${formatCount(total)} licence${total === 1 ? '' : 's'}`}
          {selection.size > 0 ? ` · ${formatCount(selection.size)} selected` : ''}
        </span>
        {selection.size > 0 ? (
          <Button className="button button-quiet" onPress={() => onSelectionChange(new Set())}>
            Clear selection
          </Button>
        ) : null}
        {toolbar}
      </div>
      <ErrorBanner message={error?.message} />
      <div className="register-table" role="table" aria-label="Licence register" aria-rowcount={total + 1}>
        <div className="register-row register-head" role="row" aria-rowindex={1}>
          {[
            '',
            'Reference / importer',
            'Status',
            'Exporter',
            'HTS',
            'Import date',
            'Quantity',
            'Value',
            'Check',
            'Licence no.',
          ].map((h, i) => (
            <div role="columnheader" key={i} className={i === 0 ? 'cell-select' : undefined}>
              {h ? h : <span className="visually-hidden">Selected</span>}
            </div>
          ))}
        </div>
        <div className="register-scroller" ref={scroller} role="rowgroup">
          {total === 0 && !loading ? (
            <div className="register-empty" role="row">
              <div role="cell">No licences match. Clear the search or create a new licence.</div>
            </div>
          ) : null}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rowAt(item.index);
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={row ? selection.has(row.id) : false}
                  data-index={item.index}
                  data-testid={row ? `licence-row-${row.reference || row.id}` : undefined}
                  tabIndex={item.index === focused ? 0 : -1}
                  className={`register-row ${row && selection.has(row.id) ? 'is-selected' : ''}`}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: rowHeight,
                    transform: `translateY(${item.start}px)`,
                  }}
                  onFocus={() => setFocused(item.index)}
                  onKeyDown={(event) => onKeyDown(event, item.index, row)}
                  onDoubleClick={() => row && onOpen(row.id)}
                  onClick={(event) => {
                    if (row && !(event.target as HTMLElement).closest('.cell-select')) onOpen(row.id);
                  }}
                >
                  <Row
                    row={row}
                    index={item.index}
                    selected={row ? selection.has(row.id) : false}
                    onToggle={() => row && toggle(row.id)}
                    onOpen={() => row && onOpen(row.id)}
                  />
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
