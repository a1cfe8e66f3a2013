import type { Statement } from 'better-sqlite3';

import type { Db } from '#core/db/open-database';
import type { LicenceQuery } from '#shared/contract/licences';

import { searchParts } from './licence-search';

const sortSql: Record<LicenceQuery['sort'], string> = {
  updatedAt: 'updated_at',
  expectedImportDate: 'expected_import_date',
  importerName: 'importer_name COLLATE NOCASE',
  reference: 'reference COLLATE NOCASE',
  status: 'status',
  totalValueUsd: 'total_value_cents',
};

/** Memory for the parts' matches (one byte per licence each): 16 MB keeps 160 parts at 100,000 licences. */
const partsBudgetBytes = 16 * 1024 * 1024;
/** Whole searches' combined matches kept, for paging through the same search. */
const keptSearches = 16;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What narrows a register query, as parts that each name a set of licences: every full-text
 * part (a word, `countries : "CA"`, an HTS prefix), the statuses, the import-date range. A
 * licence is listed when it is in every part. Each part is a whole SQL query of its own, so its
 * matches can be kept and shared between searches ("importer 12", "importer 13" ask for
 * "importer" once).
 */
interface Part {
  readonly key: string;
  /** SELECT … WHERE … with `?` for `params`; the caller wraps it for counting and listing. */
  readonly where: string;
  readonly params: readonly string[];
}

function partsOf(query: Omit<LicenceQuery, 'offset' | 'limit'>): Part[] {
  const parts: Part[] = searchParts(query).map((fts) => ({
    key: `fts:${fts}`,
    where: 'licence_search WHERE licence_search MATCH ?',
    params: [fts],
  }));
  if (query.statuses.length > 0) {
    const statuses = [...new Set(query.statuses)].sort();
    parts.push({
      key: `status:${statuses.join(',')}`,
      where: `licences WHERE status IN (${statuses.map(() => '?').join(', ')})`,
      params: statuses,
    });
  }
  // A bound that is not a whole date is ignored; with a bound, a licence without a date is left out.
  const from = isoDate.test(query.importFrom) ? query.importFrom : '';
  const to = isoDate.test(query.importTo) ? query.importTo : '';
  if (from || to) {
    parts.push({
      key: `date:${from}:${to}`,
      where: `licences WHERE expected_import_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
        AND expected_import_date >= ? AND expected_import_date <= ?`,
      params: [from || '0000-00-00', to || '9999-99-99'],
    });
  }
  return parts;
}

interface PartStatements {
  readonly count: Statement<string[], number>;
  readonly list: Statement<string[], string | null>;
}

/** Reads a comma-separated list of rowids (SQLite's group_concat) into an array, without a JS array per number. */
function readRowids(list: string | null | undefined, into: Uint32Array | Uint8Array, flag: boolean): number {
  if (!list) return 0;
  let count = 0;
  let value = 0;
  for (let i = 0; i < list.length; i += 1) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      if (flag) into[value] = 1;
      else into[count] = value;
      count += 1;
      value = 0;
    } else value = value * 10 + (c - 48);
  }
  if (flag) into[value] = 1;
  else into[count] = value;
  return count + 1;
}

/**
 * The register's orders and filters, held in memory. For each sort, the licences' rowids in
 * ascending order (a descending list reads it from the end); for each part of a query, a flag
 * per rowid. Built on first use from SQLite's indexes, handed over as one string per list (not
 * one JavaScript value per licence), and thrown away when the database changes. A search is then
 * one pass over typed arrays: nothing is sorted per search, and a part that every licence
 * matches (a word in every importer's name) costs one count and no memory.
 */
