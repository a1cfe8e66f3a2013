import fs from 'node:fs';

import { keyThatOpens } from '#core/db/sqlite-key';
import { AppError } from '#shared/contract';

import { openNameKey } from './file-names';
import type { UnlockedVault, VaultKeyset } from './keyring';
import type { VaultHeader } from './vault-header';
import { keyIdOf, tryPassphrase, unwrapKeys, type VaultKeys } from './vault-keys';

/**
 * Every key of the folder from one passphrase, or null when it is not the right one. During an
 * unfinished passphrase change either the old or the new passphrase opens it: the other key is
 * unwrapped from the header.
 */
export async function keysetFor(header: VaultHeader, passphrase: string): Promise<VaultKeyset | null> {
  for (const spec of header.keys) {
    const keys = await tryPassphrase(passphrase, spec);
    if (!keys) continue;
    const all = new Map<string, VaultKeys>([[keys.id, keys]]);
    for (const other of header.keys) {
      const id = keyIdOf(other.check);
      if (all.has(id)) continue;
      const wrapped = header.wrapped.find((w) => w.keyId === id && w.under === keys.id);
      const unwrapped = wrapped ? unwrapKeys(wrapped.sealed, other, keys) : null;
      if (!unwrapped)
        throw new AppError(
          'UNREADABLE_FILE',
          'The passphrase is right, but vault.json was altered: the other key of the unfinished passphrase change does not open. Try the other passphrase.',
        );
      all.set(id, unwrapped);
    }
    const target = header.target === null ? null : (all.get(header.target) ?? null);
    const fileNames = header.fileNames ? openNameKey(header.fileNames, [...all.values()]) : null;
    if (header.fileNames && !fileNames)
      throw new AppError(
        'UNREADABLE_FILE',
        'The passphrase is right, but vault.json was altered: the key that names the attached files does not open. Put back a copy of vault.json.',
      );
    return { keys: all, target, fileNames };
  }
  return null;
}

/**
 * Which key the database file opens with now. A settled folder's database must open with its key;
 * a plain database is accepted only while protection is being switched on or off, so a plain file
 * put in place of the encrypted one is never taken for the user's records. When nothing opens it
 * (damage), the target key is returned and the normal start-up reports the damage.
 */
export function unlockedVault(header: VaultHeader, keyset: VaultKeyset, databaseFile: string): UnlockedVault {
  const keys = [...keyset.keys.values()];
  const candidates: (VaultKeys | null)[] = keyset.target
    ? [keyset.target, ...keys.filter((k) => k !== keyset.target)]
    : keys;
  if (header.state === 'enabling' || header.state === 'removing') candidates.push(null);
  const exists = fs.existsSync(databaseFile) && fs.statSync(databaseFile).size > 0;
  const found = exists ? keyThatOpens(databaseFile, candidates) : keyset.target;
  // The name key as vault.json holds it now (a start may have made one since the passphrase was given).
  const fileNames = header.fileNames ? openNameKey(header.fileNames, keys) : null;
  return {
    keyset: { ...keyset, fileNames: fileNames ?? keyset.fileNames },
    databaseKey: found === undefined ? (keyset.target ?? keys[0] ?? null) : found,
  };
}
