import fs from 'node:fs';

/**
 * The data folder holds licences, supplier documents and (in secrets/) the gateway token key:
 * only the user's own account may read it. Folders are made 0700 and files 0600 whatever the
 * process umask (a mode passed to mkdir or open can only lose bits to the umask, never gain
 * them); folders made by an older version are tightened when the core opens. Windows has no
 * such modes (its ACLs already give a profile folder to its user); there this does nothing.
 */
export const privateDirMode = 0o700;
export const privateFileMode = 0o600;

export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: privateDirMode });
  if (process.platform !== 'win32') fs.chmodSync(dir, privateDirMode);
}

/** Files SQLite (or a copy) created with the umask's default permissions. */
export function makePrivate(...files: string[]): void {
  if (process.platform === 'win32') return;
  for (const file of files) {
    try {
      fs.chmodSync(file, privateFileMode);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