export function createRegisterIndex(db: Db) {
  const changes = db.prepare('SELECT total_changes()').pluck();
  const maxRowid = db.prepare<[], number>('SELECT coalesce(max(rowid), 0) FROM licences').pluck();
  // The subquery's ORDER BY is the order group_concat sees (a co-routine feeds the aggregate);
  // licence-service.test.ts checks every sort against SQLite's own ORDER BY.
  const orderLists = new Map(
    (Object.keys(sortSql) as LicenceQuery['sort'][]).map((sort) => [
      sort,
      db
        .prepare<[], string | null>(
          `SELECT group_concat(rowid) FROM (SELECT rowid FROM licences ORDER BY ${sortSql[sort]} ASC, id ASC)`,
        )
        .pluck(),
    ]),
  );
  const statements = new Map<string, PartStatements>();
  let mark = '';
  let size = 0;
  /** How many licences there are (set with the first order read after a change). */
  let total = 0;
  const orders = new Map<LicenceQuery['sort'], Uint32Array>();
  /** Flags per rowid for each part that narrows the register, least recently used first. */
  const parts = new Map<string, Uint8Array>();
  /** Parts every licence matches. */
  const everywhere = new Set<string>();
  const searches = new Map<string, Uint8Array | null>();

  function current(): void {
    // total_changes sees this connection's writes; data_version sees other processes' (web host and desktop app on one file).
    const now = `${changes.get() as number}:${db.pragma('data_version', { simple: true }) as number}`;
    if (now !== mark) {
      mark = now;
      size = maxRowid.get()! + 1;
      total = 0;
      orders.clear();
      parts.clear();
      everywhere.clear();
      searches.clear();
    }
  }

  /** Rowids in ascending order of `sort` (ties by id). */
  function orderOf(sort: LicenceQuery['sort']): Uint32Array {
    let order = orders.get(sort);
    if (!order) {
      const list = orderLists.get(sort)!.get();
      const read = new Uint32Array(list ? Math.floor(list.length / 2) + 1 : 0);
      order = read.slice(0, readRowids(list, read, false));
      orders.set(sort, order);
      // Every order lists every licence: the count comes free with the first one.
      total = order.length;
    }
    return order;
  }

  /** A cached value, moved to the back of the queue: the oldest is the least recently used. */
  function recall<V>(cache: Map<string, V>, key: string): V | undefined {
    if (!cache.has(key)) return undefined;
    const value = cache.get(key)!;
    cache.delete(key);
    cache.set(key, value);
    return value;
  }

  function remember<V>(cache: Map<string, V>, key: string, value: V, limit: number): V {
    cache.set(key, value);
    if (cache.size > limit) cache.delete(cache.keys().next().value!);
    return value;
  }

  function statementsOf(part: Part): PartStatements {
    let prepared = statements.get(part.where);
    if (!prepared) {
      prepared = {
        count: db.prepare<string[], number>(`SELECT count(*) FROM ${part.where}`).pluck(),
        list: db.prepare<string[], string | null>(`SELECT group_concat(rowid) FROM ${part.where}`).pluck(),
      };
      statements.set(part.where, prepared);
    }
    return prepared;
  }

  /** The part's matches as flags per rowid; null when every licence matches it. */
  function partMatches(part: Part): Uint8Array | null {
    if (everywhere.has(part.key)) return null;
    const known = recall(parts, part.key);
    if (known !== undefined) return known;
    const { count, list } = statementsOf(part);
    // Counting is a third of the cost of listing: a part that matches everything is never listed.
    if (count.get(...part.params) === total) {
      if (everywhere.size >= 4096) everywhere.clear();
      everywhere.add(part.key);
      return null;
    }
    const flags = new Uint8Array(size);
    readRowids(list.get(...part.params), flags, true);
    return remember(parts, part.key, flags, Math.max(16, Math.floor(partsBudgetBytes / size)));
  }

  /** The licences matching every part of the query, as a flag per rowid (null: all of them). */
  function matching(query: Omit<LicenceQuery, 'offset' | 'limit'>): Uint8Array | null {
    const queryParts = partsOf(query);
    if (queryParts.length === 0) return null;
    const key = queryParts.map((p) => p.key).join('\u0000');
    const known = recall(searches, key);
    if (known !== undefined) return known;
    const narrowing = queryParts.map(partMatches).filter((flags): flags is Uint8Array => flags !== null);
    let combined: Uint8Array | null = narrowing[0] ?? null;
    if (narrowing.length > 1) {
      combined = narrowing[0]!.slice();
      for (const flags of narrowing.slice(1)) for (let i = 0; i < combined.length; i += 1) combined[i]! &= flags[i]!;
    }
    return remember(searches, key, combined, keptSearches);
  }

  return {
    /** The rowids of one page of the query, in its order, and how many licences match. */
    select(query: Omit<LicenceQuery, 'offset' | 'limit'> & { offset: number; limit: number }): {
      total: number;
      page: number[];
    } {
      current();
      const order = orderOf(query.sort);
      const matches = matching(query);
      const page: number[] = [];
      const end = query.offset + query.limit;
      const last = order.length - 1;
      const descending = query.direction === 'desc';
      let found = 0;
      for (let i = 0; i <= last; i += 1) {
        const rowid = order[descending ? last - i : i]!;
        if (matches && matches[rowid] !== 1) continue;
        if (found >= query.offset && found < end) page.push(rowid);
        found += 1;
      }
      return { total: found, page };
    },
  };
}
export type RegisterIndex = ReturnType<typeof createRegisterIndex>;
