import { type Core, type CoreOptions, createCore } from '#core/create-core';
import { dataPaths } from '#core/data-dir';
import type { UnlockedVault } from '#core/vault/keyring';
import { keysetFor, unlockedVault } from '#core/vault/unlock-vault';
import { readVaultHeader } from '#core/vault/vault-header';
import { AppError, type ProcedureName } from '#shared/contract';
import type { VaultStatus } from '#shared/contract/vault';

import { createAppLog } from '../hosting/app-log';

/** Where scripts put the passphrase of a protected data folder (never on the command line, where `ps` shows it). */
export const passphraseVariable = 'AIM_PASSPHRASE';

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string, input: NodeJS.ReadStream, output: NodeJS.WriteStream): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(question);
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.resume();
    let value = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
    };
    function onData(chunk: string) {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new AppError('VALIDATION', 'Cancelled: no passphrase given.'));
          return;
        }
        value = ch === '\u007f' || ch === '\b' ? Array.from(value).slice(0, -1).join('') : value + ch;
      }
    }
    input.on('data', onData);
  });
}

/** Where scripts put a new passphrase (`aim-licence vault enable`). */
export const newPassphraseVariable = 'AIM_NEW_PASSPHRASE';

/**
 * A new passphrase and its confirmation: from AIM_NEW_PASSPHRASE (a script typed it once), or
 * asked twice at the terminal without echo. The strength rule is the contract's, checked by the core.
 */
export async function cliNewPassphrase(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ passphrase: string; confirmation: string }> {
  const given = env[newPassphraseVariable];
  if (given !== undefined && given !== '') return { passphrase: given, confirmation: given };
  if (process.stdin.isTTY) {
    const passphrase = await promptHidden('New passphrase: ', process.stdin, process.stderr);
    const confirmation = await promptHidden('Type it again: ', process.stdin, process.stderr);
    return { passphrase, confirmation };
  }
  throw new AppError(
    'VALIDATION',
    `Give the new passphrase in ${newPassphraseVariable}, or run the command in a terminal to be asked for it (twice).`,
  );
}

/** The passphrase from AIM_PASSPHRASE, or asked at the terminal when stdin is one. */
export async function cliPassphrase(what: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const given = env[passphraseVariable];
  if (given !== undefined && given !== '') return given;
  if (process.stdin.isTTY) return promptHidden(`Passphrase for ${what}: `, process.stdin, process.stderr);
  throw new AppError(
    'UNAUTHORIZED',
    `${what} is protected with a passphrase. Set ${passphraseVariable}, or run the command in a terminal to be asked for it.`,
  );
}

/** The keys of a protected data folder, from the passphrase; {} for a plain folder (nothing is asked). */
export async function unlockForCli(dataDir: string): Promise<{ unlocked?: UnlockedVault }> {
  const header = readVaultHeader(dataDir);
  if (!header) return {};
  const keyset = await keysetFor(header, await cliPassphrase(`the data folder ${dataDir}`));
  if (!keyset) throw new AppError('UNAUTHORIZED', `That passphrase does not open the data folder ${dataDir}.`);
  return { unlocked: unlockedVault(header, keyset, dataPaths(dataDir).databaseFile) };
}

/** One procedure through the core's dispatcher, as the apps call it: a failure is thrown as the AppError it is. */
export async function cliCall<T>(core: Pick<Core, 'dispatch'>, method: ProcedureName, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, { host: 'cli' });
  if (!result.ok) throw AppError.fromPayload(result.error);
  return result.value as T;
}

/** createCore for a command: asks for the passphrase when the folder is protected, and finishes a change cut short. */
export async function openDataFolder(options: CoreOptions): Promise<Core> {
  // Failures inside the core go to the data folder's logs/, through the same redaction as the apps'.
  const logError = options.logError ?? createAppLog({ dataDir: options.dataDir, name: 'cli', console: false }).logError;
  const core = createCore({ ...options, logError, ...(await unlockForCli(options.dataDir)) });
  try {
    // A change of protection cut short (crash, full disk) is finished first, through the dispatcher like any call.
    const status = await cliCall<VaultStatus>(core, 'vault.status', {});
    if (status.unfinished) await cliCall(core, 'vault.finish', {});
    return core;
  } catch (error) {
    core.close();
    throw error;
  }
}
