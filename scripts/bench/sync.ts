// `npm run bench` (sync part): 1,000 licences through the real HTTP gateway to the portal
// simulator with 20% injected faults (drops, 500s, 429s, latency, answers lost after the portal
// filed, duplicate deliveries). Requests, timeouts and SQLite writes are real; the backoff and
// Retry-After waits the portal asks for are counted on a held clock instead of slept, so the
// figure measures the engine, not the waits (reported separately as syncVirtualWait_ms). Batches
// of 10 make about 100 submit requests, so the 20% fault rate hits about a fifth of them.
import { syncTestbed } from '../../tests/support/sync-testbed';

export async function run(): Promise<Record<string, number>> {
  const bed = await syncTestbed({
    faults: { rate: 0.2, seed: 2026, latencyMs: 5, hangMs: 800, retryAfterSeconds: 2 },
    timing: { requestTimeoutMs: 400, maxAttempts: 10, batchSize: 10 },
  });
  try {
    await bed.signIn();
    const ids = await bed.queueLicences(1000);
    const started = performance.now();
    await bed.core.sync.engine.syncNow('now');
    const elapsed = performance.now() - started;

    const filings = bed.sim.state.admin.filingsPerClientLicence();
    let duplicates = 0;
    for (const count of filings.values()) duplicates += Math.max(0, count - 1);
    const lost = ids.filter((id) => bed.core.licences.get(id).status !== 'issued').length;
    const injected = Object.values(bed.sim.faults.injected).reduce((a, b) => a + b, 0);
    return {
      sync1000Faults_ms: Math.round(elapsed),
      syncDuplicates: duplicates,
      syncLost: lost,
      syncFaultsInjected: injected,
      syncVirtualWait_ms: bed.sleeps.reduce((a, b) => a + b, 0),
    };
  } finally {
    await bed.dispose();
  }
}
