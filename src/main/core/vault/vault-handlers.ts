import { AppError, type Handlers } from '../../../shared/contract';
import type { VaultService } from './vault-service';

export type VaultProcedure = Extract<keyof Handlers, `vault.${string}`>;

/** The vault procedures on the open core; `vault.unlock` is answered by the session while locked. */
export function vaultHandlers(vault: VaultService): Pick<Handlers, VaultProcedure> {
  return {
    'vault.status': () => vault.status(),
    'vault.unlock': () => {
      throw new AppError('CONFLICT', 'The data folder is already open; there is nothing to unlock.');
    },
    'vault.enable': ({ passphrase }) => vault.enable(passphrase),
    'vault.change': ({ currentPassphrase, passphrase }) => vault.change(currentPassphrase, passphrase),
    'vault.remove': ({ currentPassphrase }) => vault.remove(currentPassphrase),
    'vault.finish': () => vault.finish(),
  };
}
