import { type Handlers } from '#shared/contract';

import { createAppModule } from './app-module';
import { createAuditLog } from './audit/audit-log';
import { systemClock } from './clock';
import type { Core, CoreOptions } from './core-types';
import { createDashboardModule } from './dashboard/dashboard-module';
import { dataPaths } from './data-dir';
import { createDispatch } from './dispatch';
import { createEventBus } from './events';
import { createFileCheckModule } from './imports/file-check-module';
import { createImportHandlers } from './imports/import-handlers';
import { createLicencesModule } from './licences/licences-module';
import { createNeedLicenceModule } from './need-licence/need-licence-module';
import { createNoticesModule } from './notices/notices-module';
import { openDataFolder, recordKeptRollback } from './open-data-folder';
import { filerActor } from './profile/filer-actor';
import { createProfileModule } from './profile/profile-module';
import { createReferenceModule } from './reference/reference-module';
import { createReferenceStore } from './reference/reference-store';
import { createReferenceTableStore } from './reference/reference-table-store';
import { createReportsModule } from './reports/reports-module';
import { createSettingsModule } from './settings/settings-module';
import { createEvidenceModule } from './suppliers/evidence/evidence-module';
import { createSyncModule } from './sync/create-sync';
import { createRecordsTrust } from './trust/records-trust';
import { createVaultModule } from './vault/vault-module';

export type { Core, CoreOptions } from './core-types';

/** Builds the backend on one SQLite file from its modules (`createXModule(deps) → { service, handlers }`),
 *  knowing nothing of Electron or HTTP. Its parts are for the core's session (lock, recovery) and tests. */
export function composeCore(options: CoreOptions) {
  const clock = options.clock ?? systemClock;
  const paths = dataPaths(options.dataDir);
  const { db, schemaVersion, keyring, rollback } = openDataFolder(paths, clock, options);
  const events = createEventBus((error) => console.error('[event listener]', error));
  const logError = options.logError ?? ((error: unknown, where: string) => console.error(`[${where}]`, error));
  const { appVersion = '0.0.0', host = 'in-process', pdfRenderer } = options;
  const audit = createAuditLog(db, clock, filerActor(db));
  if (rollback) recordKeptRollback(db, audit, rollback);
  const base = { db, clock, audit, events, paths, keyring, appVersion, schemaVersion, host, logError };
  const tables = createReferenceTableStore(db, (error) => logError(error, 'reference'));
  const reference = createReferenceStore(tables);
  const settings = createSettingsModule({ ...base, revalidateOpen: () => licences.service.revalidateOpen() });
  const profile = createProfileModule(base);
  // The evidence module's index feeds the licence checks; its changes re-judge licences (bound late).
  const evidence = createEvidenceModule({ ...base, licences: () => licences.service });
  const licences = createLicencesModule({
    ...base,
    reference,
    settings: settings.service.get,
    evidenceIndex: evidence.index.current,
    profile: profile.service.get,
  });
  const { repo, validator } = licences;
  const shared = { ...base, reference, tables, repo, validator, settings: settings.service.get, pdfRenderer };
  const deps = { ...shared, licences: licences.service, profile: profile.service, documents: evidence.documents };
  const { service: imports, ...importHandlers } = createImportHandlers(deps);
  const referenceChanges = createReferenceModule(deps);
  const reports = createReportsModule(deps);
  const trust = createRecordsTrust({ ...base, restartAnchor: rollback !== null });
  const vault = createVaultModule({ ...base, backups: trust.backups, kdf: options.vaultKdf });
  const hosted = host !== 'in-process';
  const sync = createSyncModule({
    ...deps,
    about: () => ({ appVersion, schemaVersion, host, referenceVersion: reference.current().version }),
    logError: (error) => logError(error, 'sync'),
    credentials: options.credentials,
    // Hosts run the engine (timers, start-up reconciliation); tests and tools drive it themselves.
    options: { autoStart: hosted, ...options.sync },
  });
  const compliance = () => evidence.compliance.report(evidence.settings.get().expiringHorizonDays);
  const notices = createNoticesModule({ ...base, compliance, syncStatus: () => sync.engine.status() });
  const app = createAppModule({ ...base, dialogs: options.fileDialogs });
  // A new day or new reference data changes what the checks say about open licences.
  if (hosted) setImmediate(() => void licences.service.revalidateStale().catch((e) => logError(e, 'revalidate')));
  const handlers: Handlers = {
    ...app.handlers,
    ...profile.handlers,
    ...settings.handlers,
    ...licences.handlers,
    ...createDashboardModule(base).handlers,
    ...importHandlers,
    ...createFileCheckModule({ reference }).handlers,
    ...createNeedLicenceModule({ clock, reference }).handlers,
    ...referenceChanges.handlers,
    ...evidence.handlers,
    ...trust.handlers,
    ...sync.handlers,
    ...reports.handlers,
    ...vault.handlers,
    ...notices.handlers,
  };
  const calls = createDispatch(handlers, { checkOutputs: options.checkOutputs, logError });
  const core: Core = {
    dispatch: trust.anchored(vault.gate.guard(calls)),
    events,
    close: () => {
      // A request in progress is aborted (its entries stay "in flight" for the next start to reconcile);
      // what background work (the sync engine, the start-up re-check) wrote outside the dispatcher is anchored.
      void sync.stop();
      trust.anchor.refresh();
      void trust.backups.stop();
      db.close();
    },
  };
  const services = { evidence, imports, trust, sync, vault: vault.service, idleLock: vault.idleLock, files: app.files };
  const more = { settings: settings.service, licences: licences.service, notices: notices.service, handlers };
  return { core, parts: { ...deps, ...services, ...more, referenceChanges: referenceChanges.service } };
}

/** The parts behind an open core: for its session (lock, recovery) and tests, never for a host. */
export type CoreParts = ReturnType<typeof composeCore>['parts'];
/** What a host or the CLI gets: one dispatcher (input parsing, the gate, audit anchoring), events, close. */
export function createCore(options: CoreOptions): Core {
  return composeCore(options).core;
}
