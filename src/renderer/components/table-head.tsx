import type { ReactNode } from 'react';

/**
 * One column heading: its words, or the words with a class (numbers align right), or words only screen
 * readers hear (a column of buttons needs a name, not a visible heading).
 */
export type Column = ReactNode | Heading;
interface Heading {
  label: ReactNode;
  className?: string;
  hidden?: boolean;
}

function heading(column: Column): Heading {
  return typeof column === 'object' && column !== null && 'label' in column ? column : { label: column };
}

/** A column of figures; each table's stylesheet names its own right-aligned class. */
export const numeric = (label: ReactNode, className = 'cell-number'): Column => ({ label, className });

/** A column of buttons: named for screen readers, blank on screen. */
export const unseen = (label: string): Column => ({ label, hidden: true });

/** A table's header row: every heading is a column header (`scope="col"`) so screen readers announce it per cell. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => {
          const { label, className, hidden } = heading(column);
          return (
            // The columns are fixed for a table, so their order is their identity.
            <th key={i} scope="col" className={className}>
              {hidden ? <span className="visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** A table of records: its header row from `columns`, then one row per record drawn by `row`. */
export function DataTable<T>({
  className,
  label,
  caption,
  columns,
  rows,
  row,
}: {
  className: string;
  /** The table's name for screen readers, when no caption names it. */
  label?: string;
  /** A caption only screen readers hear. */
  caption?: string;
  columns: readonly Column[];
  rows: readonly T[];
  row: (record: T) => ReactNode;
}) {
  return (
    <table className={className} aria-label={label}>
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <TableHead columns={columns} />
      <tbody>{rows.map(row)}</tbody>
    </table>
  );
}
