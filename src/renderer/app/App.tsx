import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Client } from '../api/client';
import { ClientProvider } from '../api/client-context';
import { NoticeRegion } from '../components/toasts';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { LicenceDetailPage } from '../features/licences/licence-detail-page';
import { LicenceRegisterPage } from '../features/licences/licence-register-page';
import { SettingsPage } from '../features/settings/settings-page';
import { AppShell } from './app-shell';

// Hash routes: the same URLs work from app:// in Electron and from the web host, and a reload
// always lands on index.html.
export function App({ client }: { client: Client }) {
  return (
    <ClientProvider client={client}>
      <Router hook={useHashLocation}>
        <AppShell>
          <Switch>
            <Route path="/" component={DashboardPage} />
            <Route path="/licences" component={LicenceRegisterPage} />
            <Route path="/licences/new">{() => <LicenceDetailPage id={null} />}</Route>
            <Route path="/licences/:id">{(params) => <LicenceDetailPage key={params.id} id={params.id} />}</Route>
            <Route path="/settings" component={SettingsPage} />
            <Route>
              <p className="banner banner-info">This page does not exist. Use the menu on the left.</p>
            </Route>
          </Switch>
        </AppShell>
      </Router>
      <NoticeRegion />
    </ClientProvider>
  );
}
