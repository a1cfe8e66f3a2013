import { backupAt, findBackup, listBackups } from '#core/backups/backup-store';
import { systemClock } from '#core/clock';
import { composeCore, type CoreOptions } from '#core/create-core';
import { dataPaths } from '#core/data-dir';
import { assertCipherAvailable, cipherAvailable } from '#core/db/sqlite-key';
import { createDispatch, type Dispatch } from '#core/dispatch';
import { createEventBus, type EventBus } from '#core/events';
import { asTask, type TaskReporter } from '#core/tasks/task-progress';
import { createAttemptLimiter } from '#core/vault/attempt-limiter';
import { backupKey } from '#core/vault/backup-key';
import { forget } from '#core/vault/forget-keys';
import type { VaultKeyset } from '#core/vault/keyring';
import { lockedHandlers } from '#core/vault/locked-handlers';
import { keysetFor, unlockedVault } from '#core/vault/unlock-vault';
import { readVaultHeader, targetSpec, unfinishedChange } from '#core/vault/vault-header';
import { AppError, type Handlers } from '#shared/contract';
import type { RestoreOutcome } from '#shared/contract/backups';
import type { GrantedFiles } from '#shared/contract/files';
import type { RecoveryStatus } from '#shared/contract/recovery';
import type { VaultStatus } from '#shared/contract/vault';
import type { OpenKind } from '#shared/files/file-kinds';
import type { Notice } from '#shared/notices/notice-schema';

import { missingDatabase, type Trouble } from './missing-database';
import { recordRecovery } from './record-recovery';
import { recoveryHandlers } from './recovery-handlers';
import { assertBackupUsable, putBackSetAside, putBackupInPlace, setAsideDatabase } from './restore-backup';
import { nameRestoredFiles } from './restored-file-names';

export interface CoreSessionOptions extends CoreOptions {
  /** Take scheduled backups while the core is open (the hosts; not tests or the CLI). */
  readonly scheduleBackups?: boolean;
}

/** What a host serves: one dispatcher and one event bus, whether the core opened or not. */
export interface CoreSession {
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  /** False while the folder is locked or the recovery screen is shown. */
  isOpen(): boolean;
  /** Tokens for paths the person gave the desktop app itself (dropped files): never a procedure the page can call. */
  grantGiven(kind: OpenKind, paths: readonly string[]): GrantedFiles | null;
  /** The reminders due now for the OS notifications (read-only), or null while locked or being recovered. */
  dueNotices(): Notice[] | null;
  /** Locks a protected folder whose idle time has run out (the session checks this every 15 s). */
  checkIdle(): Promise<void>;
  close(): Promise<void>;
}

/** An open core and the parts behind it that the session needs (keys, backups, the protection's state). */
type OpenCore = ReturnType<typeof composeCore>;

/** How often the idle lock is checked: a lock comes at most this late. */
const idleCheckMs = 15_000;

/**
 * Opens the core, or, when its database is damaged or missing, serves the recovery procedures
 * until the user restores a backup (or explicitly starts empty); then opens the core and serves
 * it through the same dispatcher and event bus, so the hosts never notice the switch.
 */
