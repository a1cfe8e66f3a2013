import type { Statement } from 'better-sqlite3';

import type { Db } from '#core/db/open-database';
import type { LicenceQuery } from '#shared/contract/licences';

import { searchDocument, searchParts } from './licence-search';
import { createRegisterChanges } from './register-changes';

const sortSql: Record<LicenceQuery['sort'], string> = {
  updatedAt: 'updated_at',
  expectedImportDate: 'expected_import_date',
  importerName: 'importer_name COLLATE NOCASE',
  reference: 'reference COLLATE NOCASE',
  status: 'status',
  totalValueUsd: 'total_value_cents',
};

/** Memory for the parts' matches (one bit per licence each): 16 MB keeps 1,340 parts at 100,000 licences. */
const partsBudgetBytes = 16 * 1024 * 1024;
/** Whole searches' combined matches kept, for paging through the same search. */
const keptSearches = 16;
/** Up to this many licences written since the last search are patched in; more (an import) rebuild on use. */
const patchLimit = 64;

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
  /** Whether one licence (the last parameter, a rowid) matches a part that is not full-text. */
  readonly has: Statement<(string | number)[], number>;
}

/** Bytes of flags for `size` rowids, a bit each: a person's day of searches stays in memory. */
const flagBytes = (size: number): number => (size + 7) >>> 3;

/** Whether a rowid's bit is set in a part's flags. */
const flagged = (flags: Uint8Array, rowid: number): boolean => ((flags[rowid >>> 3] ?? 0) & (1 << (rowid & 7))) !== 0;

/** Reads a comma-separated list of rowids (SQLite's group_concat) into an array, without a JS array per number. */
function readRowids(list: string | null | undefined, into: Uint32Array | Uint8Array, flag: boolean): number {
  if (!list) return 0;
  let count = 0;
  let value = 0;
  for (let i = 0; i < list.length; i += 1) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      if (flag) into[value >>> 3]! |= 1 << (value & 7);
      else into[count] = value;
      count += 1;
      value = 0;
    } else value = value * 10 + (c - 48);
  }
  if (flag) into[value >>> 3]! |= 1 << (value & 7);
  else into[count] = value;
  return count + 1;
}

/**
 * The register's orders and filters, held in memory. For each sort, the licences' rowids in
 * ascending order (a descending list reads it from the end); for each part of a query, a bit
 * per rowid. Built on first use from SQLite's indexes, handed over as one string per list (not
 * one JavaScript value per licence). A search is then one pass over typed arrays: nothing is
 * sorted per search, and a part that every licence matches (a word in every importer's name)
 * costs one count and no memory. After a write, only the licences it touched are moved in each
 * order and checked again against each kept part, so the search after an edit is as quick as
 * the one before it; a large write (an import) or another process's write starts again from nothing.
 */
