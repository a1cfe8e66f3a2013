import path from 'node:path';

import type { AuditLog } from '#core/audit/audit-log';
import type { BackupService } from '#core/backups/backup-service';
import type { Clock } from '#core/clock';
import type { DataPaths } from '#core/data-dir';
import type { Db } from '#core/db/open-database';
import { assertCipherAvailable, cipherAvailable, rekeyConnection } from '#core/db/sqlite-key';
import type { EventBus } from '#core/events';
import type { ExclusiveGate } from '#core/tasks/exclusive-gate';
import { asTask, type TaskReporter } from '#core/tasks/task-progress';
import { AppError } from '#shared/contract';
import type { VaultChange, VaultOutcome, VaultStatus } from '#shared/contract/vault';
import { providePassphraseEstimator } from '#shared/vault/passphrase-rules';
import { estimatePassphrase } from '#shared/vault/passphrase-strength';

import { createAttemptLimiter } from './attempt-limiter';
import { convertBackups } from './convert-backups';
import { convertStoredFiles } from './convert-files';
import { convertCredentialKey } from './credential-key';
import { newFileNameKey, openNameKey, sealNameKey } from './file-names';
import { type Keyring, singleKeyset, type VaultKeyset } from './keyring';
import { keysetFor } from './unlock-vault';
import {
  pendingHeader,
  readVaultHeader,
  removeVaultHeader,
  settledHeader,
  targetSpec,
  unfinishedChange,
  type VaultHeader,
  writeVaultHeader,
} from './vault-header';
import { createKeys, describeKdf, type KdfParams, type VaultKeys } from './vault-keys';

// The core (desktop, web host, command line) checks every new passphrase with the full
// estimator from its first call; the contract's schemas ask it through passphraseProblem.
providePassphraseEstimator(estimatePassphrase);

export interface VaultServiceDeps {
  readonly db: Db;
  readonly paths: DataPaths;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly keyring: Keyring;
  readonly backups: BackupService;
  readonly events: EventBus;
  /** Closed while a change runs: other calls wait for it instead of interleaving with it. */
  readonly gate: ExclusiveGate;
  /** scrypt's cost for new passphrases (tests lower it; the header records what was used). */
  readonly kdf?: KdfParams;
}

const protectionFacts = (keys: VaultKeys) => ({
  protected: true,
  keyId: keys.id,
  keyDerivation: describeKdf(keys.spec),
  database: 'SQLCipher 4 format (AES-256-CBC, HMAC-SHA512) with a raw 256-bit key',
  attachments: 'AES-256-GCM per file',
  attachmentNames: 'HMAC-SHA256 of the SHA-256, under a random key sealed with the passphrase key',
  // From this entry on, the folder's anchor and backup manifests are signed (rollback-check.ts).
  signedRecords: 'audit anchor and backup manifests, HMAC-SHA256',
});

/**
 * Switching passphrase protection on, changing the passphrase and switching it off, on the open
 * core. Each change writes a "pending" header first, re-encrypts the database in place, records
 * the change in the audit trail, converts every attachment and every backup, settles the header
 * and takes a fresh backup. The passphrase itself is never stored, logged or audited.
 */
