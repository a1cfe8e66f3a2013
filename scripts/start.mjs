// `npm start`: the desktop app when Electron's binary is installed; otherwise one plain sentence
// saying why, and the browser version on the same data.
import { spawn } from 'node:child_process';

import { electronBinaryPath } from './electron-binary.mjs';
import { ensureNodeBuild, packageFile, projectRoot } from './native-module.mjs';
import { buildRenderer, runWebHost } from './web.mjs';

if (electronBinaryPath() && !process.env.AIM_FORCE_WEB) {
  const forge = packageFile('@electron-forge/cli', 'dist/electron-forge.js');
  const child = spawn(process.execPath, [forge, 'start', ...process.argv.slice(2)], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    "The Electron desktop binary is not installed (its download was blocked or skipped), so AIM Licences is opening in your browser on the same data instead; to get the desktop app, run `npx install-electron` on a network that can reach Electron's downloads (or set ELECTRON_MIRROR) and then `npm start` again.",
  );
  ensureNodeBuild();
  buildRenderer();
  const child = runWebHost(process.argv.slice(2));
  child.on('exit', (code) => process.exit(code ?? 0));
}
