import type { ReactNode } from 'react';

import { CheckBadge, StatusBadge } from '#renderer/components/status-badge';
import { formatKg, formatUsd } from '#renderer/format/numbers';
import type { LicenceSummary } from '#shared/contract/licences';
import { displayDate } from '#shared/dates/iso-date';
import { formatHts } from '#shared/reference/hts';
import { countOf } from '#shared/text/plural';

export interface RegisterColumn {
  readonly id: string;
  readonly label: string;
  /** The CSS grid track of the column. */
  readonly track: string;
  /** The narrowest it can be, in px (to decide what fits). */
  readonly minWidth: number;
  /** Columns that can be hidden go first by the highest number; `null`: always shown. */
  readonly dropOrder: number | null;
  readonly className?: string;
  readonly render: (row: LicenceSummary) => ReactNode;
}

/*
 * Reference, status and licence number are what a row is found and acted on by: always shown.
 * The rest come and go with the room there is (and the person's choice), least needed first.
 */
export const registerColumns: readonly RegisterColumn[] = [
  {
    id: 'reference',
    label: 'Reference / importer',
    track: 'minmax(150px, 2fr)',
    minWidth: 150,
    dropOrder: null,
    className: 'cell-main cell-sticky',
    render: (row) => (
      <>
        <span className="cell-title">{row.reference || row.importerName || 'Untitled draft'}</span>
        <span className="cell-sub">{row.reference ? row.importerName : row.exporterName}</span>
      </>
    ),
  },
  {
    id: 'status',
    label: 'Status',
    track: '118px',
    minWidth: 118,
    dropOrder: null,
    render: (row) => (
      <>
        <StatusBadge status={row.status} kind={row.licenceKind} />
        {row.useCount > 1 ? <span className="cell-sub">{countOf(row.useCount, 'entry', 'entries')}</span> : null}
      </>
    ),
  },
  {
    id: 'licenceNumber',
    label: 'Licence no.',
    track: 'minmax(104px, 1fr)',
    minWidth: 104,
    dropOrder: null,
    className: 'cell-mono',
    render: (row) => row.licenceNumber ?? <span className="muted">—</span>,
  },
  {
    id: 'importDate',
    label: 'Import date',
    track: '104px',
    minWidth: 104,
    dropOrder: 1,
    // The date of importation once an entry is recorded, the expected one before.
    render: (row) =>
      row.lastEntryDate ? (
        <>
          {displayDate(row.lastEntryDate)}
          <span className="cell-sub">imported</span>
        </>
      ) : row.expectedImportDate ? (
        displayDate(row.expectedImportDate)
      ) : (
        '—'
      ),
  },
  {
    id: 'check',
    label: 'Check',
    track: '104px',
    minWidth: 104,
    dropOrder: 2,
    render: (row) =>
      row.validation ? <CheckBadge errors={row.validation.errors} warnings={row.validation.warnings} /> : '—',
  },
  {
    id: 'hts',
    label: 'HTS',
    track: 'minmax(110px, 1fr)',
    minWidth: 110,
    dropOrder: 3,
    className: 'cell-mono',
    render: (row) =>
      `${row.htsCodes.slice(0, 2).map(formatHts).join(', ')}${row.htsCodes.length > 2 ? ` +${row.htsCodes.length - 2}` : ''}`,
  },
  {
    id: 'value',
    label: 'Value',
    track: '96px',
    minWidth: 96,
    dropOrder: 4,
    className: 'cell-number',
    render: (row) => formatUsd(row.totalValueUsd, 0),
  },
  {
    id: 'validThrough',
    label: 'Valid until',
    track: '104px',
    minWidth: 104,
    dropOrder: 5,
    render: (row) => (row.validThrough ? displayDate(row.validThrough) : '—'),
  },
  {
    id: 'quantity',
    label: 'Quantity',
    track: '104px',
    minWidth: 104,
    dropOrder: 6,
    className: 'cell-number',
    render: (row) => formatKg(row.totalKg),
  },
  {
    id: 'exporter',
    label: 'Exporter',
    track: 'minmax(100px, 1.2fr)',
    minWidth: 100,
    dropOrder: 7,
    className: 'cell-sub-only',
    render: (row) => row.exporterName || '—',
  },
];

export const optionalColumns = registerColumns.filter((c) => c.dropOrder !== null);
export const defaultShownColumns: readonly string[] = optionalColumns.map((c) => c.id);

const selectWidth = 36;
const gap = 8;
const rowPadding = 24;

/**
 * The columns to draw in `width` px: every one the person wants, least needed dropped first until
 * the rest fit. Returns the dropped ones too, so the column chooser can say "no room".
 */
export function fitColumns(
  width: number,
  wanted: ReadonlySet<string>,
): { shown: RegisterColumn[]; noRoom: Set<string> } {
  const shown = registerColumns.filter((c) => c.dropOrder === null || wanted.has(c.id));
  const noRoom = new Set<string>();
  while (minRowWidth(shown) > width) {
    const droppable = shown.filter((c) => c.dropOrder !== null);
    if (droppable.length === 0) break;
    const last = droppable.reduce((a, b) => (b.dropOrder! > a.dropOrder! ? b : a));
    shown.splice(shown.indexOf(last), 1);
    noRoom.add(last.id);
  }
  return { shown, noRoom };
}

/** The width below which the row scrolls sideways (the first column stays put). */
export const minRowWidth = (columns: readonly RegisterColumn[]): number =>
  rowPadding + selectWidth + columns.reduce((sum, c) => sum + c.minWidth + gap, 0);

export const gridTemplate = (columns: readonly RegisterColumn[]): string =>
  [`${selectWidth}px`, ...columns.map((c) => c.track)].join(' ');
