// A separate process that runs one sync on a data directory, so a test can kill it mid-request
// (SIGKILL: no clean-up of any kind) and check what the next start makes of it.
import { openTestCore } from './temp-core';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: sync-child.ts DATA_DIR');
const core = openTestCore({
  dataDir,
  sync: { autoStart: false, timing: { requestTimeoutMs: 120_000, timers: false } },
  logError: () => {},
});
process.stdout.write('started\n');
void core.sync.engine.syncNow('now').then(() => {
  process.stdout.write('finished\n');
  core.close();
});
