import { type Handlers } from '../../shared/contract';
import { createAppModule } from './app-module';
import { openDataFolder, recordKeptRollback } from './open-data-folder';
import { createAuditLog } from './audit/audit-log';
import { systemClock } from './clock';
import { dataPaths } from './data-dir';
import { createDashboardModule } from './dashboard/dashboard-module';
import { createNeedLicenceModule } from './need-licence/need-licence-module';
import { createDispatch } from './dispatch';
import { createEventBus } from './events';
import { createDesktopFiles } from './files/desktop-files';
import { createLicenceRepository } from './licences/licence-repository';
import { certifierName } from '../../shared/licence/certification';
import { createImportHandlers } from './import/import-handlers';
import { createLicencesModule } from './licences/licences-module';
import { createLicenceValidator } from './licences/licence-validator';
import { createEvidenceModule } from './evidence/evidence-module';
import { createNoticesModule } from './notices/notices-module';
import { filerActor } from './profile/filer-actor';
import { createProfileModule } from './profile/profile-module';
import { createReportsModule } from './reports/reports-module';
import { createReferenceModule } from './reference/reference-module';
import { createReferenceStore } from './reference/reference-store';
import { createReferenceTableStore } from './reference/reference-table-store';
import { createSettingsModule } from './settings/settings-module';
import { createSyncModule } from './sync/create-sync';
import { createRecordsTrust } from './trust/records-trust';
import { createIdleLockStore } from './vault/idle-lock-store';
import { vaultHandlers } from './vault/vault-handlers';
import { createExclusiveGate } from './tasks/exclusive-gate';
import { createVaultService } from './vault/vault-service';

import type { Core, CoreOptions } from './core-types';

export type { Core, CoreOptions } from './core-types';

