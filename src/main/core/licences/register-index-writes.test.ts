import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalFile } from '../../../../tests/support/licence-files';
import { validDraft, validLine } from '../../../../tests/support/licence-fixtures';
import { tempCore, type TempCore } from '../../../../tests/support/temp-core';
import { licenceQuerySchema, type LicenceQueryInput } from '../../../shared/contract/licences';

// The register keeps its orders and matches between searches and patches only the licences a
// write touched: after every kind of write, each search must list exactly what SQL lists.
let core: TempCore;
const names = ['Alder Metals', 'alder metals', 'Beta Rolling', 'Zeta Foil', 'Ångström Alu', ''];

beforeAll(() => {
  core = tempCore('2026-03-02T15:00:00.000Z');
  for (let i = 0; i < 60; i += 1) {
    core.clock.advance(i % 3 === 0 ? 0 : 1000);
    core.licences.create(
      validDraft({
        reference: `PO-${(i * 7) % 40}`,
        importerName: names[i % names.length]!,
        expectedImportDate: i % 9 === 0 ? '' : `2026-0${3 + (i % 3)}-${10 + (i % 17)}`,
        countryOfOrigin: i % 2 ? 'CA' : 'NO',
        lines: [validLine({ valueUsd: 1000 + (i % 5) * 700 })],
      }),
    );
  }
});
afterAll(() => core.dispose());

const column = {
  updatedAt: 'updated_at',
  expectedImportDate: 'expected_import_date',
  importerName: 'importer_name COLLATE NOCASE',
  reference: 'reference COLLATE NOCASE',
  status: 'status',
  totalValueUsd: 'total_value_cents',
} as const;
const dated = "expected_import_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";
const fts = (match: string) => `rowid IN (SELECT rowid FROM licence_search WHERE licence_search MATCH '${match}')`;

/** Each search a person might have open, with the SQL that says what it must list. */
const searches: { query: LicenceQueryInput; where: string }[] = [
  ...(Object.keys(column) as (keyof typeof column)[]).flatMap((sort) =>
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
    where: `${dated} AND expected_import_date BETWEEN '2026-04-01' AND '2026-04-30'`,
  },
  { query: { text: 'alder', statuses: ['draft'] }, where: `${fts('"alder"*')} AND status = 'draft'` },
];

function listed(query: LicenceQueryInput): string[] {
  return core.licences.list(licenceQuerySchema.parse({ ...query, limit: 500 })).items.map((item) => item.id);
}

function expected(query: LicenceQueryInput, where: string): string[] {
  const parsed = licenceQuerySchema.parse(query);
  const dir = parsed.direction.toUpperCase();
  return core.db
    .prepare(`SELECT id FROM licences WHERE ${where} ORDER BY ${column[parsed.sort]} ${dir}, id ${dir}`)
    .pluck()
    .all() as string[];
}

/** Every search lists what SQL lists (run before a write, it warms every order and part). */
function expectEverySearchCurrent(after: string): void {
  for (const { query, where } of searches)
    expect(listed(query), `${after}: ${JSON.stringify(query)}`).toEqual(expected(query, where));
}

describe('the register after a write', () => {
  it('lists a new, edited, re-statused and deleted licence in the next search, in every order and filter', () => {
    expectEverySearchCurrent('warm');
    core.clock.advance(5000);
    const created = core.licences.create(
      validDraft({ reference: 'PO-ZZ', importerName: 'Gamma Extrusions', expectedImportDate: '2026-04-15' }),
    );
    expectEverySearchCurrent('insert');
    expect(listed({ text: 'gamma' })).toEqual([created.id]);

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
    expect(listed({ text: 'gamma' })).toEqual([]);
    expect(listed({ text: 'alder', sort: 'updatedAt', direction: 'desc' })[0]).toBe(edited.id);

    core.licences.transition([edited.id], 'ready', '');
    expectEverySearchCurrent('status change');
    expect(listed({ statuses: ['ready'] })).toContain(edited.id);

    core.licences.remove(edited.id, true);
    expectEverySearchCurrent('delete');
    expect(listed({ text: 'alder' })).not.toContain(edited.id);
  });

  it('sees a write made straight in SQL, and one that rolled back leaves nothing behind', () => {
    expectEverySearchCurrent('warm');
    core.db
      .prepare("UPDATE licences SET updated_at = '2020-01-01T00:00:00.000Z', status = 'ready' WHERE rowid = 2")
      .run();
    expectEverySearchCurrent('SQL update');

    const rolledBack = core.db.transaction(() => {
      const inside = core.licences.create(validDraft({ importerName: 'Gamma Rollback' }));
      // Searched inside the transaction: the licence is there until the transaction rolls back.
      expect(listed({ text: 'gamma' })).toEqual([inside.id]);
      throw new Error('roll back');
    });
    expect(() => rolledBack()).toThrow('roll back');
    expectEverySearchCurrent('rollback');
    expect(listed({ text: 'gamma' })).toEqual([]);
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
        .prepare("DELETE FROM licence_search WHERE rowid IN (SELECT rowid FROM licences WHERE reference LIKE 'PO-0%')")
        .run();
      core.db.prepare("DELETE FROM licences WHERE reference LIKE 'PO-0%'").run();
      expectEverySearchCurrent(`import of ${rows / 2} deleted`);
    }
  });
});
