// What createCore takes and gives (create-core.ts): the hosts', the CLI's and the tests' view of the backend.
import type { AuditLog } from './audit/audit-log';
import type { Clock } from './clock';
import type { CredentialStore } from './sync/credential-store';
import type { DataPaths } from './data-dir';
import type { Db } from './db/open-database';
import type { DesktopFiles, FileDialogs } from './files/desktop-files';
import type { Dispatch } from './dispatch';
import type { EventBus } from './events';
import type { EvidenceModule } from './evidence/evidence-module';
import type { Handlers } from '../../shared/contract';
import type { IdleLockStore } from './vault/idle-lock-store';
import type { KdfParams } from './vault/vault-keys';
import type { Keyring, UnlockedVault } from './vault/keyring';
import type { LicenceService } from './licences/licence-service';
import type { NoticeService } from './notices/notice-service';
import type { PdfRenderer } from './reports/pdf-renderer';
import type { RecordsTrust } from './trust/records-trust';
import type { ReferenceChanges } from './reference/reference-changes';
import type { ReferenceStore } from './reference/reference-store';
import type { SettingsService } from './settings/settings-service';
import type { SyncModule, SyncOptions } from './sync/create-sync';
import type { VaultService } from './vault/vault-service';
import type { createImportHandlers } from './import/import-handlers';

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
