import type { LicenceQuery } from '../../../shared/contract/licences';
import type { LicenceStatus } from '../../../shared/licence/licence-status';
import type { Db } from '../db/open-database';

const sortSql: Record<LicenceQuery['sort'], string> = {
  updatedAt: 'updated_at',
  expectedImportDate: 'expected_import_date',
  importerName: 'importer_name COLLATE NOCASE',
  reference: 'reference COLLATE NOCASE',
  status: 'status',
  totalValueUsd: 'total_value_cents',
};

interface Attributes {
  readonly status: LicenceStatus;
  readonly importDate: string;
}

/**
 * The register's order and filters, held in memory: for each sort order the licences' rowids in
 * that order, and each licence's status and import date. Built on first use from the indexes
 * (tens of milliseconds at 100,000 licences) and thrown away when the database changes, so a
 * search that matches a third of the register still costs one pass over an array, not a sort.
 */
export function createRegisterIndex(db: Db) {
  const changes = db.prepare('SELECT total_changes()').pluck();
  let mark = '';
  let attributes: Map<number, Attributes> | null = null;
  const orders = new Map<string, number[]>();
  const matches = new Map<string, ReadonlySet<number> | null>();
  const ftsRowids = db.prepare('SELECT rowid FROM licence_search WHERE licence_search MATCH ?').pluck();
  const ftsCount = db.prepare('SELECT count(*) FROM licence_search WHERE licence_search MATCH ?').pluck();
  const licenceCount = db.prepare('SELECT count(*) FROM licences').pluck();

  function current(): void {
    // total_changes sees this connection's writes; data_version sees other processes' (web host and desktop app on one file).
    const now = `${changes.get() as number}:${db.pragma('data_version', { simple: true }) as number}`;
    if (now !== mark) {
      mark = now;
      attributes = null;
      orders.clear();
      matches.clear();
    }
  }

  function attributesOf(): Map<number, Attributes> {
    if (!attributes) {
      const rows = db.prepare('SELECT rowid, status, expected_import_date FROM licences').raw().all() as [number, LicenceStatus, string][];
      attributes = new Map(rows.map(([rowid, status, importDate]) => [rowid, { status, importDate }]));
    }
    return attributes;
  }

  function orderOf(sort: LicenceQuery['sort'], direction: LicenceQuery['direction']): number[] {
    const key = `${sort}:${direction}`;
    let order = orders.get(key);
    if (!order) {
      const dir = direction === 'asc' ? 'ASC' : 'DESC';
      order = db.prepare(`SELECT rowid FROM licences ORDER BY ${sortSql[sort]} ${dir}, id ${dir}`).pluck().all() as number[];
      orders.set(key, order);
    }
    return order;
  }

  return {
    /**
     * The licences a full-text query matches (null: all of them). Kept for the next page of the
     * same search; when every licence matches, no set is built at all.
     */
    matching(fts: string | null): ReadonlySet<number> | null {
      if (fts === null) return null;
      current();
      if (!matches.has(fts)) {
        const all = (ftsCount.get(fts) as number) === (licenceCount.get() as number);
        matches.set(fts, all ? null : new Set(ftsRowids.all(fts) as number[]));
        if (matches.size > 16) matches.delete(matches.keys().next().value!);
      }
      return matches.get(fts)!;
    },
    /** The rowids of one page and how many licences match, for `matching` (null: no text filter). */
    select(query: LicenceQuery, matching: ReadonlySet<number> | null): { total: number; page: number[] } {
      current();
      const order = orderOf(query.sort, query.direction);
      const statuses = query.statuses.length > 0 ? new Set<string>(query.statuses) : null;
      const dated = query.importFrom !== '' || query.importTo !== '';
      const attrs = statuses || dated ? attributesOf() : null;
      const page: number[] = [];
      const end = query.offset + query.limit;
      let total = 0;
      for (const rowid of order) {
        if (matching && !matching.has(rowid)) continue;
        if (attrs) {
          const a = attrs.get(rowid)!;
          if (statuses && !statuses.has(a.status)) continue;
          if (query.importFrom !== '' && !(a.importDate >= query.importFrom)) continue;
          if (query.importTo !== '' && !(a.importDate !== '' && a.importDate <= query.importTo)) continue;
        }
        if (total >= query.offset && total < end) page.push(rowid);
        total += 1;
      }
      return { total, page };
    },
  };
}
export type RegisterIndex = ReturnType<typeof createRegisterIndex>;
