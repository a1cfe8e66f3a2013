import { createExclusiveGate } from '#core/tasks/exclusive-gate';

import { createIdleLockStore } from './idle-lock-store';
import { vaultHandlers } from './vault-handlers';
import { createVaultService, type VaultServiceDeps } from './vault-service';

export interface VaultModuleDeps extends Omit<VaultServiceDeps, 'gate'> {
  readonly logError: (error: unknown, where: string) => void;
}

/**
 * Passphrase protection of the data folder and its idle lock. While the protection changes,
 * other calls wait at the gate (its progress still reaches the windows).
 */
export function createVaultModule(deps: VaultModuleDeps) {
  const gate = createExclusiveGate(new Set(['vault.status']));
  const service = createVaultService({ ...deps, gate });
  const idleLock = createIdleLockStore(deps.db, deps.audit);
  // A folder protected before keyed attachment names is brought to them once (file-names.ts);
  // calls wait at the gate meanwhile. On failure every file stays readable under either name and
  // the next start carries on.
  service.startKeyingNames((error) => deps.logError(error, 'naming attachments with the key'));
  return { service, idleLock, gate, handlers: vaultHandlers(service, idleLock) };
}