export function createVaultService(deps: VaultServiceDeps) {
  const { db, paths, clock, audit, keyring } = deps;
  const limiter = createAttemptLimiter(() => clock.now().getTime());
  let busy = false;
  const header = () => readVaultHeader(paths.dataDir);

  function status(): VaultStatus {
    const current = header();
    const since = current ? (targetSpec(current) ?? current.keys[0]!).createdAt : null;
    return {
      state: current ? 'unlocked' : 'off',
      unfinished: unfinishedChange(current),
      protectedSince: since,
      retryAfterMs: limiter.retryAfterMs(),
      dataDir: paths.dataDir,
      available: cipherAvailable(),
    };
  }

  async function exclusive(work: () => Promise<VaultOutcome>): Promise<VaultOutcome> {
    if (busy)
      throw new AppError('CONFLICT', 'A change of the data protection is already running; wait for it to finish.');
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
    }
  }

  function settled(): VaultHeader {
    const current = header();
    if (!current) throw new AppError('CONFLICT', 'The data folder is not protected with a passphrase.');
    if (current.state !== 'on')
      throw new AppError(
        'CONFLICT',
        'A change of the data protection stopped part-way; finish it first (Settings, "Finish the change").',
      );
    return current;
  }

  /** The current passphrase, checked against the header, with the same slowing-down as unlocking. */
  async function confirmCurrent(current: VaultHeader, passphrase: string): Promise<VaultKeyset> {
    limiter.check();
    const keyset = await keysetFor(current, passphrase);
    if (!keyset) throw limiter.failed('currentPassphrase');
    limiter.succeeded();
    return keyset;
  }

  const rekeyIfNeeded = (to: VaultKeys | null) => {
    if ((keyring.database()?.id ?? null) !== (to?.id ?? null)) rekeyConnection(db, to?.database ?? null);
  };

  /** "Encrypting", "Re-encrypting" or "Decrypting": what happens to each file, in the progress shown. */
  const verb = (from: VaultKeys | null, to: VaultKeys | null) =>
    to === null ? 'Decrypting' : from ? 'Re-encrypting' : 'Encrypting';

  /** Everything after the database: audit entry, attachments, backups, settled header, fresh backup. */
  async function settle(
    target: VaultKeys | null,
    keys: readonly VaultKeys[],
    nameKey: Buffer | null,
    action: string,
    before: unknown,
    progress: TaskReporter,
    doing: string,
  ): Promise<VaultOutcome> {
    keyring.set({
      keyset: { keys: new Map(keys.map((k) => [k.id, k])), target, fileNames: nameKey },
      databaseKey: target,
    });
    db.transaction(() =>
      audit.append({
        entity: 'system',
        entityId: 'data-protection',
        action,
        before,
        after: target ? protectionFacts(target) : { protected: false },
      }),
    )();
    let files;
    let backups;
    let credentialKey;
    try {
      files = await convertStoredFiles(paths.filesDir, target, keys, nameKey, (done, total) =>
        progress.step(`${doing} attachments`, done, total),
      );
      backups = await convertBackups(
        paths.backupDir,
        target,
        keys,
        nameKey,
        (done, total) => progress.step(`${doing} backups`, done, total),
        paths.filesDir,
      );
      credentialKey = convertCredentialKey(path.join(paths.dataDir, 'secrets'), target, keys);
    } catch (error) {
      throw new AppError(
        'UNAVAILABLE',
        `The change of the data protection stopped part-way (${(error as Error).message}). Nothing is lost: every file is whole, in its old form or its new one. ` +
          'Free some disk space and choose "Finish the change" in Settings; otherwise it is finished the next time the data folder is opened.',
      );
    }
    if (target) writeVaultHeader(paths.dataDir, settledHeader(target, nameKey));
    else removeVaultHeader(paths.dataDir);
    keyring.set(target ? { keyset: singleKeyset(target, nameKey), databaseKey: target } : null);
    const problems = [...files.problems, ...backups.problems, ...(credentialKey ? [credentialKey] : [])];
    let backupId: string | null = null;
    await progress.stepAndYield('Taking a fresh backup');
    try {
      backupId = (await deps.backups.create('manual', progress)).id;
    } catch (error) {
      problems.push(`The fresh backup could not be taken (${(error as Error).message}); take one on the Backups page.`);
    }
    return {
      status: status(),
      filesConverted: files.converted,
      backupsConverted: backups.converted,
      backupId,
      problems,
    };
  }

  /**
   * The change itself, with every other call held at the gate (they are answered when it ends)
   * and its steps reported to every window as it goes.
   */
  async function transition(
    change: VaultChange,
    from: VaultKeys | null,
    to: VaultKeys | null,
    nameKey: Buffer | null,
    action: string,
    before: unknown,
    progress: TaskReporter,
  ): Promise<VaultOutcome> {
    await deps.backups.idle();
    return deps.gate.run(async () => {
      const doing = verb(from, to);
      const previous = header();
      // The name key is on disk (sealed) before any file is named with it.
      writeVaultHeader(paths.dataDir, pendingHeader(change, from, to, nameKey));
      // The database is rewritten in one step: its name reaches the windows before the step starts.
      await progress.stepAndYield(`${doing} the database`);
      try {
        rekeyIfNeeded(to);
      } catch (error) {
        // The database refused (another program has it open): nothing changed, so neither does the header.
        if (previous) writeVaultHeader(paths.dataDir, previous);
        else removeVaultHeader(paths.dataDir);
        throw error;
      }
      return settle(
        to,
        [from, to].filter((k): k is VaultKeys => k !== null),
        nameKey,
        action,
        before,
        progress,
        doing,
      );
    });
  }

  /** One change of the protection as one task, finished or failed whatever happens. */
  const asProtectionTask = (first: string, work: (progress: TaskReporter) => Promise<VaultOutcome>) =>
    exclusive(() => asTask(deps.events, 'protection', first, work));

  /** A new name key, written (sealed under every key of the header) before any file is named with it. */
  function recordNameKey(current: VaultHeader, keyset: VaultKeyset, renaming: boolean): Buffer {
    const nameKey = newFileNameKey();
    const keys = current.keys.map((spec) => [...keyset.keys.values()].find((k) => k.spec.check === spec.check)!);
    writeVaultHeader(paths.dataDir, {
      ...current,
      fileNames: keys.map((k) => sealNameKey(nameKey, k)),
      ...(renaming ? { fileNamesPending: true as const } : {}),
    });
    return nameKey;
  }

  /**
   * A folder protected by a version before keyed attachment names: its attachments and backups
   * are renamed now, once, at start (the key is written first), and the trail says so. A crash
   * part-way leaves every file readable (the store looks under both names) and the next start
   * finishes it.
   */
  async function keyAttachmentNames(): Promise<void> {
    const current = header();
    const keyset = keyring.keyset();
    if (!current || current.state !== 'on' || !keyset?.target) return;
    if (current.fileNames && keyset.fileNames && !current.fileNamesPending) return;
    // A key already in vault.json is never replaced: files may be named with it.
    const nameKey =
      keyset.fileNames ??
      (current.fileNames
        ? openNameKey(current.fileNames, [...keyset.keys.values()])
        : recordNameKey(current, keyset, true));
    if (!nameKey) return;
    keyring.set({ keyset: { ...keyset, fileNames: nameKey }, databaseKey: keyring.database() });
    const keys = [...keyset.keys.values()];
    const files = await convertStoredFiles(paths.filesDir, keyset.target, keys, nameKey);
    const backups = await convertBackups(paths.backupDir, keyset.target, keys, nameKey, undefined, paths.filesDir);
    writeVaultHeader(paths.dataDir, settledHeader(keyset.target, nameKey));
    db.transaction(() =>
      audit.append({
        entity: 'system',
        entityId: 'data-protection',
        action: 'attachment-names-keyed',
        before: { attachmentNames: 'SHA-256 of the content' },
        after: {
          attachmentNames: 'HMAC-SHA256 of the SHA-256, under a random key sealed with the passphrase key',
          filesRenamed: files.converted,
          backupsConverted: backups.converted,
          problems: [...files.problems, ...backups.problems],
        },
      }),
    )();
  }

  /** Started by createCore: other calls wait at the gate until the names are settled. */
  let naming: Promise<void> = Promise.resolve();
  const startKeyingNames = (logError: (error: unknown) => void): void => {
    naming = deps.gate
      .run(async () => {
        await deps.backups.idle();
        await keyAttachmentNames();
      })
      .catch(logError);
  };

  return {
    status,
    /** A change of protection is running (the session does not lock in the middle of one). */
    busy: () => busy,
    unfinished: () => unfinishedChange(header()),
    startKeyingNames,
    /** Resolves when the start-up renaming of an older protected folder's attachments is done (or had nothing to do). */
    namesSettled: () => naming,
    enable: (passphrase: string) =>
      asProtectionTask('Deriving a key from the passphrase', async (progress) => {
        if (header())
          throw new AppError(
            'CONFLICT',
            'The data folder is already protected with a passphrase. To use another one, change the passphrase.',
          );
        assertCipherAvailable();
        const keys = await createKeys(passphrase, clock.now().toISOString(), deps.kdf);
        return transition('enabling', null, keys, newFileNameKey(), 'protect', { protected: false }, progress);
      }),
    change: (currentPassphrase: string, passphrase: string) =>
      asProtectionTask('Checking the current passphrase', async (progress) => {
        const current = settled();
        // The new key is derived while the current passphrase is checked: two slow derivations at once.
        const derived = createKeys(passphrase, clock.now().toISOString(), deps.kdf);
        derived.catch(() => undefined);
        const keyset = await confirmCurrent(current, currentPassphrase);
        const from = keyset.target!;
        const to = await derived;
        // The same name key, sealed under the new passphrase: no attachment is renamed. A folder
        // protected before keyed names gets its key here if it has none yet.
        const nameKey = keyset.fileNames ?? newFileNameKey();
        return transition('changing', from, to, nameKey, 'change-passphrase', protectionFacts(from), progress);
      }),
    remove: (currentPassphrase: string) =>
      asProtectionTask('Checking the current passphrase', async (progress) => {
        const keyset = await confirmCurrent(settled(), currentPassphrase);
        const from = keyset.target!;
        return transition('removing', from, null, keyset.fileNames, 'unprotect', protectionFacts(from), progress);
      }),
    /** Finishes a change that stopped part-way, with the keys the unlock (or the change itself) gave. */
    finish: () =>
      asProtectionTask('Finishing the change of the data protection', async (progress) => {
        const current = header();
        const keyset = keyring.keyset();
        if (!current || current.state === 'on' || !keyset)
          throw new AppError('CONFLICT', 'There is no unfinished change of the data protection.');
        await deps.backups.idle();
        return deps.gate.run(async () => {
          const nameKey =
            keyset.fileNames ??
            (current.fileNames
              ? openNameKey(current.fileNames, [...keyset.keys.values()])
              : keyset.target
                ? recordNameKey(current, keyset, false)
                : null);
          await progress.stepAndYield('Finishing the change: the database');
          rekeyIfNeeded(keyset.target);
          const from = [...keyset.keys.values()].find((k) => k !== keyset.target) ?? null;
          return settle(
            keyset.target,
            [...keyset.keys.values()],
            nameKey,
            'protection-finished',
            { unfinished: current.state },
            progress,
            `Finishing the change: ${verb(from, keyset.target).toLowerCase()}`,
          );
        });
      }),
  };
}
export type VaultService = ReturnType<typeof createVaultService>;
