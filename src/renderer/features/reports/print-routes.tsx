import { Route, Switch } from 'wouter';

import { FallbackPrintPage } from './fallback-print-page';
import { SummariesPrintPage } from './summaries-print-page';

/**
 * Print views, shown without the app's navigation (they are pages of paper). Their addresses
 * are built by src/shared/reports/report-selection.ts; the desktop app renders the same
 * addresses to PDF.
 */
export function PrintRoutes() {
  return (
    <Switch>
      <Route path="/print/licences/:ids">
        {(params) => <SummariesPrintPage key={params.ids} selection={{ ids: params.ids.split(',') }} />}
      </Route>
      <Route path="/print/range/:from/:to">
        {(params) => (
          <SummariesPrintPage
            key={`${params.from}-${params.to}`}
            selection={{ importFrom: params.from, importTo: params.to }}
          />
        )}
      </Route>
      <Route path="/print/fallback/:id">{(params) => <FallbackPrintPage key={params.id} id={params.id} />}</Route>
      <Route>
        <p className="banner banner-info">This print address is not known. Go back to Reports.</p>
      </Route>
    </Switch>
  );
}
