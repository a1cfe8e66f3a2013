import { afterEach, describe, expect, it } from 'vitest';

import type { OutboxEntry, SyncLogEntry } from '#shared/sync/sync-model';

import { type SyncTestbed, syncTestbed } from '../../../../tests/support/sync-testbed';
import { startPortalSim } from '../../portal-sim/sim-server';

let bed: SyncTestbed | null = null;
afterEach(async () => {
  await bed?.dispose();
  bed = null;
});

const allEntries = async (b: SyncTestbed) =>
  (await b.call<{ items: OutboxEntry[] }>('sync.outbox', { limit: 500, offset: 0 })).items;
async function outboxStates(b: SyncTestbed): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (let offset = 0; ; offset += 500) {
    const page = await b.call<{ items: OutboxEntry[]; total: number }>('sync.outbox', { limit: 500, offset });
    for (const e of page.items) counts[e.state] = (counts[e.state] ?? 0) + 1;
    if (offset + 500 >= page.total) return counts;
  }
}

describe('sync against the portal simulator with injected faults', () => {
  it('files 1,000 licences through 20% faults exactly once, loses none, and logs every failure', async () => {
    bed = await syncTestbed({
      faults: { rate: 0.2, seed: 7, latencyMs: 5, hangMs: 800, retryAfterSeconds: 3 },
      timing: { requestTimeoutMs: 400, maxAttempts: 10, batchSize: 10 },
    });
    await bed.signIn();
    const ids = await bed.queueLicences(1000);

    await bed.core.sync.engine.syncNow('now');

    // Every licence issued, with the number the portal gave it, and filed there exactly once.
    const portal = new Map(bed.sim.state.admin.licences().map((r) => [r.clientLicenceId, r]));
    const filings = bed.sim.state.admin.filingsPerClientLicence();
    for (const id of ids) {
      const licence = bed.core.licences.get(id);
      expect(licence.status).toBe('issued');
      expect(licence.licenceNumber).toBe(portal.get(id)?.licenceNumber);
      expect(filings.get(id)).toBe(1);
    }
    expect(bed.sim.state.admin.licences()).toHaveLength(1000);
    expect(await outboxStates(bed)).toEqual({ done: 1000 });

    // The faults really happened, including answers lost after the portal acted and duplicates…
    const injected = bed.sim.faults.injected;
    expect(injected['timeout-after-commit']).toBeGreaterThan(0);
    expect(injected.duplicate).toBeGreaterThan(0);
    expect(injected.drop + injected.error500 + injected['rate-limit']).toBeGreaterThan(0);
    // …and every failed attempt is in the sync log with its code.
    const log = await bed.call<SyncLogEntry[]>('sync.log', { limit: 1000 });
    const retries = log.filter((l) => l.outcome === 'retry');
    const logged = (code: string) => retries.filter((r) => r.code === code).length;
    expect(logged('NETWORK')).toBe(injected.drop);
    expect(logged('SERVER_ERROR')).toBe(injected.error500);
    expect(logged('RATE_LIMITED')).toBe(injected['rate-limit']);
    // At least every injected hang: on a loaded machine an answer sent on time can still reach the
    // client after its 400 ms timeout, which is one more TIMEOUT retry (the licence is still filed once).
    expect(logged('TIMEOUT')).toBeGreaterThanOrEqual(injected['timeout-after-commit']);
    expect(new Set(retries.map((r) => r.code))).toEqual(
      new Set([
        ...(logged('TIMEOUT') > 0 ? ['TIMEOUT'] : []),
        ...(injected.drop > 0 ? ['NETWORK'] : []),
        ...(injected.error500 > 0 ? ['SERVER_ERROR'] : []),
        ...(injected['rate-limit'] > 0 ? ['RATE_LIMITED'] : []),
      ]),
    );
    const status = bed.core.sync.engine.status();
    expect(status).toMatchObject({ state: 'idle', pending: 0, failed: 0, inFlight: 0 });
  }, 60_000);

  it('shows an entry that ran out of attempts as failed with its code; retry sends it with the same key', async () => {
    bed = await syncTestbed({ faults: { rate: 0 }, timing: { maxAttempts: 2 } });
    await bed.signIn();
    const [id] = await bed.queueLicences(1);
    bed.sim.faults.set({
      next: [
        { kind: 'error500', route: 'submit' },
        { kind: 'error500', route: 'submit' },
      ],
    });
    await bed.core.sync.engine.syncNow('now');

    const [entry] = await allEntries(bed);
    expect(entry).toMatchObject({ state: 'failed', lastErrorCode: 'SERVER_ERROR', attempts: 2, licenceId: id });
    expect(entry!.lastErrorMessage).toMatch(/Gave up after 2 attempts/);
    expect(bed.core.licences.get(id!).status).toBe('queued');
    expect(bed.core.sync.engine.status().failed).toBe(1);

    const retried = await bed.call<{ changed: string[] }>('sync.retry', { ids: [entry!.id] });
    expect(retried.changed).toEqual([entry!.id]);
    await bed.core.sync.engine.syncNow('now');
    expect(bed.core.licences.get(id!).status).toBe('issued');
    const [after] = await allEntries(bed);
    expect(after).toMatchObject({ id: entry!.id, state: 'done' });
  });

  it('honours Retry-After: the next attempt waits at least as long as the portal asked', async () => {
    bed = await syncTestbed({ faults: { retryAfterSeconds: 120 } });
    await bed.signIn();
    await bed.queueLicences(3);
    bed.sim.faults.set({ retryAfterSeconds: 120, next: [{ kind: 'rate-limit', route: 'submit' }] });
    await bed.core.sync.engine.syncNow('now');

    const log = (await bed.call<SyncLogEntry[]>('sync.log', { limit: 50 }))
      .filter((l) => l.action === 'submit')
      .reverse();
    expect(log.map((l) => [l.outcome, l.code])).toEqual([
      ['retry', 'RATE_LIMITED'],
      ['ok', null],
    ]);
    expect(Date.parse(log[1]!.at) - Date.parse(log[0]!.at)).toBeGreaterThanOrEqual(120_000);
    expect(bed.sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(120_000);
  });

  it('pauses the whole queue when the token expires, and resumes after signing in again', async () => {
    bed = await syncTestbed();
    await bed.signIn();
    const ids = await bed.queueLicences(5);
    bed.sim.faults.set({ next: [{ kind: 'expire-token', route: 'submit' }] });
    await bed.core.sync.engine.syncNow('now');

    expect(bed.core.sync.engine.status()).toMatchObject({ state: 'paused', pending: 5, inFlight: 0 });
    for (const entry of await allEntries(bed)) expect(entry).toMatchObject({ state: 'pending', attempts: 0 });
    const log = await bed.call<SyncLogEntry[]>('sync.log', { limit: 5 });
    expect(log[0]).toMatchObject({ action: 'submit', outcome: 'paused', code: 'AUTH_REQUIRED', httpStatus: 401 });

    // Nothing is sent while paused.
    const submitsBefore = bed.sim.requests.submit ?? 0;
    await bed.core.sync.engine.syncNow('now');
    expect(bed.sim.requests.submit ?? 0).toBe(submitsBefore);

    await bed.call('sync.signIn', { username: 'filer@lakeside-al.example', password: 'portal-demo' });
    await bed.core.sync.engine.syncNow('now');
    for (const id of ids) expect(bed.core.licences.get(id).status).toBe('issued');
    expect(bed.core.sync.engine.status().state).toBe('idle');
  });

  it('waits offline without using up attempts, then sends when the portal is back', async () => {
    bed = await syncTestbed();
    await bed.signIn();
    const [id] = await bed.queueLicences(1);
    const { port, state } = bed.sim;
    await bed.sim.close();
    await bed.core.sync.engine.syncNow('now');
    expect(bed.core.sync.engine.status().state).toBe('offline');
    const [entry] = await allEntries(bed);
    expect(entry).toMatchObject({ state: 'pending', attempts: 0 });
    expect(bed.core.licences.get(id!).status).toBe('queued');

    // The same portal comes back on the same address; the connection's return starts a sync.
    const back = await startPortalSim({ port, state, clock: bed.core.clock });
    try {
      await bed.call('sync.now', { reason: 'online' });
      await bed.core.sync.engine.syncNow('online');
      expect(bed.core.licences.get(id!).status).toBe('issued');
      expect(bed.core.sync.engine.status().state).toBe('idle');
    } finally {
      await back.close();
    }
  });
});

describe('a long Retry-After', () => {
  it('ends the run and sends nothing to the portal until the time it asked for', async () => {
    bed = await syncTestbed({ timing: { maxInlineWaitMs: 60_000 } });
    await bed.signIn();
    const [id] = await bed.queueLicences(1);
    bed.sim.faults.set({ retryAfterSeconds: 600, next: [{ kind: 'rate-limit', route: 'submit' }] });
    await bed.core.sync.engine.syncNow('now');
    const requestsAfterLimit = { ...bed.sim.requests };
    expect(bed.core.licences.get(id!).status).toBe('queued');

    // Asked again two minutes later: no request at all reaches the portal.
    bed.core.clock.advance(120_000);
    await bed.core.sync.engine.syncNow('now');
    expect(bed.sim.requests).toEqual(requestsAfterLimit);
    expect(bed.core.sync.engine.status().message).toMatch(/asked us to wait/);

    // After the ten minutes, it goes.
    bed.core.clock.advance(500_000);
    await bed.core.sync.engine.syncNow('now');
    expect(bed.core.licences.get(id!).status).toBe('issued');
  });
});