/**
 * Builds the whole backend on one SQLite file. Knows nothing of Electron or HTTP: a host
 * (Electron IPC, the web host, the CLI, a test) hands it a data directory and calls `dispatch`.
 */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const paths = dataPaths(options.dataDir);
  const { db, schemaVersion, keyring, rollback } = openDataFolder(paths, clock, options);
  const events = createEventBus((error) => console.error('[event listener]', error));

  const audit = createAuditLog(db, clock, filerActor(db));
  if (rollback) recordKeptRollback(db, audit, rollback);
  const referenceTables = createReferenceTableStore(db, (error) =>
    (options.logError ?? ((e: unknown, where: string) => console.error(`[${where}]`, e)))(error, 'reference'),
  );
  const reference = createReferenceStore(referenceTables);
  const settingsModule = createSettingsModule({ db, audit, events, revalidateOpen: () => licences.revalidateOpen() });
  const settings = settingsModule.service;
  const profileModule = createProfileModule({ db, clock, audit, events });
  const profile = profileModule.service;
  // The evidence module's index feeds the validator; its changes re-judge licences (bound late).
  const evidence = createEvidenceModule({ db, paths, clock, audit, events, licences: () => licences, keyring });
  const validator = createLicenceValidator(db, clock, reference, settings.get, evidence.index.current);
  const licenceRepo = createLicenceRepository(db);
  const licencesModule = createLicencesModule({
    db,
    repo: licenceRepo,
    clock,
    audit,
    events,
    validator,
    certifier: () => certifierName(profile.get()),
  });
  const licences = licencesModule.service;
  const { service: imports, ...importHandlers } = createImportHandlers({
    db,
    clock,
    audit,
    events,
    repo: licenceRepo,
    validator,
  });
  const referenceModule = createReferenceModule({
    db,
    clock,
    audit,
    events,
    reference,
    tables: referenceTables,
    licences,
    repo: licenceRepo,
    validator,
  });
  const dashboard = createDashboardModule({ db, clock });
  const needLicence = createNeedLicenceModule({ clock, reference });
  const reports = createReportsModule({
    db,
    clock,
    audit,
    reference,
    settings: settings.get,
    validator,
    licences,
    profile,
    documents: evidence.documents,
    appVersion: options.appVersion ?? '0.0.0',
    pdfRenderer: options.pdfRenderer,
  });
  const trust = createRecordsTrust({
    db,
    paths,
    clock,
    audit,
    events,
    appVersion: options.appVersion ?? '0.0.0',
    logError: options.logError ?? ((error, where) => console.error(`[${where}]`, error)),
    keyring,
  });
  // A kept rolled-back database starts a new anchor at its own head (the choice is in the trail).
  if (rollback) {
    trust.anchor.reset();
    trust.anchor.refresh();
  }
  // While the data protection changes, other calls wait for it (its progress still reaches the windows).
  const gate = createExclusiveGate(new Set(['vault.status']));
  const vault = createVaultService({
    db,
    paths,
    clock,
    audit,
    keyring,
    events,
    gate,
    backups: trust.backups,
    ...(options.vaultKdf ? { kdf: options.vaultKdf } : {}),
  });

  // A folder protected before keyed attachment names is brought to them once (vault/file-names.ts);
  // calls wait at the gate meanwhile. On failure every file stays readable under either name and
  // the next start carries on.
  vault.startKeyingNames((error) =>
    (options.logError ?? ((e, where) => console.error(`[${where}]`, e)))(error, 'naming attachments with the key'),
  );

  const idleLock = createIdleLockStore(db, audit);

  const sync = createSyncModule({
    db,
    clock,
    audit,
    events,
    paths,
    keyring,
    licences,
    validator,
    settings: settings.get,
    about: () => ({
      appVersion: options.appVersion ?? '0.0.0',
      schemaVersion,
      host: options.host ?? 'in-process',
      referenceVersion: reference.current().version,
    }),
    logError: (error) =>
      (options.logError ?? ((e: unknown, where: string) => console.error(`[${where}]`, e)))(error, 'sync'),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    // Hosts run the engine (timers, start-up reconciliation); tests and tools drive it themselves.
    options: { autoStart: options.host === 'web' || options.host === 'electron', ...options.sync },
  });

  const notices = createNoticesModule({
    events,
    db,
    clock,
    audit,
    compliance: () => evidence.compliance.report(evidence.settings.get().expiringHorizonDays),
    syncStatus: () => sync.engine.status(),
  });
  const files = createDesktopFiles({
    paths,
    clock,
    ...(options.fileDialogs ? { dialogs: options.fileDialogs } : {}),
  });

  const app = createAppModule({
    about: () => ({ appVersion: options.appVersion ?? '0.0.0', schemaVersion, host: options.host ?? 'in-process' }),
    paths,
    files,
    keyring,
  });

  if (options.host === 'web' || options.host === 'electron') {
    // A new day or new reference data changes what the checks say about open licences.
    setImmediate(() => {
      licences.revalidateStale().catch((error: unknown) => (options.logError ?? console.error)(error, 'revalidate'));
    });
  }

  const handlers: Handlers = {
    ...app.handlers,
    ...profileModule.handlers,
    ...settingsModule.handlers,
    ...licencesModule.handlers,
    ...dashboard.handlers,
    ...importHandlers,
    ...needLicence.handlers,
    ...referenceModule.handlers,
    ...evidence.handlers,
    ...trust.handlers,
    ...sync.handlers,
    ...reports.handlers,
    ...vaultHandlers(vault, idleLock),
    ...files.handlers,
    ...notices.handlers,
  };

  const dispatchOptions = {
    checkOutputs: options.checkOutputs ?? false,
    ...(options.logError ? { logError: options.logError } : {}),
  };
  return {
    handlers,
    dispatch: trust.anchored(gate.guard(createDispatch(handlers, dispatchOptions))),
    events,
    paths,
    db,
    clock,
    audit,
    reference,
    referenceChanges: referenceModule.service,
    settings,
    licences,
    evidence,
    imports,
    trust,
    sync,
    vault,
    keyring,
    idleLock,
    notices: notices.service,
    files,
    close: () => {
      // Aborts a request in progress; its entries stay "in flight" for the next start to reconcile.
      void sync.stop();
      // Anchor what was written outside the dispatcher (imports, sync) before the file closes.
      trust.anchor.refresh();
      void trust.backups.stop();
      db.close();
    },
  };
}
