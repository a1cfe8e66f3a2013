import { AppError, type Handlers, procedures } from '#shared/contract';
import type { VaultStatus } from '#shared/contract/vault';

export interface LockedActions {
  status(): VaultStatus;
  unlock(passphrase: string): Promise<VaultStatus>;
  /** "Lock now": answered by the session whether the folder is open or already locked. */
  lock(): Promise<VaultStatus>;
  /** The person is using the app: the idle-lock countdown starts again. */
  activity(): void;
}

/**
 * The handler map while a protected data folder waits for its passphrase: the vault's status and
 * unlock work; every other procedure answers UNAVAILABLE, without touching the data.
 */
export function lockedHandlers(actions: LockedActions): Handlers {
  const handlers: Record<string, (input: never) => unknown> = {};
  for (const name of Object.keys(procedures)) {
    handlers[name] = () => {
      throw new AppError(
        'UNAVAILABLE',
        `${name} is not available: the data folder is locked. Give its passphrase first.`,
      );
    };
  }
  const vault: Pick<Handlers, 'vault.status' | 'vault.unlock' | 'vault.lock' | 'vault.activity'> = {
    'vault.status': () => actions.status(),
    'vault.unlock': ({ passphrase }) => actions.unlock(passphrase),
    'vault.lock': () => actions.lock(),
    'vault.activity': () => {
      actions.activity();
      return {};
    },
  };
  return { ...handlers, ...vault } as Handlers;
}
