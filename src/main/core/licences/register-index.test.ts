import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type LicenceQueryInput, licenceQuerySchema } from '#shared/contract/licences';
import { licenceStatuses } from '#shared/licences/licence-status';

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
