import { endIdleWorkers } from '#core/workers/run-in-worker';

import { runCli } from './aim-licence';

void runCli(process.argv.slice(2)).then(async (code) => {
  process.exitCode = code;
  // Nothing else is left to do: the file-reading workers kept for reuse are ended.
  await endIdleWorkers();
});
