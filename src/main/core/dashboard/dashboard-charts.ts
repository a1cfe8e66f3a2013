import type { Db } from '#core/db/open-database';
import type { ChartBucket, ChartsQuery, DashboardCharts } from '#shared/contract/dashboard';
import type { LicenceStatus } from '#shared/licences/licence-status';

interface BucketRow {
  key: string;
  kg: number;
  cents: number;
  lines: number;
  licences: number;
}

/** Charts read best with a handful of bars; the rest are summed into one "OTHER" bar. */
export const maxBars = 10;
/** A month axis longer than this is not filled in with empty months (it is shown as the data has it). */
const maxFilledMonths = 120;

const toBucket = (row: BucketRow): ChartBucket => ({
  key: row.key,
  quantityKg: row.kg,
  valueUsd: row.cents / 100,
  lines: row.lines,
  licences: row.licences,
});

/** The biggest groups by value, then one bar for everything else. */
export function foldSmallest(rows: readonly BucketRow[]): ChartBucket[] {
  const sorted = [...rows].sort((a, b) => b.cents - a.cents || b.kg - a.kg || a.key.localeCompare(b.key));
  if (sorted.length <= maxBars) return sorted.map(toBucket);
  const kept = sorted.slice(0, maxBars - 1).map(toBucket);
  const rest = sorted.slice(maxBars - 1);
  kept.push({
    key: 'OTHER',
    quantityKg: rest.reduce((sum, r) => sum + r.kg, 0),
    valueUsd: rest.reduce((sum, r) => sum + r.cents, 0) / 100,
    lines: rest.reduce((sum, r) => sum + r.lines, 0),
    // A licence can sit in several small groups; its lines are counted once per group.
    licences: rest.reduce((sum, r) => sum + r.licences, 0),
  });
  return kept;
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  while (months.length <= maxFilledMonths) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > end) return months;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return [];
}

/**
 * Kilograms and customs value of product lines, grouped in SQL (the register may hold years of
 * licences; the renderer gets a few dozen numbers). Cancelled licences never shipped: left out.
 */
export function createDashboardCharts(db: Db) {
  const scoped = `
    SELECT ln.licence_id, l.expected_import_date AS import_date, ln.hts_code, ln.quantity_kg, ln.value_cents,
      ln.smelt_country_largest, ln.cast_country
    FROM licence_lines ln JOIN licences l ON l.id = ln.licence_id
    WHERE l.status <> 'cancelled'
      AND (@from = '' OR l.expected_import_date >= @from)
      AND (@to = '' OR l.expected_import_date <= @to)`;
  const grouped = (key: string, where = '1') =>
    db.prepare<{ from: string; to: string }, BucketRow>(`
      WITH scoped AS (${scoped})
      SELECT ${key} AS key, total(quantity_kg) AS kg, total(value_cents) AS cents, count(*) AS lines, count(DISTINCT licence_id) AS licences
      FROM scoped WHERE ${where} GROUP BY 1`);
  const bySmelt = grouped('smelt_country_largest');
  const byCast = grouped('cast_country');
  const byMonth = grouped('substr(import_date, 1, 7)', "import_date <> ''");
  const byHeading = grouped('substr(hts_code, 1, 4)');
  const totals = db.prepare<{ from: string; to: string }, BucketRow>(`
    WITH scoped AS (${scoped})
    SELECT '' AS key, total(quantity_kg) AS kg, total(value_cents) AS cents, count(*) AS lines, count(DISTINCT licence_id) AS licences FROM scoped`);
  const byStatus = db.prepare<{ from: string; to: string }, { status: LicenceStatus; count: number }>(`
    SELECT status, count(*) AS count FROM licences
    WHERE (@from = '' OR expected_import_date >= @from) AND (@to = '' OR expected_import_date <= @to)
    GROUP BY status ORDER BY status`);

  return {
    charts(query: ChartsQuery): DashboardCharts {
      const params = { from: query.importFrom, to: query.importTo };
      const months = byMonth.all(params);
      const known = new Map(months.map((row) => [row.key, row]));
      const axis =
        query.importFrom !== '' && query.importTo !== '' ? monthsBetween(query.importFrom, query.importTo) : [];
      const monthRows =
        axis.length > 0
          ? axis.map((key) => known.get(key) ?? { key, kg: 0, cents: 0, lines: 0, licences: 0 })
          : [...months].sort((a, b) => a.key.localeCompare(b.key));
      const total = totals.get(params)!;
      return {
        importFrom: query.importFrom,
        importTo: query.importTo,
        totals: { quantityKg: total.kg, valueUsd: total.cents / 100, lines: total.lines, licences: total.licences },
        bySmeltCountry: foldSmallest(bySmelt.all(params)),
        byCastCountry: foldSmallest(byCast.all(params)),
        byMonth: monthRows.map(toBucket),
        byHeading: foldSmallest(byHeading.all(params)),
        byStatus: byStatus.all(params),
      };
    },
  };
}
