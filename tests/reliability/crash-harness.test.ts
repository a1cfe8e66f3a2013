import { describe, expect, it } from 'vitest';

import { runCrashTrials } from './harness/run-trials';

// A few kills per operation inside `npm test`; `npm run bench:reliability` runs 50 per operation
// at full size (10,000 import rows, thousands of licences, a sync filing 500). The seed is fixed so a failure can be
// replayed; the kill moments still vary with timing, which is the point.
const seed = Number(process.env.AIM_CRASH_SEED ?? 20260302);

describe('killing the app mid-operation (SIGKILL)', () => {
  it('never leaves a batch status change half done, corrupt or missing an acknowledged batch', async () => {
    const report = await runCrashTrials('batch-transition', { licences: 600, batchSize: 150 }, { trials: 3, seed });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ trials: 3, corrupt: 0, partial: 0, lost: 0 });
  }, 180_000);

  it('never files a licence twice or loses one when a sync is cut short', async () => {
    const report = await runCrashTrials('portal-sync', { licences: 60 }, { trials: 3, seed });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ trials: 3, corrupt: 0, partial: 0, lost: 0 });
  }, 180_000);

  it('never leaves an import half committed', async () => {
    const report = await runCrashTrials('bulk-import', { rows: 2000 }, { trials: 3, seed });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ trials: 3, corrupt: 0, partial: 0, lost: 0 });
  }, 180_000);
});
