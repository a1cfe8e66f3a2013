import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { _electron as electron, type ElectronApplication } from '@playwright/test';

export const projectRoot = path.resolve(__dirname, '../../..');

/**
 * The Electron binary installed by electron's postinstall, or null where the download was blocked.
 * Read from electron's path.txt: `require('electron')` would start a download when it is missing.
 */
export function electronBinary(): string | null {
  const dir = path.join(projectRoot, 'node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile) && !process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist'), relative);
  return fs.existsSync(binary) ? binary : null;
}

export const skipReason =
  'Electron binary not installed here (its download is blocked; installs use ELECTRON_SKIP_BINARY_DOWNLOAD=1). ' +
  'The Electron shell is covered on this machine by type-checking, lint, the bundle build and the static security tests; ' +
  'this suite runs wherever `npm install` fetched Electron.';

export const newDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'aim-electron-'));

/**
 * Launches the unpackaged app (package.json main → .vite/build/main.js, built by
 * scripts/build-electron-bundles.mjs in `npm test`) on its own data directory.
 */
export async function launchApp(dataDir: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: electronBinary()!,
    args: [projectRoot],
    cwd: projectRoot,
    env: { ...process.env, AIM_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' },
  });
}
