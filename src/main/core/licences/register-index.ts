import type { LicenceQuery } from '../../../shared/contract/licences';
import { licenceStatuses } from '../../../shared/licence/licence-status';
import type { Db } from '../db/open-database';

const sortSql: Record<LicenceQuery['sort'], string> = {
  updatedAt: 'updated_at',
  expectedImportDate: 'expected_import_date',
  importerName: 'importer_name COLLATE NOCASE',
  reference: 'reference COLLATE NOCASE',
  status: 'status',
  totalValueUsd: 'total_value_cents',
};

/** Per-licence filter values in arrays indexed by rowid: no object or map lookups in the loop. */
interface Attributes {
  readonly status: Uint8Array;
  /** YYYYMMDD of the expected import date, 0 when empty or not a date. */
  readonly importDate: Uint32Array;
}

const statusCode = new Map(licenceStatuses.map((s, i) => [s, i + 1]));
const dateNumber = (iso: string): number => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? Number(iso.replace(/-/g, '')) : 0);

/**
 * The register's order and filters, held in memory: for each sort order the licences' rowids in
 * that order, and each licence's status and import date. Built on first use from the indexes
 * (tens of milliseconds at 100,000 licences) and thrown away when the database changes, so a
 * search that matches a third of the register costs one pass over typed arrays, not a sort.
 */
export function createRegisterIndex(db: Db) {
  const changes = db.prepare('SELECT total_changes()').pluck();
  const maxRowid = db.prepare('SELECT coalesce(max(rowid), 0) FROM licences').pluck();
  const ftsRowids = db.prepare('SELECT rowid FROM licence_search WHERE licence_search MATCH ?').pluck();
  const ftsCount = db.prepare('SELECT count(*) FROM licence_search WHERE licence_search MATCH ?').pluck();
  const licenceCount = db.prepare('SELECT count(*) FROM licences').pluck();
  let mark = '';
  let size = 0;
  let attributes: Attributes | null = null;
  const orders = new Map<string, Uint32Array>();
  const matches = new Map<string, Uint8Array | null>();

  function current(): void {
    // total_changes sees this connection's writes; data_version sees other processes' (web host and desktop app on one file).
    const now = `${changes.get() as number}:${db.pragma('data_version', { simple: true }) as number}`;
    if (now !== mark) {
      mark = now;
      size = (maxRowid.get() as number) + 1;
      attributes = null;
      orders.clear();
      matches.clear();
    }
  }

  function attributesOf(): Attributes {
    if (!attributes) {
      const status = new Uint8Array(size);
      const importDate = new Uint32Array(size);
      for (const [rowid, s, date] of db
        .prepare('SELECT rowid, status, expected_import_date FROM licences')
        .raw()
        .iterate() as IterableIterator<[number, string, string]>) {
        status[rowid] = statusCode.get(s as never) ?? 0;
        importDate[rowid] = dateNumber(date);
      }
      attributes = { status, importDate };
    }
    return attributes;
  }

  function orderOf(sort: LicenceQuery['sort'], direction: LicenceQuery['direction']): Uint32Array {
    const key = `${sort}:${direction}`;
    let order = orders.get(key);
    if (!order) {
      const dir = direction === 'asc' ? 'ASC' : 'DESC';
      order = Uint32Array.from(
        db.prepare(`SELECT rowid FROM licences ORDER BY ${sortSql[sort]} ${dir}, id ${dir}`).pluck().all() as number[],
      );
      orders.set(key, order);
    }
    return order;
  }

  return {
    /**
     * The licences a full-text query matches, as a flag per rowid (null: all of them). Kept for
     * the next page of the same search; when every licence matches, nothing is built at all.
     */
    matching(fts: string | null): Uint8Array | null {
      if (fts === null) return null;
      current();
      if (!matches.has(fts)) {
        let flags: Uint8Array | null = null;
        if ((ftsCount.get(fts) as number) !== (licenceCount.get() as number)) {
          flags = new Uint8Array(size);
          for (const rowid of ftsRowids.all(fts) as number[]) flags[rowid] = 1;
        }
        matches.set(fts, flags);
        if (matches.size > 16) matches.delete(matches.keys().next().value!);
      }
      return matches.get(fts)!;
    },

    /** The rowids of one page and how many licences match, for `matching` (null: no text filter). */
    select(query: LicenceQuery, matching: Uint8Array | null): { total: number; page: number[] } {
      current();
      const order = orderOf(query.sort, query.direction);
      const wanted = query.statuses.length > 0 ? new Set(query.statuses.map((s) => statusCode.get(s))) : null;
      const from = query.importFrom === '' ? 0 : dateNumber(query.importFrom);
      const to = query.importTo === '' ? 0 : dateNumber(query.importTo);
      const attrs = wanted || from || to ? attributesOf() : null;
      const page: number[] = [];
      const end = query.offset + query.limit;
      let total = 0;
      for (let i = 0; i < order.length; i += 1) {
        const rowid = order[i]!;
        if (matching && matching[rowid] !== 1) continue;
        if (attrs) {
          if (wanted && !wanted.has(attrs.status[rowid]!)) continue;
          const date = attrs.importDate[rowid]!;
          if (from && date < from) continue;
          if (to && (date === 0 || date > to)) continue;
        }
        if (total >= query.offset && total < end) page.push(rowid);
        total += 1;
      }
      return { total, page };
    },
  };
}
export type RegisterIndex = ReturnType<typeof createRegisterIndex>;
