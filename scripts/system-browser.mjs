// Installing the system's Chromium for the end-to-end tests, on Debian and Ubuntu, where the
// package manager can do it without asking anything: as root, or with sudo that needs no
// password. Elsewhere (or when that fails) `npm run setup` falls back to Playwright's download,
// then to one sentence saying what to install. Debian's package is what CI uses too (.ci/run).
import { spawnSync } from 'node:child_process';

const quiet = { stdio: 'ignore' };

/** `[command, ...prefix]` that runs apt-get without a prompt, or null when it cannot. */
function aptRunner() {
  if (process.platform !== 'linux') return null;
  if (spawnSync('apt-get', ['--version'], quiet).status !== 0) return null;
  if (process.getuid?.() === 0) return [];
  if (spawnSync('sudo', ['-n', 'true'], quiet).status === 0) return ['sudo', '-n'];
  return null;
}

/** True when Debian's chromium package was installed (or already was). */
export function installSystemChromium() {
  const prefix = aptRunner();
  if (prefix === null) return false;
  console.log("No Chrome or Chromium found for the tests; installing Debian's chromium package…");
  const run = (args) => {
    const [command, ...rest] = [...prefix, 'apt-get', ...args];
    return spawnSync(command, rest, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: 10 * 60_000,
    }).status;
  };
  if (run(['update', '-qq']) !== 0) return false;
  return run(['install', '-y', '-qq', 'chromium']) === 0;
}