export function createRegisterIndex(db: Db) {
  const changes = createRegisterChanges(db);
  const maxRowid = db.prepare<[], number>('SELECT coalesce(max(rowid), 0) FROM licences').pluck();
  const sorts = Object.keys(sortSql) as LicenceQuery['sort'][];
  // The subquery's ORDER BY is the order group_concat sees (a co-routine feeds the aggregate);
  // licence-service.test.ts checks every sort against SQLite's own ORDER BY.
  const orderLists = new Map(
    sorts.map((sort) => [
      sort,
      db
        .prepare<[], string | null>(
          `SELECT group_concat(rowid) FROM (SELECT rowid FROM licences ORDER BY ${sortSql[sort]} ASC, id ASC)`,
        )
        .pluck(),
    ]),
  );
  // Whether licence a comes before licence b in ascending `sort`, as ORDER BY would put them:
  // NULLs first, the column's collation, ties by id. SQLite compares, so the patched order is its own.
  const sortsBefore = new Map(
    sorts.map((sort) => {
      const [a, b] = [`a.${sortSql[sort]}`, `b.${sortSql[sort]}`];
      return [
        sort,
        db
          .prepare<[number, number], number>(
            `SELECT CASE WHEN ${a} IS ${b} THEN a.id < b.id WHEN ${a} IS NULL THEN 1 WHEN ${b} IS NULL THEN 0
              ELSE ${a} < ${b} END FROM licences a, licences b WHERE a.rowid = ? AND b.rowid = ?`,
          )
          .pluck(),
      ];
    }),
  );
  const existing = db
    .prepare<[string], number>('SELECT rowid FROM licences WHERE rowid IN (SELECT value FROM json_each(?))')
    .pluck();
  // The written licences' search documents (temp.register_probe, made with register_changed), indexed alone the way licence_search indexes them: a
  // full-text part is checked against these few rows, never against the whole register's doclists.
  const clearProbe = db.prepare('DELETE FROM temp.register_probe');
  const fillProbe = db.prepare<[string]>(
    `INSERT INTO temp.register_probe (rowid, reference, importer, exporter, manufacturers, hts, licence_number, countries)
     SELECT ${searchDocument} FROM licences WHERE rowid IN (SELECT value FROM json_each(?))`,
  );
  const probe = db
    .prepare<[string], number>('SELECT rowid FROM temp.register_probe WHERE register_probe MATCH ?')
    .pluck();
  const statements = new Map<string, PartStatements>();
  let mark = '';
  let version = -1;
  /** Built inside a transaction that may still roll back: rebuilt once outside it. */
  let provisional = false;
  let size = 0;
  /** How many licences there are (set with the first order read after a change). */
  let total = 0;
  const orders = new Map<LicenceQuery['sort'], Uint32Array>();
  /** Flags per rowid for each part that narrows the register, least recently used first. */
  const parts = new Map<string, { part: Part; flags: Uint8Array }>();
  /** Parts every licence matches. */
  const everywhere = new Map<string, Part>();
  const searches = new Map<string, Uint8Array | null>();

  function reset(): void {
    size = maxRowid.get()! + 1;
    total = 0;
    orders.clear();
    parts.clear();
    everywhere.clear();
    searches.clear();
  }

  function current(): void {
    if (!changes.intact()) mark = '';
    const now = changes.mark();
    if (now === mark && !(provisional && !db.inTransaction)) return;
    const nowVersion = changes.version();
    if (db.inTransaction) {
      // What is read now may roll back with the transaction; the trigger's notes would roll back with it.
      reset();
      provisional = true;
    } else {
      const written = changes.take();
      if (provisional || mark === '' || nowVersion !== version || written.length > patchLimit) reset();
      else if (written.length > 0) patch(written);
      provisional = false;
    }
    version = nowVersion;
    mark = changes.mark();
  }

  /** Moves the written licences to their places in each order and checks them against each kept part. */
  function patch(written: number[]): void {
    const present = existing.all(JSON.stringify(written));
    const highest = Math.max(size - 1, ...present);
    if (highest >= size) size = highest + 1 + 1024;
    const removed = new Uint8Array(Math.max(...written) + 1);
    for (const rowid of written) removed[rowid] = 1;
    for (const [sort, order] of orders) {
      const before = sortsBefore.get(sort)!;
      const next = new Uint32Array(order.length + present.length);
      let n = 0;
      for (const rowid of order) if (removed[rowid] !== 1) next[n++] = rowid;
      for (const rowid of present) {
        let low = 0;
        let high = n;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (before.get(rowid, next[middle]!) === 1) high = middle;
          else low = middle + 1;
        }
        next.copyWithin(low + 1, low, n);
        next[low] = rowid;
        n += 1;
      }
      orders.set(sort, next.subarray(0, n));
      total = n;
    }
    if (orders.size === 0) total = 0;
    clearProbe.run();
    fillProbe.run(JSON.stringify(present));
    /** The present licences that match a part. */
    const matchingOf = (part: Part): number[] =>
      part.key.startsWith('fts:') ? probe.all(part.params[0]!) : present.filter((rowid) => isMatch(part, rowid));
    for (const kept of parts.values()) {
      if (kept.flags.length < flagBytes(size)) {
        const grown = new Uint8Array(flagBytes(size));
        grown.set(kept.flags);
        kept.flags = grown;
      }
      for (const rowid of written) kept.flags[rowid >>> 3]! &= ~(1 << (rowid & 7));
      for (const rowid of matchingOf(kept.part)) kept.flags[rowid >>> 3]! |= 1 << (rowid & 7);
    }
    for (const [key, part] of everywhere) if (matchingOf(part).length < present.length) everywhere.delete(key);
    searches.clear();
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
        has: db.prepare<(string | number)[], number>(`SELECT 1 FROM ${part.where} AND rowid = ?`).pluck(),
      };
      statements.set(part.where, prepared);
    }
    return prepared;
  }

  function isMatch(part: Part, rowid: number): boolean {
    return statementsOf(part).has.get(...part.params, rowid) === 1;
  }

  /** The part's matches as flags per rowid; null when every licence matches it. */
  function partMatches(part: Part): Uint8Array | null {
    if (everywhere.has(part.key)) return null;
    const known = recall(parts, part.key);
    if (known !== undefined) return known.flags;
    const { count, list } = statementsOf(part);
    // Counting is a third of the cost of listing: a part that matches everything is never listed.
    if (count.get(...part.params) === total) {
      if (everywhere.size >= 4096) everywhere.clear();
      everywhere.set(part.key, part);
      return null;
    }
    const flags = new Uint8Array(flagBytes(size));
    readRowids(list.get(...part.params), flags, true);
    remember(parts, part.key, { part, flags }, Math.max(16, Math.floor(partsBudgetBytes / flagBytes(size))));
    return flags;
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
        if (matches && !flagged(matches, rowid)) continue;
        if (found >= query.offset && found < end) page.push(rowid);
        found += 1;
      }
      return { total: found, page };
    },
  };
}
export type RegisterIndex = ReturnType<typeof createRegisterIndex>;
