import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type LicenceQueryInput, licenceQuerySchema } from '#shared/contract/licences';
import { licenceStatuses } from '#shared/licences/licence-status';

import { canonicalFile } from '../../../../tests/support/licence-files';
import { validDraft, validLine } from '../../../../tests/support/licence-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';

let core: TempCore;
const count = 240;
const importers = ['alder metals', 'Alder Metals', 'Ångström Alu', 'zeta foil', 'Beta Rolling', 'beta rolling', ''];

beforeAll(() => {
  core = tempCore('2026-03-02T15:00:00.000Z');
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    core.clock.advance(i % 3 === 0 ? 0 : 1000); // ties in updated_at too
    const licence = core.licences.create(
      validDraft({
        reference: i % 11 === 0 ? '' : `PO-${(i * 37) % 100}`,
        importerName: importers[i % importers.length]!,
        expectedImportDate: i % 13 === 0 ? '' : i % 17 === 0 ? '2026-3-5' : `2026-0${3 + (i % 4)}-${10 + (i % 19)}`,
        countryOfOrigin: i % 2 ? 'CA' : 'NO',
        lines: [validLine({ valueUsd: 1000 + (i % 9) * 500 })],
      }),
    );
    ids.push(licence.id);
  }
  // A mix of statuses: some ready, some of those cancelled.
  core.licences.transition(
    ids.filter((_, i) => i % 4 === 1),
    'ready',
    '',
  );
  core.licences.transition(
    ids.filter((_, i) => i % 8 === 1),
    'cancelled',
    '',
  );
});
afterAll(() => core.dispose());

/** Every id the register lists for a query, page by page. */
function listed(query: LicenceQueryInput): { ids: string[]; total: number } {
  const ids: string[] = [];
  let total = 0;
  for (let offset = 0; ; offset += 50) {
    const page = core.licences.list(licenceQuerySchema.parse({ ...query, offset, limit: 50 }));
    total = page.total;
    ids.push(...page.items.map((item) => item.id));
    if (page.items.length < 50) break;
  }
  return { ids, total };
}

const column: Record<string, string> = {
  updatedAt: 'updated_at',
  expectedImportDate: 'expected_import_date',
  importerName: 'importer_name COLLATE NOCASE',
  reference: 'reference COLLATE NOCASE',
  status: 'status',
  totalValueUsd: 'total_value_cents',
};

