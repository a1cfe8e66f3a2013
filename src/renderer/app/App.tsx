import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Client } from '../api/client';
import { ClientProvider } from '../api/client-context';
import { NoticeRegion } from '../components/toasts';
import { AuditPage } from '../features/audit/audit-page';
import { BackupsPage } from '../features/backups/backups-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { ImportPage } from '../features/licences/import-page';
import { licenceKey, newLicenceKey } from '../features/licences/form-instance';
import { LicenceDetailPage } from '../features/licences/licence-detail-page';
import { LicenceRegisterPage } from '../features/licences/licence-register-page';
import { NeedLicencePage } from '../features/need-licence/need-licence-page';
import { RecoveryGate } from '../features/recovery/recovery-gate';
import { PrintRoutes } from '../features/reports/print-routes';
import { ReportsPage } from '../features/reports/reports-page';
import { SettingsPage } from '../features/settings/settings-page';
import { SupplierRoutes } from '../features/suppliers/supplier-routes';
import { ManualFilingPage } from '../features/sync/manual-filing-page';
import { SyncPage } from '../features/sync/sync-page';
import { VaultGate } from '../features/vault/vault-gate';
import { FilesProvider } from '../files/files-context';
import { AppShell } from './app-shell';
import { CommandHost } from './commands/command-host';

// Hash routes: the same URLs work from app:// in Electron and from the web host, and a reload
// always lands on index.html.
export function App({ client }: { client: Client }) {
  return (
    <ClientProvider client={client}>
      <FilesProvider>
        <Router hook={useHashLocation}>
          {/* A damaged or missing database shows the recovery screen instead of the whole app. */}
          {/* A passphrase-protected data folder shows the lock screen until it is unlocked. */}
          <VaultGate>
            <RecoveryGate>
              {/* The menu's commands, the shortcuts and the shortcuts sheet (`?`), on every screen. */}
              <CommandHost />
              <Switch>
                {/* Print views are pages of paper: no navigation around them. */}
                <Route path="/print/*" component={PrintRoutes} />
                <Route>
                  <AppShell>
                    <Switch>
                      <Route path="/" component={DashboardPage} />
                      <Route path="/licences" component={LicenceRegisterPage} />
                      <Route path="/licences/new">{() => <LicenceDetailPage key={newLicenceKey()} id={null} />}</Route>
                      <Route path="/licences/import" component={ImportPage} />
                      <Route path="/licences/:id/correct">
                        {(params) => <LicenceDetailPage key={`${params.id}-correct`} id={params.id} correction />}
                      </Route>
                      <Route path="/licences/:id">
                        {(params) => <LicenceDetailPage key={licenceKey(params.id)} id={params.id} />}
                      </Route>
                      <Route path="/need-licence" component={NeedLicencePage} />
                      <Route path="/suppliers/*?" component={SupplierRoutes} />
                      <Route path="/settings" component={SettingsPage} />
                      <Route path="/sync" component={SyncPage} />
                      <Route path="/sync/manual/:id">
                        {(params) => <ManualFilingPage key={params.id} id={params.id} />}
                      </Route>
                      <Route path="/backups" component={BackupsPage} />
                      <Route path="/audit" component={AuditPage} />
                      <Route path="/reports" component={ReportsPage} />
                      <Route>
                        <p className="banner banner-info">This page does not exist. Use the menu on the left.</p>
                      </Route>
                    </Switch>
                  </AppShell>
                </Route>
              </Switch>
            </RecoveryGate>
          </VaultGate>
        </Router>
      </FilesProvider>
      <NoticeRegion />
    </ClientProvider>
  );
}
