import type { VaultKeys } from './vault-keys';

/** The keys of an unlocked, protected data folder. */
export interface VaultKeyset {
  /** Every key the folder may still use: one, or two while a passphrase change is unfinished. */
  readonly keys: ReadonlyMap<string, VaultKeys>;
  /** What everything is (being) brought to: a key, or null while protection is being removed. */
  readonly target: VaultKeys | null;
  /**
   * The attachments' name key (file-names.ts), or null in a folder protected before keyed names
   * (until its next start). Files are stored under keyed names while `target` is set.
   */
  readonly fileNames: Buffer | null;
}

/** What a host hands createCore for a protected folder: the keys, and the one the database opens with now. */
export interface UnlockedVault {
  readonly keyset: VaultKeyset;
  readonly databaseKey: VaultKeys | null;
}

/**
 * The open core's keys. It changes while the app runs (protection switched on, a new
 * passphrase), so the file store and the backups ask it at the moment they read or write.
 */
export interface Keyring {
  /** The key new attachments are sealed with; null: they are stored plain. */
  target(): VaultKeys | null;
  /** The key of the open database connection (what a backup copy is encrypted with). */
  database(): VaultKeys | null;
  /** A key this folder may use, by its id (from a sealed file's or a backup's header). */
  lookup(id: string): VaultKeys | undefined;
  /** Every key the folder may use (none when it is plain). */
  all(): readonly VaultKeys[];
  keyset(): VaultKeyset | null;
  /** The key new attachments are named with: the name key while the folder is (becoming) protected, else null (plain SHA-256 names). */
  naming(): Buffer | null;
  set(next: UnlockedVault | null): void;
}

export function createKeyring(initial: UnlockedVault | null): Keyring {
  let current = initial;
  return {
    target: () => current?.keyset.target ?? null,
    database: () => current?.databaseKey ?? null,
    lookup: (id) => current?.keyset.keys.get(id),
    all: () => [...(current?.keyset.keys.values() ?? [])],
    keyset: () => current?.keyset ?? null,
    naming: () => (current?.keyset.target ? current.keyset.fileNames : null),
    set(next) {
      current = next;
    },
  };
}

/** A keyset holding one key, as in a folder whose protection is settled. */
export const singleKeyset = (keys: VaultKeys, fileNames: Buffer | null): VaultKeyset => ({
  keys: new Map([[keys.id, keys]]),
  target: keys,
  fileNames,
});
