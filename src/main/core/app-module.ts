import { AppError, type Handlers } from '#shared/contract';

import { inspectBackupFolder } from './backups/backup-folder';
import type { Clock } from './clock';
import type { DataPaths } from './data-dir';
import { createDesktopFiles, type FileDialogs, type FilesHandlers } from './files/desktop-files';
import type { Keyring } from './vault/keyring';

export interface AppModuleDeps {
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly host: 'electron' | 'web' | 'in-process';
  readonly paths: DataPaths;
  readonly clock: Clock;
  readonly keyring: Keyring;
  /** The host's system open and save dialogs (the desktop app's); the browser version uses its own. */
  readonly dialogs?: FileDialogs | undefined;
}

/** What the app is and where its data lives; a backup folder the person chose, checked before a restore. */
export function createAppModule({ appVersion, schemaVersion, host, paths, clock, keyring, dialogs }: AppModuleDeps) {
  const files = createDesktopFiles({ paths, clock, ...(dialogs ? { dialogs } : {}) });
  const handlers: Pick<Handlers, 'app.info' | 'backups.inspectFolder' | 'backups.restoreFolder'> & FilesHandlers = {
    ...files.handlers,
    'app.info': () => ({ appVersion, schemaVersion, host, dataDir: paths.dataDir, databaseFile: paths.databaseFile }),
    'backups.inspectFolder': ({ token }) => inspectBackupFolder(files.folderOf(token), keyring),
    'backups.restoreFolder': () => {
      // Replacing the open database is the session's to do (it closes this core first).
      throw new AppError('UNAVAILABLE', 'Restoring a backup folder is done by the app itself, not from here.');
    },
  };
  return { files, handlers };
}
