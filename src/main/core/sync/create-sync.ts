import path from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { syncProcedures } from '../../../shared/contract/sync';
import type { SyncOverview } from '../../../shared/contract/sync';
import type { AppSettings } from '../../../shared/settings/app-settings';
import type { AuditLog } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { DataPaths } from '../data-dir';
import type { Db } from '../db/open-database';
import type { EventBus } from '../events';
import { createLicenceRepository } from '../licences/licence-repository';
import type { LicenceService } from '../licences/licence-service';
import type { LicenceValidator } from '../licences/licence-validator';
import { createAccountService } from './account-service';
import { createConflictRepository } from './conflict-repository';
import { createConflictService } from './conflict-service';
import type { CredentialStore } from './credential-store';
import { buildDiagnostics } from './diagnostics';
import type { Keyring } from '../vault/keyring';
import { createFileCredentialStore } from './file-credential-store';
import { createHttpGateway } from './http-gateway';
import { createManualFiling } from './manual-filing';
import { createOutboxRepository, rowToEntry } from './outbox-repository';
import type { PortalGateway } from './portal-gateway';
import { createPortalOutcomes } from './portal-outcomes';
import { createQueueService } from './queue-service';
import { createSyncEngine, type SyncEngine } from './sync-engine';
import { createSyncLog } from './sync-log';
import type { SyncRecords } from './sync-records';
import { createSyncStore } from './sync-store';
import { defaultSyncTiming, type SyncTiming } from './sync-timing';
import { createWithdrawService } from './withdraw-service';

export interface SyncOptions {
  /** Start the engine (reconcile, timers) with the core. Hosts: yes; unit tests: usually no. */
  readonly autoStart?: boolean;
  readonly timing?: Partial<SyncTiming>;
  /** Replaces the HTTP gateway (tests that need a portal without a network). */
  readonly gatewayFor?: (portalUrl: string, signal: AbortSignal) => PortalGateway;
}

export interface SyncModuleDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly events: EventBus;
  readonly paths: DataPaths;
  readonly licences: LicenceService;
  readonly validator: LicenceValidator;
  readonly settings: () => AppSettings;
  readonly credentials?: CredentialStore;
  /** The folder's keys: the web host's and command line's token key is sealed with them when protected. */
  readonly keyring?: Keyring;
  readonly options?: SyncOptions;
  readonly about: () => Record<string, unknown>;
  readonly logError: (error: unknown) => void;
}

type SyncProcedureName = keyof typeof syncProcedures;
export type SyncHandlers = Pick<Handlers, SyncProcedureName>;

