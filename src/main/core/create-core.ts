import fs from 'node:fs';
import { AppError, type Handlers } from '../../shared/contract';
import { ensurePrivateDir } from './private-files';
import { createAuditLog, type AuditLog } from './audit/audit-log';
import { findRollback } from './audit/rollback-check';
import { systemClock, type Clock } from './clock';
import { dataPaths, type DataPaths } from './data-dir';
import { openDatabase, type Db } from './db/open-database';
import { inspectBackupFolder } from './backup/backup-folder';
import { assertDatabaseHealthy } from './backup/database-health';
import { createDashboardService } from './dashboard/dashboard-service';
import { createNeedLicenceModule } from './need-licence/need-licence-module';
import { createDispatch, type Dispatch } from './dispatch';
import { createEventBus, type EventBus } from './events';
import { createDesktopFiles, type DesktopFiles, type FileDialogs } from './files/desktop-files';
import { createLicenceRepository } from './licences/licence-repository';
import { createLicenceEdits } from './licences/licence-edits';
import { createSupplierDefaults } from './licences/supplier-defaults';
import { certifierName } from '../../shared/licence/certification';
import { createImportHandlers } from './import/import-handlers';
import { createLicenceService, type LicenceService } from './licences/licence-service';
import { createLicenceUseService } from './licences/licence-use-service';
import { createLicenceValidator } from './licences/licence-validator';
import { createEvidenceModule, type EvidenceModule } from './evidence/evidence-module';
import { createNoticeService, type NoticeService } from './notices/notice-service';
import { createProfileService } from './profile/profile-service';
import type { PdfRenderer } from './reports/pdf-renderer';
import { createReportsModule } from './reports/reports-module';
import type { ReferenceChanges } from './reference/reference-changes';
import { createReferenceModule } from './reference/reference-module';
import { createReferenceStore, type ReferenceStore } from './reference/reference-store';
import { createReferenceTableStore } from './reference/reference-table-store';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import type { CredentialStore } from './sync/credential-store';
import { createSyncModule, type SyncModule, type SyncOptions } from './sync/create-sync';
import { createRecordsTrust, type RecordsTrust } from './trust/records-trust';
import { createKeyring, type Keyring, type UnlockedVault } from './vault/keyring';
import { readVaultHeader } from './vault/vault-header';
import { createIdleLockStore, type IdleLockStore } from './vault/idle-lock-store';
import { vaultHandlers } from './vault/vault-handlers';
import type { KdfParams } from './vault/vault-keys';
import { createExclusiveGate } from './tasks/exclusive-gate';
import { createVaultService, type VaultService } from './vault/vault-service';

export interface CoreOptions {
  readonly dataDir: string;
  readonly clock?: Clock;
  readonly host?: 'electron' | 'web' | 'in-process';
  readonly appVersion?: string;
  /** Check replies against the contract's output schemas (tests, development). */
  readonly checkOutputs?: boolean;
  readonly logError?: (error: unknown, method: string) => void;
  /** Where the portal token is kept (Electron: safeStorage). Default: an encrypted key-file store in the data folder. */
  readonly credentials?: CredentialStore;
  readonly sync?: SyncOptions;
  /** The host's print engine for licence summaries as PDF (the desktop app's); the web host has none. */
  readonly pdfRenderer?: PdfRenderer;
  /** The keys of a passphrase-protected data folder (the session's unlock, the CLI); required when it is protected. */
  readonly unlocked?: UnlockedVault;
  /** scrypt's cost for passphrases set from now on (tests lower it; the default is in vault-keys.ts). */
  readonly vaultKdf?: KdfParams;
  /**
   * A database whose audit trail is behind the newest backup (rollback-check.ts): `refuse` it
   * (DB_ROLLED_BACK, the default), `accept` it and record that choice in the trail (the recovery
   * screen's "Keep this database"), or `ignore` it because the caller records its own deliberate
   * divergence next (a restore of an older backup, an empty start).
   */
  readonly onRollback?: 'refuse' | 'accept' | 'ignore';
  /** The host's system open and save dialogs (the desktop app's); the browser version uses its own. */
  readonly fileDialogs?: FileDialogs;
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
  /** Importing and removing HTS revisions, previewed first. */
  readonly referenceChanges: ReferenceChanges;
  readonly settings: SettingsService;
  readonly licences: LicenceService;
  /** Suppliers, products, supplier documents and their files, declaration requests. */
  readonly evidence: EvidenceModule;
  readonly imports: ReturnType<typeof createImportHandlers>['service'];
  /** Audit anchor, backups and the recovery procedures' normal-mode answers. */
  readonly trust: RecordsTrust;
  /** The portal outbox and its engine. */
  readonly sync: SyncModule;
  /** Passphrase protection of the data folder (docs/records-trust.md, "Encrypted at rest"). */
  readonly vault: VaultService;
  readonly keyring: Keyring;
  /** Minutes without use before a protected folder locks by itself (the session runs the timer). */
  readonly idleLock: IdleLockStore;
  /** Reminders: what is due today, and which kinds are on. */
  readonly notices: NoticeService;
  /** Files the user chose or dropped in the desktop app, behind tokens. */
  readonly files: DesktopFiles;
  close(): void;
}

