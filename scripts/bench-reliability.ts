// `npm run bench:reliability [-- --json] [--trials N] [--seed N] [--only OPERATION]`: the crash harness at full
// size. Each operation is killed (SIGKILL) at random moments, 50 times by default, and every
// trial's data is checked as the app's next start would see it. Progress goes to stderr; the
// last line of stdout is the result (with --json, one JSON object: trials, corrupt, partial, lost).
// For stdout with nothing but the JSON, run npm with -s: `npm run -s bench:reliability -- --json`.
import { parseArgs } from 'node:util';

import { type OperationReport, runCrashTrials } from '../tests/reliability/harness/run-trials';
import type { OperationName } from '../tests/reliability/operations';

/** Full-size parameters: a 10,000-row import, a status change over 5,000 licences in batches of 500, a sync filing 500. */
const fullSize: Record<OperationName, unknown> = {
  'batch-transition': { licences: 5000, batchSize: 500 },
  'bulk-import': { rows: 10_000 },
  'portal-sync': { licences: 500 },
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      trials: { type: 'string', default: '50' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      only: { type: 'string' },
    },
  });
  const trials = Number(values.trials);
  const seed = Number(values.seed);
  if (!Number.isInteger(trials) || trials < 1)
    throw new Error(`--trials must be a positive whole number, not "${values.trials}"`);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`crash harness: ${trials} kills per operation, seed ${seed} (replay with --seed ${seed})`);

  const reports: OperationReport[] = [];
  for (const [name, params] of Object.entries(fullSize) as [OperationName, unknown][]) {
    if (values.only !== undefined && values.only !== name) continue;
    reports.push(await runCrashTrials(name, params, { trials, seed, log, calibrationRuns: 3 }));
  }
  const total = {
    trials: reports.reduce((n, r) => n + r.trials, 0),
    corrupt: reports.reduce((n, r) => n + r.corrupt, 0),
    partial: reports.reduce((n, r) => n + r.partial, 0),
    lost: reports.reduce((n, r) => n + r.lost, 0),
  };
  for (const r of reports) {
    log(
      `${r.operation}: ${r.trials} trials (${r.killedMidway} killed mid-operation, window ${r.windowMs} ms): corrupt ${r.corrupt}, partial ${r.partial}, lost ${r.lost}`,
    );
    for (const problem of r.problems.slice(0, 10)) log(`  ${problem}`);
  }
  if (values.json) process.stdout.write(`${JSON.stringify(total)}\n`);
  else
    process.stdout.write(
      `trials ${total.trials}, corrupt databases ${total.corrupt}, partial writes ${total.partial}, lost records ${total.lost}\n`,
    );
  process.exitCode = total.corrupt + total.partial + total.lost === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
});
