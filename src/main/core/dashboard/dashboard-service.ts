import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { AttentionItem, ChartsQuery, DashboardCharts, DashboardSummary } from '#shared/contract/dashboard';
import { localIsoDate, plusDays } from '#shared/dates/iso-date';
import type { LicenceStatus } from '#shared/licences/licence-status';

import { createDashboardCharts } from './dashboard-charts';

interface AttentionRow {
  id: string;
  reference: string;
  importer_name: string;
  status: LicenceStatus;
  expected_import_date: string;
  valid_through: string | null;
  reason: AttentionItem['reason'];
}

/** Today's to-do list, computed in SQL so it stays quick with years of licences. */
export function createDashboardService(db: Db, clock: Clock) {
  const byStatus = db.prepare<[], { status: LicenceStatus; count: number }>(
    'SELECT status, count(*) AS count FROM licences GROUP BY status ORDER BY status',
  );
  const attention = db.prepare<{ today: string; horizon: string }, AttentionRow>(`
    SELECT id, reference, importer_name, status, expected_import_date, valid_through, reason FROM (
      SELECT *, 'rejected' AS reason, 0 AS rank FROM licences WHERE status = 'rejected'
      UNION ALL
      SELECT *, 'import-date-past', 1 FROM licences
        WHERE status IN ('draft','ready','queued') AND expected_import_date <> '' AND expected_import_date < @today
      UNION ALL
      SELECT *, 'file-soon', 2 FROM licences
        WHERE status IN ('draft','ready') AND expected_import_date >= @today AND expected_import_date <= @horizon
      UNION ALL
      SELECT *, 'expiring', 3 FROM licences
        WHERE status = 'issued' AND valid_through IS NOT NULL AND valid_through >= @today AND valid_through <= @horizon
      UNION ALL
      SELECT *, 'has-errors', 4 FROM licences
        WHERE status = 'draft' AND json_extract(validation, '$.errors') > 0
          AND NOT (expected_import_date <> '' AND expected_import_date <= @horizon)
    ) ORDER BY rank, expected_import_date, id LIMIT 50`);
  const charts = createDashboardCharts(db);

  return {
    charts: (query: ChartsQuery): DashboardCharts => charts.charts(query),
    summary(horizonDays: number): DashboardSummary {
      const today = localIsoDate(clock.now());
      return {
        asOf: today,
        byStatus: byStatus.all(),
        attention: attention.all({ today, horizon: plusDays(today, horizonDays) }).map((r) => ({
          id: r.id,
          reference: r.reference,
          importerName: r.importer_name,
          status: r.status,
          expectedImportDate: r.expected_import_date,
          validThrough: r.valid_through,
          reason: r.reason,
        })),
      };
    },
  };
}
