import { fixedClock } from '#core/clock';
import type { SyncTiming } from '#core/sync/sync-timing';

import { defaultAccount, type PortalSim, startPortalSim } from '../../../src/main/portal-sim/sim-server';
import { validDraft } from '../../support/licence-fixtures';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { type CrashOperation, dataDirOf, harnessNow, type Verdict } from '../harness/crash-operation';
import { baselineLosses, type StoredBaseline, takeBaseline } from './baseline';

export interface PortalSyncParams {
  readonly licences: number;
  /** Filled in by the harness from the simulator it started. */
  readonly portalUrl?: string;
}

const ctx = { host: 'in-process' } as const;
/** No real waiting and no timers: backoff waits are skipped, each request still really goes out. */
const timing: Partial<SyncTiming> = {
  sleep: () => Promise.resolve(),
  random: () => 0.5,
  timers: false,
  requestTimeoutMs: 5_000,
  maxInlineWaitMs: 24 * 3_600_000,
};
const open = (root: string) =>
  openTestCore({
    dataDir: dataDirOf(root),
    clock: fixedClock(harnessNow),
    logError: () => {},
    sync: { autoStart: false, timing },
  });

async function call<T>(core: TestCore, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** The simulator lives in the harness process, so the portal remembers what it received across the kill. */
let portal: PortalSim | null = null;

/**
 * A sync run filing hundreds of queued licences with the portal simulator, killed mid-way. The
 * next start must lose nothing and file nothing twice: after it reconciles and syncs again, every
 * licence is issued with the number the portal gave it, filed exactly once there, and the
 * outbox holds nothing but finished entries.
 */
export const portalSync: CrashOperation<PortalSyncParams, StoredBaseline> = {
  name: 'portal-sync',
  description: 'a sync run filing queued licences with the portal simulator',

  async startServices(params) {
    const clock = fixedClock(harnessNow);
    portal = await startPortalSim({ clock, faults: {} });
    const port = portal.port;
    return {
      params: { ...params, portalUrl: portal.url },
      // A fresh portal for every trial (each starts from the same unfiled template), on the same address.
      async beforeTrial() {
        await portal?.close();
        portal = await startPortalSim({ clock, port, faults: {} });
      },
      async stop() {
        await portal?.close();
        portal = null;
      },
    };
  },

  async prepare(root, params) {
    const core = open(root);
    try {
      const ids = core.db.transaction(() =>
        Array.from(
          { length: params.licences },
          (_, i) => core.licences.create(validDraft({ reference: `SY-${String(i).padStart(5, '0')}` })).id,
        ),
      )();
      const ready = core.licences.transition(ids, 'ready', '');
      if (ready.refused.length > 0) throw new Error(`not ready: ${ready.refused[0]!.message}`);
      await call(core, 'sync.saveSettings', { portalUrl: params.portalUrl, autoSync: false, intervalMinutes: 5 });
      const queued = await call<{ refused: unknown[] }>(core, 'sync.queue', { ids });
      if (queued.refused.length > 0) throw new Error(`not queued: ${JSON.stringify(queued.refused[0])}`);
      return takeBaseline(core);
    } finally {
      await core.sync.stop();
      core.close();
    }
  },

  async run(root, _params, ack) {
    const core = open(root);
    await call(core, 'sync.signIn', { username: defaultAccount.username, password: defaultAccount.password });
    ack('window');
    await core.sync.engine.syncNow('now');
    ack('synced');
    await core.sync.stop();
    core.close();
  },

  async check(core, _root, params, baseline, acks): Promise<Verdict> {
    const partial: string[] = [];
    const lost = baselineLosses(core, baseline);
    const statuses = () =>
      new Map(
        core.db
          .prepare<[], { id: string; status: string }>('SELECT id, status FROM licences')
          .all()
          .map((r) => [r.id, r.status]),
      );
    if (acks.includes('synced')) {
      const notIssued = [...statuses().values()].filter((s) => s !== 'issued').length;
      if (notIssued > 0) lost.push(`the sync finished (acknowledged) but ${notIssued} licences are not issued`);
    }
    // The next start: reconcile what was in flight, then sync to the end.
    await call(core, 'sync.signIn', { username: defaultAccount.username, password: defaultAccount.password });
    await core.sync.engine.syncNow('start');
    await core.sync.stop();

    const filings = portal!.state.admin.filingsPerClientLicence();
    const numbers = new Map(portal!.state.admin.licences().map((r) => [r.clientLicenceId, r.licenceNumber]));
    const after = statuses();
    let twice = 0;
    let missing = 0;
    let wrongNumber = 0;
    for (const id of baseline.licenceIds) {
      const filed = filings.get(id) ?? 0;
      if (filed > 1) twice += 1;
      if (filed === 0 || after.get(id) !== 'issued') missing += 1;
      const row = core.db
        .prepare<[string], { licence_number: string | null }>('SELECT licence_number FROM licences WHERE id = ?')
        .get(id);
      if (filed === 1 && row?.licence_number !== numbers.get(id)) wrongNumber += 1;
    }
    if (twice > 0) partial.push(`${twice} licences were filed twice with the portal`);
    if (missing > 0) lost.push(`${missing} licences are not filed and issued after the next start's sync`);
    if (wrongNumber > 0) partial.push(`${wrongNumber} licences carry a number other than the one the portal issued`);
    const open = core.db
      .prepare<[], number>("SELECT count(*) FROM sync_outbox WHERE state NOT IN ('done', 'withdrawn')")
      .pluck()
      .get()!;
    if (open > 0) partial.push(`${open} outbox entries are still not finished after the next start's sync`);
    if (params.licences !== baseline.licenceIds.length) lost.push('the licence count changed');
    return { partial, lost };
  },
};