/** Builds the outbox, the engine and the sync procedures on the core's database and event bus. */
export function createSyncModule(deps: SyncModuleDeps) {
  const { db, clock, audit, events } = deps;
  const autoStart = deps.options?.autoStart ?? false;
  const timing: SyncTiming = { ...defaultSyncTiming, timers: autoStart, ...deps.options?.timing };
  const credentials =
    deps.credentials ?? createFileCredentialStore(path.join(deps.paths.dataDir, 'secrets'), deps.keyring);
  const licenceRepo = createLicenceRepository(db);
  const outbox = createOutboxRepository(db);
  const store = createSyncStore(db);
  const conflicts = createConflictRepository(db);
  const log = createSyncLog(db, clock);
  const outcomes = createPortalOutcomes({
    licences: licenceRepo,
    outbox,
    store,
    conflicts,
    audit,
    clock,
    validator: deps.validator,
  });
  const gatewayFor =
    deps.options?.gatewayFor ??
    ((portalUrl: string, signal: AbortSignal) =>
      createHttpGateway({ baseUrl: portalUrl, clock, timeoutMs: timing.requestTimeoutMs, signal }));
  const engine: SyncEngine = createSyncEngine({
    db,
    clock,
    events,
    outbox,
    store,
    conflicts,
    outcomes,
    log,
    credentials,
    timing,
    gatewayFor,
    logError: deps.logError,
  });
  const queue = createQueueService({
    db,
    clock,
    audit,
    events,
    licences: licenceRepo,
    validator: deps.validator,
    outbox,
    store,
    conflicts,
    log,
    settings: () => deps.settings().rules,
  });
  const records: SyncRecords = { db, clock, audit, licences: licenceRepo, outbox, store, conflicts, outcomes };
  const withdrawals = createWithdrawService({ ...records, credentials, engine, log, gatewayFor });
  const conflictService = createConflictService({ ...records, queue });
  const account = createAccountService({ db, clock, store, credentials, engine, log, gatewayFor });
  const manual = createManualFiling({ db, clock, audit, licences: licenceRepo, outbox, settings: deps.settings, log });

  if (autoStart) engine.start();

  async function overview(): Promise<SyncOverview> {
    const creds = await credentials.get();
    const settings = store.settings();
    await engine.refreshSignedIn();
    return {
      status: engine.status(),
      settings,
      account:
        creds && creds.portalUrl === settings.portalUrl
          ? { username: creds.username, company: creds.company, expiresAt: creds.expiresAt }
          : null,
      protection: credentials.protection,
    };
  }

  const changedLicences = (ids: readonly string[]) => {
    if (ids.length > 0) events.emit('licences.changed', { ids: [...new Set(ids)], reason: 'status' });
    engine.publish();
  };

  const handlers: SyncHandlers = {
    'sync.overview': () => overview(),
    'sync.saveSettings': (settings) => {
      db.transaction(() => {
        const before = store.settings();
        store.saveSettings(settings);
        audit.append({ entity: 'setting', entityId: 'sync', action: 'update', before, after: settings });
      })();
      void engine.refreshSignedIn();
      engine.kick('now');
      return settings;
    },
    'sync.signIn': async ({ username, password }) => {
      await account.signIn(username, password);
      return overview();
    },
    'sync.signOut': async () => {
      await account.signOut();
      return overview();
    },
    'sync.now': ({ reason }) => {
      void engine.syncNow(reason === 'online' ? 'online' : 'now');
      return engine.status();
    },
    'sync.queue': ({ ids, when }) => {
      const outcome = queue.queue(ids, when);
      changedLicences(outcome.changed);
      if (outcome.changed.length > 0) engine.kick('queued');
      return outcome;
    },
    'sync.outbox': ({ states, offset, limit }) => {
      const page = outbox.list({ states, offset, limit });
      return { items: page.items.map(rowToEntry), total: page.total };
    },
    'sync.retry': ({ ids }) => {
      const outcome = queue.retry(ids);
      engine.publish();
      if (outcome.changed.length > 0) engine.kick('queued');
      return outcome;
    },
    'sync.withdraw': async ({ ids }) => {
      const outcome = await withdrawals.withdraw(ids);
      changedLicences(outcome.licences);
      return { changed: outcome.changed, refused: outcome.refused };
    },
    'sync.cancel': ({ ids, reason }) => {
      const outcome = queue.cancel(ids, reason);
      engine.publish();
      if (outcome.changed.length > 0) engine.kick('queued');
      return outcome;
    },
    'sync.correct': ({ id, version, draft }) => {
      const entry = queue.correct(id, version, draft);
      changedLicences([id]);
      engine.kick('queued');
      return entry;
    },
    'sync.conflicts': () => conflicts.open(),
    'sync.resolveConflict': ({ id, keep }) => {
      const result = conflictService.resolve(id, keep);
      changedLicences([result.licenceId]);
      engine.kick('queued');
      return result;
    },
    'sync.log': ({ limit, beforeId }) => log.list(limit, beforeId),
    'sync.recordManual': (input) => {
      const result = manual.record(input);
      changedLicences([result.id]);
      return result;
    },
    'sync.exportBulk': ({ ids }) => manual.exportBulk(ids),
    'sync.diagnostics': () =>
      buildDiagnostics({ clock, store, outbox, conflicts, log, engine, credentials, about: deps.about }),
  };

  return {
    handlers,
    engine,
    credentials,
    outbox,
    log,
    start: () => engine.start(),
    stop: () => engine.stop(),
  };
}
export type SyncModule = ReturnType<typeof createSyncModule>;