export function openCoreSession(options: CoreSessionOptions): CoreSession {
  const clock = options.clock ?? systemClock;
  const paths = dataPaths(options.dataDir);
  const events = createEventBus((error) => console.error('[event listener]', error));
  let core: OpenCore | null = null;
  let trouble: Trouble | null = null;
  let unsubscribe: () => void = () => {};
  // A passphrase-protected folder stays locked until `vault.unlock`; then its keys live here, in memory only.
  let keyset: VaultKeyset | null = null;
  const limiter = createAttemptLimiter(() => clock.now().getTime());
  let lastActivity = clock.now().getTime();
  const isLocked = () => keyset === null && readVaultHeader(paths.dataDir) !== null;
  /** The options createCore gets: with the keys, and the key the database opens with right now. */
  const coreOptions = (): CoreOptions => {
    const header = keyset ? readVaultHeader(paths.dataDir) : null;
    return header && keyset ? { ...options, unlocked: unlockedVault(header, keyset, paths.databaseFile) } : options;
  };

  function attach(opened: OpenCore): OpenCore {
    core = opened;
    trouble = null;
    unsubscribe = opened.core.events.subscribe((event, payload) => events.emit(event, payload));
    if (options.scheduleBackups) opened.parts.trust.backups.startSchedule();
    return opened;
  }

  function open(extra: Partial<CoreOptions> = {}): OpenCore | null {
    if (isLocked()) return null;
    trouble = missingDatabase(options);
    if (trouble) return null;
    try {
      return attach(composeCore({ ...coreOptions(), ...extra }));
    } catch (error) {
      if (error instanceof AppError && (error.code === 'DB_CORRUPT' || error.code === 'DB_ROLLED_BACK')) {
        trouble = { reason: error.code === 'DB_CORRUPT' ? 'damaged' : 'rolled-back', problem: error.message };
        return null;
      }
      throw error;
    }
  }

  function status(): RecoveryStatus {
    if (core || !trouble) return { mode: 'normal' };
    return {
      mode: 'recovery',
      reason: trouble.reason,
      problem: trouble.problem,
      dataDir: paths.dataDir,
      databaseFile: paths.databaseFile,
      backups: listBackups(paths.backupDir).map((b) => b.summary),
    };
  }

  const inRecovery = () => {
    if (core) throw new AppError('CONFLICT', 'The database is already open; there is nothing to recover.');
  };

  async function restore(backupId: string, progress: TaskReporter) {
    inRecovery();
    const backup = findBackup(paths.backupDir, backupId);
    const key = backupKey(backup, [...(keyset?.keys.values() ?? [])])?.database ?? null;
    // Checked before anything moves: a bad backup leaves the damaged file where it was.
    await assertBackupUsable(backup, key);
    progress.step('Setting the damaged data aside');
    const setAsideIn = setAsideDatabase(paths, clock, 'before-restore');
    const filesRestored = await putBackupInPlace(backup, paths, clock, setAsideIn, {
      alreadyVerified: true,
      key,
      signer: keyset?.target ?? null,
      onStep: (step, done, total) => progress.step(step, done, total),
    });
    const previous = trouble;
    progress.step('Opening the restored data');
    // The restore entry recorded next explains why the trail may now be behind a newer backup.
    const opened = open({ onRollback: 'ignore' });
    if (!opened)
      throw new AppError(
        'DB_CORRUPT',
        `The restored backup could not be opened either: ${trouble?.problem ?? 'unknown problem'}.`,
      );
    recordRecovery(opened.parts, 'restore', {
      before: { problem: previous?.problem ?? null, setAsideIn },
      after: {
        backupId,
        backupCreatedAt: backup.summary.createdAt,
        auditHead: backup.manifest?.auditHead ?? null,
        filesRestored,
      },
    });
    events.emit('backups.changed', { reason: 'restored' });
    return { restoredFrom: backupId, setAsideIn, filesRestored };
  }

  const dispatchOptions = {
    checkOutputs: options.checkOutputs ?? false,
    ...(options.logError ? { logError: options.logError } : {}),
  };

  const recovery = createDispatch(
    recoveryHandlers({
      status,
      retry() {
        if (!core) open();
        return status();
      },
      restore: (backupId) =>
        asTask(events, 'restore', 'Checking the backup', (progress) => restore(backupId, progress)),
      keepDatabase() {
        inRecovery();
        if (trouble?.reason !== 'rolled-back')
          throw new AppError('CONFLICT', 'Only a database older than its newest backup can be kept as it is.');
        // The gap and the choice go into the trail ("rollback-accepted"), so they stay visible.
        open({ onRollback: 'accept' });
        return status();
      },
      startEmpty() {
        inRecovery();
        const previous = trouble;
        const setAsideIn = setAsideDatabase(paths, clock, 'before-empty-start');
        const opened = attach(composeCore({ ...coreOptions(), onRollback: 'ignore' }));
        recordRecovery(opened.parts, 'start-empty', {
          before: { problem: previous?.problem ?? null, setAsideIn },
          after: { database: 'new and empty' },
        });
        return { setAsideIn };
      },
    }),
    dispatchOptions,
  );

  function vaultStatus(): VaultStatus {
    const header = readVaultHeader(paths.dataDir);
    return {
      state: header === null ? 'off' : keyset ? 'unlocked' : 'locked',
      unfinished: unfinishedChange(header),
      protectedSince: header ? (targetSpec(header) ?? header.keys[0]!).createdAt : null,
      retryAfterMs: limiter.retryAfterMs(),
      dataDir: paths.dataDir,
      available: cipherAvailable(),
    };
  }

  // One try at a time: parallel guesses wait their turn, and each meets the growing delay.
  let unlocking: Promise<unknown> = Promise.resolve();
  async function unlock(passphrase: string): Promise<VaultStatus> {
    const header = readVaultHeader(paths.dataDir);
    if (!header || keyset) throw new AppError('CONFLICT', 'The data folder is not locked; there is nothing to unlock.');
    assertCipherAvailable();
    limiter.check();
    const found = await keysetFor(header, passphrase);
    if (!found) throw limiter.failed();
    limiter.succeeded();
    keyset = found;
    lastActivity = clock.now().getTime();
    let opened: OpenCore | null;
    try {
      opened = open();
    } catch (error) {
      // The passphrase was right but the data cannot be opened (a newer version's file, say): stay locked and say why.
      keyset = null;
      throw error;
    }
    await opened?.parts.vault.namesSettled();
    // A change of protection cut short (crash, full disk) is finished now that the keys are known.
    if (opened?.parts.vault.unfinished()) {
      await opened.parts.vault.finish();
      opened.parts.trust.anchor.refresh();
    }
    events.emit('vault.changed', { state: 'unlocked' });
    return vaultStatus();
  }

  /**
   * "Lock now" and the idle lock: the core is closed (a backup in progress is let finish), the
   * keys are overwritten and forgotten, and every window goes back to the lock screen.
   */
  let locking: Promise<VaultStatus> | null = null;
  function lock(): Promise<VaultStatus> {
    locking ??= (async () => {
      try {
        if (readVaultHeader(paths.dataDir) === null)
          throw new AppError(
            'CONFLICT',
            'The data folder is not protected with a passphrase, so there is nothing to lock: protect it in Settings first.',
          );
        const open = core;
        // The keys: the unlock's, or those of protection switched on while the core was open.
        const keys = open?.parts.keyring.keyset() ?? keyset;
        if (!keys) return vaultStatus();
        if (open?.parts.vault.busy())
          throw new AppError('CONFLICT', 'A change of the data protection is running; the data locks when it is done.');
        if (open) {
          unsubscribe();
          await open.parts.trust.backups.stop();
          open.core.close();
          core = null;
        }
        forget(keys);
        keyset = null;
        trouble = null;
        events.emit('vault.changed', { state: 'locked' });
        return vaultStatus();
      } finally {
        locking = null;
      }
    })();
    return locking;
  }

  async function checkIdle(): Promise<void> {
    const minutes = core?.parts.keyring.keyset() ? core.parts.idleLock.get() : 0;
    if (minutes > 0 && clock.now().getTime() - lastActivity >= minutes * 60_000) await lock();
  }
  const idleTimer = setInterval(() => {
    checkIdle().catch((error: unknown) => (options.logError ?? console.error)(error, 'idle lock'));
  }, idleCheckMs);
  idleTimer.unref();

  const locked = createDispatch(
    lockedHandlers({
      status: vaultStatus,
      unlock: (passphrase) => {
        const attempt = unlocking.then(() => unlock(passphrase));
        unlocking = attempt.catch(() => undefined);
        return attempt;
      },
      lock,
      activity: () => {
        lastActivity = clock.now().getTime();
      },
    }),
    dispatchOptions,
  );

  /**
   * Replaces the open data with a backup folder the user chose or dropped (desktop app). The
   * backup is checked before anything moves; the open core is closed, its database moved aside
   * (never deleted), the backup put in place and opened, and the restore recorded in its trail.
   */
  async function restoreFolder(token: string): Promise<RestoreOutcome> {
    const current = core?.parts;
    if (!core || !current) throw new AppError('CONFLICT', 'Open the data first (unlock it, or finish the recovery).');
    const folder = current.files.folderOf(token);
    const backup = backupAt(folder);
    const key = backupKey(backup, current.keyring.all())?.database ?? null;
    const protectedNow = readVaultHeader(paths.dataDir) !== null;
    // The restored trail's anchor is signed like every anchor of a protected folder (rollback-check.ts).
    const signer = current.keyring.target();
    if (Boolean(backup.manifest?.protection) !== protectedNow || (backup.manifest?.protection && !key)) {
      throw new AppError(
        'UNAUTHORIZED',
        `Backup ${backup.summary.id} was taken ${backup.manifest?.protection ? 'with another passphrase' : 'before this folder was protected'}: restore it into a new folder with \`aim-licence backup restore --from FOLDER --to NEW_DIR\`, then open that folder.`,
      );
    }
    await assertBackupUsable(backup, key);
    unsubscribe();
    await current.trust.backups.stop();
    core.core.close();
    core = null;
    const setAsideIn = setAsideDatabase(paths, clock, 'before-restore');
    let filesRestored: number;
    try {
      filesRestored = await putBackupInPlace(backup, paths, clock, setAsideIn, { alreadyVerified: true, key, signer });
    } catch (error) {
      putBackSetAside(paths, setAsideIn);
      open();
      throw error;
    }
    // The restore entry recorded next explains why the trail may now be behind a newer backup.
    const opened = open({ onRollback: 'ignore' });
    if (!opened)
      throw new AppError(
        'DB_CORRUPT',
        `The restored backup could not be opened: ${trouble?.problem ?? 'unknown problem'}.`,
      );
    await opened.parts.vault.namesSettled();
    const renamed = await nameRestoredFiles(paths.filesDir, opened, backup);
    recordRecovery(opened.parts, 'restore', {
      before: { replaced: 'the data in use', setAsideIn },
      after: {
        backupId: backup.summary.id,
        backupCreatedAt: backup.summary.createdAt,
        auditHead: backup.manifest?.auditHead ?? null,
        filesRestored,
        ...(renamed ? { filesRenamed: renamed.converted, renameProblems: renamed.problems } : {}),
        from: 'a backup folder chosen in the app',
      },
    });
    events.emit('backups.changed', { reason: 'restored' });
    events.emit('licences.changed', { ids: [], reason: 'revalidated' });
    return { restoredFrom: backup.summary.id, setAsideIn, filesRestored };
  }
  const sessionOnly = createDispatch(
    { 'backups.restoreFolder': ({ token }) => restoreFolder(token) } as Partial<Handlers> as Handlers,
    dispatchOptions,
  );

  open();
  return {
    dispatch: (method, input, ctx) => {
      // The session owns the keys and the idle timer: locking and activity are answered here, open or not.
      if (method === 'vault.lock' || method === 'vault.activity') return locked(method, input, ctx);
      if (core && method === 'backups.restoreFolder') return sessionOnly(method, input, ctx);
      if (core) return core.core.dispatch(method, input, ctx);
      // While locked, and on the recovery screen, the vault's status and unlock are answered here.
      if (isLocked() || method === 'vault.status' || method === 'vault.unlock') return locked(method, input, ctx);
      return recovery(method, input, ctx);
    },
    events,
    isOpen: () => core !== null,
    grantGiven: (kind, paths) => core?.parts.files.grantGiven(kind, paths) ?? null,
    dueNotices: () => core?.parts.notices.list().notices ?? null,
    checkIdle,
    async close() {
      clearInterval(idleTimer);
      unsubscribe();
      if (core) {
        await core.parts.trust.backups.stop();
        core.core.close();
        core = null;
      }
    },
  };
}
