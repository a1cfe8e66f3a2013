// better-sqlite3 is compiled for one runtime at a time: `npm start` (Electron) rebuilds it for
// Electron's ABI, while tests, the web host and the CLI run in Node. This puts the Node build
// back when the other one is in place.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function nodeBuildLoads() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1').get()"],
    { encoding: 'utf8' },
  );
  return { ok: probe.status === 0, detail: probe.stderr.trim().split('\n').slice(0, 3).join(' ') };
}

export function ensureNodeBuild() {
  const first = nodeBuildLoads();
  if (first.ok) return;
  console.error(
    `better-sqlite3 is not built for this Node (${first.detail}); rebuilding it for Node ${process.version}…`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const rebuilt = spawnSync(npm, ['rebuild', 'better-sqlite3'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (rebuilt.status !== 0 || !nodeBuildLoads().ok) {
    console.error('Could not rebuild better-sqlite3 for Node. Run `npm rebuild better-sqlite3` and read its output.');
    process.exit(1);
  }
}

export const projectRoot = new URL('..', import.meta.url).pathname.replace(/^\/([A-Za-z]:)/, '$1');
/** A file inside an installed package, found whether or not the package exports it. */
export function packageFile(name, relative) {
  try {
    return path.join(path.dirname(require.resolve(`${name}/package.json`, { paths: [projectRoot] })), relative);
  } catch (error) {
    // A package whose `exports` leave out package.json (knip) is still where npm put it.
    if (error.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
    return path.join(projectRoot, 'node_modules', name, relative);
  }
}
