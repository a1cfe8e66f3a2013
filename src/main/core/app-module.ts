import { AppError, type Handlers } from '../../shared/contract';
import { inspectBackupFolder } from './backup/backup-folder';
import type { DataPaths } from './data-dir';
import type { DesktopFiles } from './files/desktop-files';
import type { Keyring } from './vault/keyring';

export interface AppModuleDeps {
  readonly about: () => { appVersion: string; schemaVersion: number; host: 'electron' | 'web' | 'in-process' };
  readonly paths: DataPaths;
  readonly files: DesktopFiles;
  readonly keyring: Keyring;
}

/** What the app is and where its data lives; a backup folder the person chose, checked before a restore. */
export function createAppModule({ about, paths, files, keyring }: AppModuleDeps) {
  const handlers: Pick<Handlers, 'app.info' | 'backups.inspectFolder' | 'backups.restoreFolder'> = {
    'app.info': () => ({ ...about(), dataDir: paths.dataDir, databaseFile: paths.databaseFile }),
    'backups.inspectFolder': ({ token }) => inspectBackupFolder(files.folderOf(token), keyring),
    'backups.restoreFolder': () => {
      // Replacing the open database is the session's to do (it closes this core first).
      throw new AppError('UNAVAILABLE', 'Restoring a backup folder is done by the app itself, not from here.');
    },
  };
  return { handlers };
}
