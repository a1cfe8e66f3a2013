import { Button } from 'react-aria-components';

import { DataTable, numeric, unseen } from '#renderer/components/table-head';
import { formatCount } from '#renderer/format/numbers';
import type { ReferenceTable } from '#shared/contract/reference';
import { displayDate, plusDays } from '#shared/dates/iso-date';
import { formatBytes } from '#shared/suppliers/attachment-rules';

function Span({ table }: { table: ReferenceTable }) {
  if (table.kind !== 'hts') return <>As of {displayDate(table.effectiveFrom)}</>;
  return table.until ? (
    <>
      {displayDate(table.effectiveFrom)} – {displayDate(plusDays(table.until, -1))}
    </>
  ) : (
    <>From {displayDate(table.effectiveFrom)}</>
  );
}

function Source({ table }: { table: ReferenceTable }) {
  const origin = table.origin;
  if (!origin) return <span className="small">{table.source}</span>;
  return (
    <>
      <span className="cell-mono small">{origin.fileName}</span>
      <span className="cell-sub">
        {formatBytes(origin.bytes)}
        {origin.importedAt ? `, imported ${displayDate(origin.importedAt.slice(0, 10))}` : ', bundled with the app'}
      </span>
      <span className="cell-sub reference-hash" title={`SHA-256 of the published file: ${origin.sha256}`}>
        SHA-256 <code>{origin.sha256}</code>
      </span>
    </>
  );
}

/** The HTS revisions and port lists of the data folder, oldest first, with where each came from. */
export function ReferenceTableList({
  tables,
  onRemove,
  busy,
}: {
  tables: readonly ReferenceTable[];
  onRemove: (table: ReferenceTable) => void;
  busy: boolean;
}) {
  return (
    <div className="table-scroll" role="region" aria-label="HTS revisions and port lists" tabIndex={0}>
      <DataTable
        className="trust-table reference-table"
        caption="HTS revisions and port lists in this data folder"
        columns={['Table', 'Applies', numeric('Lines'), 'Source', unseen('Actions')]}
        rows={tables}
        row={(table) => (
          <tr key={table.id} data-testid="reference-row">
            <th scope="row" className="reference-name">
              {table.label}
              <span className="reference-tags">
                <span className={`trust-tag ${table.origin?.kind === 'imported' ? 'reference-tag-imported' : ''}`}>
                  {table.origin?.kind === 'imported' ? 'Imported' : 'Bundled'}
                </span>
                {table.inForceToday ? <span className="trust-tag trust-tag-good">In force today</span> : null}
              </span>
            </th>
            <td>
              <Span table={table} />
            </td>
            <td className="cell-number">
              {formatCount(table.count)}
              {table.coveredCount !== null ? (
                <span className="cell-sub">{formatCount(table.coveredCount)} need a licence</span>
              ) : (
                <span className="cell-sub">{table.kind === 'ports-cbp' ? 'CBP codes' : 'ports'}</span>
              )}
            </td>
            <td className="reference-source">
              <Source table={table} />
            </td>
            <td>
              {table.removable ? (
                <Button
                  className="button button-quiet"
                  isDisabled={busy}
                  aria-label={`Remove ${table.label}`}
                  onPress={() => onRemove(table)}
                >
                  Remove…
                </Button>
              ) : null}
            </td>
          </tr>
        )}
      />
    </div>
  );
}
