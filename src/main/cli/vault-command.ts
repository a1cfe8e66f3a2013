import path from 'node:path';

import { defaultDataDir } from '#core/data-dir';
import { readVaultHeader } from '#core/vault/vault-header';
import type { VaultOutcome } from '#shared/contract/vault';

import { type CliIo, processIo } from './cli-io';
import { cliNewPassphrase, newPassphraseVariable, openDataFolder } from './cli-passphrase';
import { readCommandArgs } from './command-args';
import { exitCodes } from './records-exit-codes';

export const vaultUsage = `Usage: aim-licence vault enable [--data-dir DIR]

Protects the data folder with a passphrase, as Settings does: the database, every attachment and
every backup are encrypted, then a fresh backup is taken. The new passphrase comes from
${newPassphraseVariable}, or is asked twice in a terminal; it must meet the same strength rule as
in the app. A lost passphrase means lost records: there is no recovery and no reset.
Exit code 0: protected; 1: refused (a weak passphrase, already protected), nothing changed;
2: usage; 3: cannot open.`;

function describe(outcome: VaultOutcome): string[] {
  return [
    `Protected. The database, ${outcome.filesConverted} attachment(s) and ${outcome.backupsConverted} backup(s) are now encrypted.`,
    outcome.backupId ? `A fresh backup was taken: ${outcome.backupId}.` : 'No fresh backup could be taken.',
    ...outcome.problems.map((p) => `Left as it was: ${p}`),
    'The app and the command line now ask for the passphrase (AIM_PASSPHRASE in scripts).',
  ];
}

/** `aim-licence vault enable`: switches passphrase protection on for a data folder, for scripted set-ups. */
export async function runVaultCommand(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const parsed = readCommandArgs(args, { 'data-dir': { type: 'string' } }, vaultUsage, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] !== 'enable') {
    io.err(vaultUsage);
    return exitCodes.usage;
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  if (readVaultHeader(dataDir) !== null) {
    io.err(`${dataDir} is already protected with a passphrase; change it in the app (Settings).`);
    return exitCodes.problemFound;
  }
  let given;
  try {
    given = await cliNewPassphrase();
  } catch (error) {
    io.err((error as Error).message);
    return exitCodes.usage;
  }
  let core;
  try {
    core = await openDataFolder({ dataDir, logError: () => {} });
  } catch (error) {
    io.err(`Cannot open ${dataDir}: ${(error as Error).message}`);
    return exitCodes.cannotOpen;
  }
  try {
    io.err(
      `Protecting ${dataDir}: deriving the key, then encrypting the database, the attachments and the backups, and taking a fresh backup…`,
    );
    // The contract's procedure: the same strength rule, the same conversion and audit entry as Settings.
    const result = await core.dispatch(
      'vault.enable',
      { passphrase: given.passphrase, confirmation: given.confirmation, acknowledgeNoRecovery: true },
      { host: 'cli' },
    );
    if (!result.ok) {
      const issue = result.error.details?.issues?.[0];
      io.err(`Not protected: ${issue?.message ?? result.error.message}`);
      return exitCodes.problemFound;
    }
    describe(result.value as VaultOutcome).forEach((line) => io.out(line));
    return exitCodes.ok;
  } finally {
    core.close();
  }
}
