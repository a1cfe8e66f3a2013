import os from 'node:os';
import path from 'node:path';

export const productName = 'AIM Licences';
export const databaseFileName = 'aim-licences.sqlite3';

/**
 * Where Electron's `app.getPath('userData')` points for this app, computed without Electron so
 * the browser version, the CLI and the desktop app all open the same data by default.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.AIM_DATA_DIR) return path.resolve(env.AIM_DATA_DIR);
  switch (platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), productName);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', productName);
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), productName);
  }
}

export interface DataPaths {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly backupDir: string;
  readonly filesDir: string;
}

export function dataPaths(dataDir: string): DataPaths {
  const dir = path.resolve(dataDir);
  return {
    dataDir: dir,
    databaseFile: path.join(dir, databaseFileName),
    backupDir: path.join(dir, 'backups'),
    filesDir: path.join(dir, 'files'),
  };
}
