import { AppError, type Handlers } from '#shared/contract';

import type { IdleLockStore } from './idle-lock-store';
import type { VaultService } from './vault-service';

export type VaultProcedure = Extract<keyof Handlers, `vault.${string}`>;

/**
 * The vault procedures on the open core. `vault.unlock` is answered by the session while locked;
 * `vault.lock` and `vault.activity` by the session too (it owns the keys and the idle timer): on
 * a core opened without one (the command line, tests) locking means closing it.
 */
export function vaultHandlers(vault: VaultService, idleLock: IdleLockStore): Pick<Handlers, VaultProcedure> {
  const protectedFolder = () => vault.status().state !== 'off';
  return {
    'vault.status': () => ({ ...vault.status(), idleLockMinutes: idleLock.get() }),
    'vault.lock': () => {
      throw new AppError(
        'CONFLICT',
        'Only the app (desktop or browser version) can lock the data; close this program instead.',
      );
    },
    'vault.activity': () => ({}),
    'vault.setIdleLock': ({ minutes }) => {
      if (minutes > 0 && !protectedFolder())
        throw new AppError('CONFLICT', 'The idle lock needs a passphrase: protect the data folder first.');
      return idleLock.set(minutes);
    },
    'vault.unlock': () => {
      throw new AppError('CONFLICT', 'The data folder is already open; there is nothing to unlock.');
    },
    'vault.enable': ({ passphrase }) => vault.enable(passphrase),
    'vault.change': ({ currentPassphrase, passphrase }) => vault.change(currentPassphrase, passphrase),
    'vault.remove': ({ currentPassphrase }) => vault.remove(currentPassphrase),
    'vault.finish': () => vault.finish(),
  };
}
