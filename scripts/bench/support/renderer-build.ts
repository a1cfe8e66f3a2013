import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

/**
 * The renderer the web host serves, built from the current source into the benchmarks' own
 * folder (a stale build elsewhere would time the wrong page), once per `npm run bench`.
 * AIM_RENDERER_DIR names another folder; with AIM_SKIP_RENDERER_BUILD=1 an existing build there
 * is used as it is.
 */
export function benchRendererDir(log: (line: string) => void): string {
  const dir = path.resolve(root, process.env.AIM_RENDERER_DIR ?? '.web-build/renderer-bench');
  if (process.env.AIM_SKIP_RENDERER_BUILD && fs.existsSync(path.join(dir, 'index.html'))) return dir;
  log(`building the renderer into ${path.relative(root, dir)}…`);
  const built = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '-c',
      'vite.renderer.config.ts',
      '--outDir',
      dir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (built.status !== 0) throw new Error('The renderer did not build.');
  return dir;
}