describe('the register index', () => {
  it('lists every sort in the order SQLite sorts it, both ways, ties broken by id', () => {
    for (const sort of Object.keys(column) as (keyof typeof column)[]) {
      for (const direction of ['asc', 'desc'] as const) {
        const dir = direction.toUpperCase();
        const expected = core.db
          .prepare(`SELECT id FROM licences ORDER BY ${column[sort]} ${dir}, id ${dir}`)
          .pluck()
          .all() as string[];
        expect(listed({ sort: sort as LicenceQueryInput['sort'], direction }).ids, `${sort} ${direction}`).toEqual(
          expected,
        );
      }
    }
  });

  it('filters by status and import date as SQL would, leaving out licences without a real date once bounded', () => {
    const sql = (where: string, ...params: string[]) =>
      core.db
        .prepare(`SELECT id FROM licences WHERE ${where} ORDER BY updated_at DESC, id DESC`)
        .pluck()
        .all(...params) as string[];
    const dated = "expected_import_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";
    expect(listed({ statuses: ['ready'] }).ids).toEqual(sql("status = 'ready'"));
    expect(listed({ statuses: ['cancelled', 'ready'] }).ids).toEqual(sql("status IN ('ready', 'cancelled')"));
    expect(listed({ statuses: [...licenceStatuses] }).total).toBe(count);
    expect(listed({ importFrom: '2026-04-01' }).ids).toEqual(sql(`${dated} AND expected_import_date >= '2026-04-01'`));
    expect(listed({ importTo: '2026-04-15' }).ids).toEqual(sql(`${dated} AND expected_import_date <= '2026-04-15'`));
    expect(listed({ importFrom: '2026-04-01', importTo: '2026-05-20', statuses: ['draft'] }).ids).toEqual(
      sql(`${dated} AND expected_import_date BETWEEN '2026-04-01' AND '2026-05-20' AND status = 'draft'`),
    );
    // A bound that is not a whole date (typing in progress) filters nothing.
    expect(listed({ importFrom: '2026-04' }).total).toBe(count);
  });

  it('combines full-text parts with filters and keeps the counts right page after page', () => {
    const all = listed({ text: 'po' });
    expect(all.total).toBe(all.ids.length);
    const alder = listed({ text: 'alder', country: 'CA', statuses: ['draft'] });
    const expected = core.db
      .prepare(
        `SELECT id FROM licences WHERE importer_name LIKE 'alder%' AND countries LIKE '%CA%' AND status = 'draft'
         ORDER BY updated_at DESC, id DESC`,
      )
      .pluck()
      .all() as string[];
    expect(alder.ids).toEqual(expected);
    expect(alder.total).toBe(expected.length);
  });

  it('sees a change made after a search, whichever part it affects', () => {
    const before = listed({ text: 'gamma', statuses: ['draft'] }).total;
    expect(before).toBe(0);
    const created = core.licences.create(validDraft({ importerName: 'Gamma Extrusions' }));
    expect(listed({ text: 'gamma', statuses: ['draft'] }).ids).toEqual([created.id]);
    // The fixture's import date makes it a customs record: deleting it takes the confirmation.
    core.licences.remove(created.id, true);
    expect(listed({ text: 'gamma' }).total).toBe(0);
  });
});

// The register keeps its orders and matches between searches and patches only the licences a
// write touched: after every kind of write, each search must list exactly what SQL lists.
const datedSql = "expected_import_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";
const fts = (match: string) => `rowid IN (SELECT rowid FROM licence_search WHERE licence_search MATCH '${match}')`;

/** Each search a person might have open, with the SQL that says what it must list. */
const searches: { query: LicenceQueryInput; where: string }[] = [
  ...(Object.keys(column) as NonNullable<LicenceQueryInput['sort']>[]).flatMap((sort) =>
    (['asc', 'desc'] as const).map((direction) => ({ query: { sort, direction }, where: '1' })),
  ),
  { query: { text: 'gamma' }, where: fts('"gamma"*') },
  { query: { text: 'alder' }, where: fts('"alder"*') },
  { query: { text: 'po' }, where: fts('"po"*') },
  { query: { country: 'CA', sort: 'importerName' }, where: fts('countries : "CA"') },
  { query: { statuses: ['ready'] }, where: "status = 'ready'" },
  { query: { statuses: ['draft'], sort: 'totalValueUsd', direction: 'asc' }, where: "status = 'draft'" },
  {
    query: { importFrom: '2026-04-01', importTo: '2026-04-30', sort: 'expectedImportDate' },
    where: `${datedSql} AND expected_import_date BETWEEN '2026-04-01' AND '2026-04-30'`,
  },
  { query: { text: 'alder', statuses: ['draft'] }, where: `${fts('"alder"*')} AND status = 'draft'` },
];

function expected(query: LicenceQueryInput, where: string): string[] {
  const parsed = licenceQuerySchema.parse(query);
  const dir = parsed.direction.toUpperCase();
  return core.db
    .prepare(`SELECT id FROM licences WHERE ${where} ORDER BY ${column[parsed.sort]!} ${dir}, id ${dir}`)
    .pluck()
    .all() as string[];
}

/** Every search lists what SQL lists (run before a write, it warms every order and part). */
function expectEverySearchCurrent(after: string): void {
  for (const { query, where } of searches)
    expect(listed(query).ids, `${after}: ${JSON.stringify(query)}`).toEqual(expected(query, where));
}

