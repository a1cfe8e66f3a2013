import type { Handlers } from '../../shared/contract';
import { createAuditLog, type AuditLog } from './audit/audit-log';
import { systemClock, type Clock } from './clock';
import { dataPaths, type DataPaths } from './data-dir';
import { openDatabase, type Db } from './db/open-database';
import { createDashboardService } from './dashboard/dashboard-service';
import { createDispatch, type Dispatch } from './dispatch';
import { createEventBus, type EventBus } from './events';
import { createLicenceRepository } from './licences/licence-repository';
import { createLicenceService, type LicenceService } from './licences/licence-service';
import { createLicenceValidator } from './licences/licence-validator';
import { createProfileService } from './profile/profile-service';
import { createReferenceStore, type ReferenceStore } from './reference/reference-store';
import { createSettingsService, type SettingsService } from './settings/settings-service';

export interface CoreOptions {
  readonly dataDir: string;
  readonly clock?: Clock;
  readonly host?: 'electron' | 'web' | 'in-process';
  readonly appVersion?: string;
  /** Check replies against the contract's output schemas (tests, development). */
  readonly checkOutputs?: boolean;
  readonly logError?: (error: unknown, method: string) => void;
}

export interface Core {
  readonly handlers: Handlers;
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  readonly paths: DataPaths;
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly reference: ReferenceStore;
  readonly settings: SettingsService;
  readonly licences: LicenceService;
  close(): void;
}

/**
 * Builds the whole backend on one SQLite file. Knows nothing of Electron or HTTP: a host
 * (Electron IPC, the web host, the CLI, a test) hands it a data directory and calls `dispatch`.
 */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const paths = dataPaths(options.dataDir);
  const { db, schemaVersion } = openDatabase({ file: paths.databaseFile, backupDir: paths.backupDir, clock });
  const events = createEventBus((error) => console.error('[event listener]', error));

  const actorQuery = db.prepare<[], { data: string }>('SELECT data FROM filer_profile WHERE id = 1');
  const actor = () => {
    const row = actorQuery.get();
    if (!row) return 'filer (no profile yet)';
    const p = JSON.parse(row.data) as { company?: string; email?: string };
    return `${p.company ?? ''} <${p.email ?? ''}>`;
  };
  const audit = createAuditLog(db, clock, actor);
  const reference = createReferenceStore();
  const settings = createSettingsService(db, audit);
  const profile = createProfileService(db, clock, audit);
  const validator = createLicenceValidator(db, clock, reference, settings.get);
  const licences = createLicenceService({ db, repo: createLicenceRepository(db), clock, audit, events, validator });
  const dashboard = createDashboardService(db, clock);

  const handlers: Handlers = {
    'app.info': () => ({
      appVersion: options.appVersion ?? '0.0.0',
      schemaVersion,
      host: options.host ?? 'in-process',
      dataDir: paths.dataDir,
      databaseFile: paths.databaseFile,
    }),
    'profile.get': () => profile.get(),
    'profile.save': (input) => {
      const saved = profile.save(input);
      events.emit('profile.changed', {});
      return saved;
    },
    'settings.get': () => settings.get(),
    'settings.save': (input) => {
      const saved = settings.save(input);
      events.emit('settings.changed', {});
      licences.revalidateOpen();
      return saved;
    },
    'reference.get': () => reference.snapshot(),
    'licences.list': (query) => licences.list(query),
    'licences.get': ({ id }) => licences.get(id),
    'licences.create': (draft) => licences.create(draft),
    'licences.update': ({ id, version, draft }) => licences.update(id, version, draft),
    'licences.delete': ({ id }) => licences.remove(id),
    'licences.validate': ({ ids }) => licences.validate(ids),
    'licences.check': ({ draft, id }) => licences.check(draft, id),
    'licences.transition': ({ ids, to, note, entryNumber }) => licences.transition(ids, to, note, entryNumber),
    'licences.duplicate': ({ id }) => licences.duplicate(id),
    'licences.history': ({ id }) => licences.history(id),
    'dashboard.summary': ({ horizonDays }) => dashboard.summary(horizonDays),
  };

  const dispatchOptions = {
    checkOutputs: options.checkOutputs ?? false,
    ...(options.logError ? { logError: options.logError } : {}),
  };
  return {
    handlers,
    dispatch: createDispatch(handlers, dispatchOptions),
    events,
    paths,
    db,
    clock,
    audit,
    reference,
    settings,
    licences,
    close: () => db.close(),
  };
}
