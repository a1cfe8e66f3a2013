import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';

import type { Client } from '#renderer/api/client';
import { ClientProvider } from '#renderer/api/client-context';
import { NoticeRegion } from '#renderer/components/toasts';
import { AuditPage } from '#renderer/features/audit/audit-page';
import { BackupsPage } from '#renderer/features/backups/backups-page';
import { DashboardPage } from '#renderer/features/dashboard/dashboard-page';
import { licenceKey, newLicenceKey } from '#renderer/features/licences/form-instance';
import { ImportPage } from '#renderer/features/licences/import-page';
import { LicenceDetailPage } from '#renderer/features/licences/licence-detail-page';
import { LicenceRegisterPage } from '#renderer/features/licences/licence-register-page';
import { NeedLicencePage } from '#renderer/features/need-licence/need-licence-page';
import { RecoveryGate } from '#renderer/features/recovery/recovery-gate';
import { PrintRoutes } from '#renderer/features/reports/print-routes';
import { ReportsPage } from '#renderer/features/reports/reports-page';
import { SettingsPage } from '#renderer/features/settings/settings-page';
import { SupplierRoutes } from '#renderer/features/suppliers/supplier-routes';
import { ManualFilingPage } from '#renderer/features/sync/manual-filing-page';
import { SyncPage } from '#renderer/features/sync/sync-page';
import { VaultGate } from '#renderer/features/vault/vault-gate';
import { FilesProvider } from '#renderer/files/files-context';

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
