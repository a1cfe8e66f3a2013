import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { projectRoot, rendererDir } from '../support/web-host-process';

/** Builds the renderer once for the whole run (the web host serves it; Electron tests load it too). */
export default function globalSetup(): void {
  if (process.env.AIM_SKIP_RENDERER_BUILD) return;
  const result = spawnSync(
    process.execPath,
    [
      path.join(projectRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '-c',
      'vite.renderer.config.ts',
      '--outDir',
      rendererDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: projectRoot, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('The renderer did not build.');
}
