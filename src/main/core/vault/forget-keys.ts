import type { VaultKeyset } from './keyring';

/** The keys' bytes are overwritten when a folder is locked: nothing of them stays in this process's memory. */
export function forget(keyset: VaultKeyset): void {
  for (const keys of keyset.keys.values())
    for (const secret of [keys.master, keys.database, keys.files, keys.wrap, keys.sign]) secret.fill(0);
}
