import type { SyncTiming } from '#core/sync/sync-timing';
import type { LicenceDraft } from '#shared/licences/licence-schema';

import type { FaultPlanInput } from '../../src/main/portal-sim/sim-faults';
import { defaultAccount, type PortalSim, startPortalSim } from '../../src/main/portal-sim/sim-server';
import { validDraft } from './licence-fixtures';
import { type TempCore, tempCore } from './temp-core';

export interface SyncTestbed {
  readonly core: TempCore;
  readonly sim: PortalSim;
  /** Virtual waits the engine asked for (backoff, Retry-After), in order. */
  readonly sleeps: number[];
  call<T = unknown>(method: string, input: unknown): Promise<T>;
  signIn(): Promise<void>;
  /** Creates `count` licences, marks them ready and queues them; returns their ids. */
  queueLicences(count: number, draft?: (i: number) => LicenceDraft): Promise<string[]>;
  dispose(): Promise<void>;
}

/**
 * A real core on a temporary SQLite file and a real simulator on a random port, sharing one
 * held clock. The engine's waits advance that clock instead of sleeping, so hours of backoff take
 * no time, while requests, timeouts and the simulator's held answers are real.
 */
export async function syncTestbed(
  options: { faults?: FaultPlanInput; timing?: Partial<SyncTiming>; dataDir?: string } = {},
): Promise<SyncTestbed> {
  const sleeps: number[] = [];
  let core: TempCore | null = null;
  const timing: Partial<SyncTiming> = {
    sleep: (ms) => {
      sleeps.push(ms);
      core?.clock.advance(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    requestTimeoutMs: 2_000,
    maxInlineWaitMs: 24 * 3600_000,
    timers: false,
    ...options.timing,
  };
  core = tempCore('2026-03-02T15:00:00.000Z', { sync: { autoStart: false, timing } });
  const clock = core.clock;
  const sim = await startPortalSim({ clock, faults: options.faults ?? {} });
  const bed: SyncTestbed = {
    core,
    sim,
    sleeps,
    async call<T>(method: string, input: unknown): Promise<T> {
      const result = await core.dispatch(method, input, { host: 'in-process' });
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    async signIn() {
      await bed.call('sync.saveSettings', { portalUrl: sim.url, autoSync: false, intervalMinutes: 5 });
      const saved = sim.faults.plan();
      sim.faults.set({ ...saved, rate: 0, next: [] });
      await bed.call('sync.signIn', { username: defaultAccount.username, password: defaultAccount.password });
      await core.sync.engine.syncNow('now');
      sim.faults.set(saved);
    },
    async queueLicences(count, draft = (i) => validDraft({ reference: `PO-${String(i).padStart(5, '0')}` })) {
      const ids = core.db.transaction(() =>
        Array.from({ length: count }, (_, i) => core.licences.create(draft(i)).id),
      )();
      const ready = core.licences.transition(ids, 'ready', '');
      if (ready.refused.length > 0) throw new Error(`not ready: ${ready.refused[0]!.message}`);
      const queued = await bed.call<{ changed: string[]; refused: unknown[] }>('sync.queue', { ids });
      if (queued.refused.length > 0) throw new Error(`not queued: ${JSON.stringify(queued.refused[0])}`);
      return ids;
    },
    async dispose() {
      await core.sync.stop();
      await sim.close();
      core.dispose();
    },
  };
  return bed;
}
