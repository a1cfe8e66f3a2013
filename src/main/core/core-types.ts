// What createCore takes and gives (create-core.ts): the hosts' and the CLI's view of the backend.
import type { Clock } from './clock';
import type { Dispatch } from './dispatch';
import type { EventBus } from './events';
import type { FileDialogs } from './files/desktop-files';
import type { PdfRenderer } from './reports/pdf-renderer';
import type { SyncOptions } from './sync/create-sync';
import type { CredentialStore } from './sync/credential-store';
import type { UnlockedVault } from './vault/keyring';
import type { KdfParams } from './vault/vault-keys';

export interface CoreOptions {
  readonly dataDir: string;
  readonly clock?: Clock;
  readonly host?: 'electron' | 'web' | 'in-process';
  readonly appVersion?: string;
  /** Check replies against the contract's output schemas (tests, development). */
  readonly checkOutputs?: boolean;
  readonly logError?: (error: unknown, method: string) => void;
  /** Where the gateway token is kept (Electron: safeStorage). Default: an encrypted key-file store in the data folder. */
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

/** What a host (Electron IPC, the web host) and the CLI get: every call goes through `dispatch`. */
export interface Core {
  /** Parses the input, waits at the gate while the protection changes, calls the handler, anchors the trail. */
  readonly dispatch: Dispatch;
  /** What changed, for the windows; tasks report their progress here too. */
  readonly events: EventBus;
  close(): void;
}
