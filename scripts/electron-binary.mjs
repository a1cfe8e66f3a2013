// Where Electron's binary is, without `require('electron')`: since Electron 45 that require
// starts a download when the binary is missing, which is slow and noisy where downloads are blocked.
import fs from 'node:fs';
import path from 'node:path';

import { packageFile } from './native-module.mjs';

export function electronBinaryPath() {
  const dir = path.dirname(packageFile('electron', 'package.json'));
  const pathFile = path.join(dir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : 'electron';
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? (fs.existsSync(pathFile) ? path.join(dir, 'dist') : null);
  if (!base) return null;
  const binary = path.join(base, relative);
  return fs.existsSync(binary) ? binary : null;
}
