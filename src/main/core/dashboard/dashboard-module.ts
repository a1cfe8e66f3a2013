import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { Handlers } from '#shared/contract';
import type { dashboardProcedures } from '#shared/contract/dashboard';

import { createDashboardService } from './dashboard-service';

/** The dashboard's counts, attention list and charts. */
export function createDashboardModule({ db, clock }: { readonly db: Db; readonly clock: Clock }) {
  const service = createDashboardService(db, clock);
  const handlers: Pick<Handlers, keyof typeof dashboardProcedures> = {
    'dashboard.summary': ({ horizonDays }) => service.summary(horizonDays),
    'dashboard.charts': (query) => service.charts(query),
  };
  return { service, handlers };
}
