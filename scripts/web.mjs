// `npm run web [-- --data-dir DIR --port N --no-open]`: build the renderer, then serve it and the
// app's backend to a browser on 127.0.0.1 (src/main/http/main.ts).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

import { ensureNodeBuild, packageFile, projectRoot } from './native-module.mjs';

export function buildRenderer() {
  const vite = packageFile('vite', 'bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [
      vite,
      'build',
      '-c',
      'vite.renderer.config.ts',
      '--outDir',
      '.web-build/renderer',
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: projectRoot, stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function runWebHost(args, options = {}) {
  const tsx = packageFile('tsx', 'dist/cli.mjs');
  return spawn(process.execPath, [tsx, path.join(projectRoot, 'src/main/http/main.ts'), ...args], {
    cwd: projectRoot,
    stdio: 'inherit',
    ...options,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureNodeBuild();
  if (!process.env.AIM_SKIP_RENDERER_BUILD) buildRenderer();
  const child = runWebHost(process.argv.slice(2));
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}