describe('the register after a write', () => {
  it('lists a new, edited, re-statused and deleted licence in the next search, in every order and filter', () => {
    expectEverySearchCurrent('warm');
    core.clock.advance(5000);
    const created = core.licences.create(
      validDraft({ reference: 'PO-ZZ', importerName: 'Gamma Extrusions', expectedImportDate: '2026-04-15' }),
    );
    expectEverySearchCurrent('insert');
    expect(listed({ text: 'gamma' }).ids).toEqual([created.id]);

    core.clock.advance(5000);
    const edited = core.licences.update(
      created.id,
      created.version,
      validDraft({
        reference: 'AA-1',
        importerName: 'Alder Works',
        expectedImportDate: '2026-05-01',
        lines: [validLine({ valueUsd: 99 })],
      }),
    );
    expectEverySearchCurrent('edit');
    expect(listed({ text: 'gamma' }).ids).toEqual([]);
    expect(listed({ text: 'alder', sort: 'updatedAt', direction: 'desc' }).ids[0]).toBe(edited.id);

    core.licences.transition([edited.id], 'ready', '');
    expectEverySearchCurrent('status change');
    expect(listed({ statuses: ['ready'] }).ids).toContain(edited.id);

    core.licences.remove(edited.id, true);
    expectEverySearchCurrent('delete');
    expect(listed({ text: 'alder' }).ids).not.toContain(edited.id);
  });

  it('sees a write made straight in SQL, and one that rolled back leaves nothing behind', () => {
    expectEverySearchCurrent('warm');
    core.db
      .prepare("UPDATE licences SET updated_at = '2020-01-01T00:00:00.000Z', status = 'ready' WHERE rowid = 2")
      .run();
    expectEverySearchCurrent('SQL update');
    // Setting temp_store (as keying the database does) drops the notes of what changed: the next search starts afresh.
    // (Straight SQL here changes only columns outside the search index: the repository re-indexes the rest.)
    expectEverySearchCurrent('warm');
    core.db.pragma('temp_store = FILE');
    core.db
      .prepare("UPDATE licences SET total_value_cents = 1, expected_import_date = '2026-04-02' WHERE rowid = 3")
      .run();
    expectEverySearchCurrent('write after the notes were dropped');
    core.db
      .prepare("UPDATE licences SET status = 'draft', updated_at = '2019-01-01T00:00:00.000Z' WHERE rowid = 3")
      .run();
    expectEverySearchCurrent('write after the notes were put back');

    const rolledBack = core.db.transaction(() => {
      const inside = core.licences.create(validDraft({ importerName: 'Gamma Rollback' }));
      // Searched inside the transaction: the licence is there until the transaction rolls back.
      expect(listed({ text: 'gamma' }).ids).toEqual([inside.id]);
      throw new Error('roll back');
    });
    expect(() => rolledBack()).toThrow('roll back');
    expectEverySearchCurrent('rollback');
    expect(listed({ text: 'gamma' }).ids).toEqual([]);
  });

  it('takes in a small import and a large one', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expectEverySearchCurrent('warm');
    for (const rows of [20, 300]) {
      const preview = await core.imports.preview('licences.csv', bytes(canonicalFile(rows).csv));
      core.imports.commit(preview.importId!, false);
      expectEverySearchCurrent(`import of ${rows / 2}`);
      // Later imports repeat the references: delete them again so the next one is new.
      core.db
        .prepare(
          "DELETE FROM licence_search WHERE rowid IN (SELECT rowid FROM licences WHERE reference GLOB 'PO-[0-9][0-9][0-9][0-9][0-9]')",
        )
        .run();
      core.db.prepare("DELETE FROM licences WHERE reference GLOB 'PO-[0-9][0-9][0-9][0-9][0-9]'").run();
      expectEverySearchCurrent(`import of ${rows / 2} deleted`);
    }
  });
});