/**
 * Builds the whole backend on one SQLite file. Knows nothing of Electron or HTTP: a host
 * (Electron IPC, the web host, the CLI, a test) hands it a data directory and calls `dispatch`.
 */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const paths = dataPaths(options.dataDir);
  const protection = readVaultHeader(paths.dataDir);
  if (protection && !options.unlocked) {
    throw new AppError(
      'UNAUTHORIZED',
      `The data folder ${paths.dataDir} is protected with a passphrase: unlock it first (the app asks for it; the command line reads AIM_PASSPHRASE or asks).`,
    );
  }
  const keyring = createKeyring(protection ? (options.unlocked ?? null) : null);
  const { db, schemaVersion } = openDatabase({
    file: paths.databaseFile,
    backupDir: paths.backupDir,
    clock,
    key: keyring.database()?.database ?? null,
  });
  assertDatabaseHealthy(db, paths.databaseFile);
  // Folders made by an older version (or by hand) are tightened too; new ones are made private.
  for (const dir of [paths.backupDir, paths.filesDir]) if (fs.existsSync(dir)) ensurePrivateDir(dir);
  // Before anything is written: a database put back to an older copy is reported, not worked on.
  const onRollback = options.onRollback ?? 'refuse';
  const rollback =
    onRollback === 'ignore'
      ? null
      : findRollback(db, paths.backupDir, { protected: protection !== null, lookup: keyring.lookup });
  if (rollback && onRollback === 'refuse') {
    db.close();
    throw new AppError(
      'DB_ROLLED_BACK',
      `The data file ${paths.databaseFile} is older than its backups: ${rollback.problem}.`,
      {
        backupId: rollback.backupId,
        backupCreatedAt: rollback.backupCreatedAt,
        backupHead: rollback.backupHead,
        liveHead: rollback.liveHead,
      },
    );
  }
  const events = createEventBus((error) => console.error('[event listener]', error));

  const actorQuery = db.prepare<[], { data: string }>('SELECT data FROM filer_profile WHERE id = 1');
  const actor = () => {
    const row = actorQuery.get();
    if (!row) return 'filer (no profile yet)';
    const p = JSON.parse(row.data) as { company?: string; email?: string };
    return `${p.company ?? ''} <${p.email ?? ''}>`;
  };
  const audit = createAuditLog(db, clock, actor);
  if (rollback) {
    db.transaction(() =>
      audit.append({
        entity: 'system',
        entityId: 'database',
        action: 'rollback-accepted',
        before: {
          backupId: rollback.backupId,
          backupCreatedAt: rollback.backupCreatedAt,
          backupHead: rollback.backupHead,
        },
        after: { liveHead: rollback.liveHead, problem: rollback.problem },
      }),
    )();
  }
  const referenceTables = createReferenceTableStore(db, (error) =>
    (options.logError ?? ((e: unknown, where: string) => console.error(`[${where}]`, e)))(error, 'reference'),
  );
  const reference = createReferenceStore(referenceTables);
  const settings = createSettingsService(db, audit);
  const profile = createProfileService(db, clock, audit);
  // The evidence module's index feeds the validator; its changes re-judge licences (bound late).
  const evidence = createEvidenceModule({ db, paths, clock, audit, events, licences: () => licences, keyring });
  const validator = createLicenceValidator(db, clock, reference, settings.get, evidence.index.current);
  const licenceRepo = createLicenceRepository(db);
  const licences = createLicenceService({
    db,
    repo: licenceRepo,
    clock,
    audit,
    events,
    validator,
    edits: createLicenceEdits(db),
    certifier: () => certifierName(profile.get()),
  });
  const licenceUses = createLicenceUseService({ db, repo: licenceRepo, clock, audit, events, validator });
  const { service: imports, ...importHandlers } = createImportHandlers({
    db,
    clock,
    audit,
    events,
    repo: licenceRepo,
    validator,
  });
  const supplierDefaults = createSupplierDefaults(db);
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
  const dashboard = createDashboardService(db, clock);
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

  const notices = createNoticeService({
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

  if (options.host === 'web' || options.host === 'electron') {
    // A new day or new reference data changes what the checks say about open licences.
    setImmediate(() => {
      licences.revalidateStale().catch((error: unknown) => (options.logError ?? console.error)(error, 'revalidate'));
    });
  }

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
    'licences.list': (query) => licences.list(query),
    'licences.get': ({ id }) => licences.get(id),
    'licences.create': (draft) => licences.create(draft),
    'licences.update': ({ id, version, draft }) => licences.update(id, version, draft),
    'licences.delete': ({ id, confirmRecordKeeping }) => licences.remove(id, confirmRecordKeeping),
    'licences.deleteMany': ({ ids, confirmRecordKeeping }) => licences.removeMany(ids, confirmRecordKeeping),
    'licences.validate': ({ ids }) => licences.validate(ids),
    'licences.check': ({ draft, id }) => licences.check(draft, id),
    'licences.transition': ({ ids, to, note }) => licences.transition(ids, to, note),
    'licences.recordUse': (input) => licenceUses.record(input),
    'licences.removeUse': ({ id, useId }) => licenceUses.remove(id, useId),
    'licences.duplicate': ({ id }) => licences.duplicate(id),
    'licences.supplierDefaults': ({ supplierId }) => supplierDefaults(supplierId),
    'licences.certify': ({ ids }) => licences.certify(ids),
    'licences.keepEdit': ({ id, version, draft }) => licences.keepEdit(id, version, draft),
    'licences.keptEdit': ({ id }) => licences.keptEdit(id),
    'licences.discardEdit': ({ id }) => licences.discardEdit(id),
    'licences.keptEdits': () => licences.keptEdits(),
    'licences.history': ({ id }) => licences.history(id),
    'dashboard.summary': ({ horizonDays }) => dashboard.summary(horizonDays),
    'dashboard.charts': (query) => dashboard.charts(query),
    ...importHandlers,
    ...needLicence.handlers,
    ...referenceModule.handlers,
    ...evidence.handlers,
    ...trust.handlers,
    ...sync.handlers,
    ...reports.handlers,
    ...vaultHandlers(vault, idleLock),
    ...files.handlers,
    'backups.inspectFolder': ({ token }) => inspectBackupFolder(files.folderOf(token), keyring),
    'backups.restoreFolder': () => {
      // Replacing the open database is the session's to do (it closes this core first).
      throw new AppError('UNAVAILABLE', 'Restoring a backup folder is done by the app itself, not from here.');
    },
    'notices.list': () => notices.list(),
    'notices.getSettings': () => notices.settings.get(),
    'notices.saveSettings': (input) => {
      const saved = notices.settings.save(input);
      events.emit('settings.changed', {});
      return saved;
    },
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
    notices,
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
