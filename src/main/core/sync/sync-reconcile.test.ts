import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { localIsoDate, plusDays } from '#shared/dates/iso-date';
import type { OutboxEntry, SyncLogEntry } from '#shared/sync/sync-model';

import { validDraft, validLine } from '../../../../tests/support/licence-fixtures';
import { type SyncTestbed, syncTestbed } from '../../../../tests/support/sync-testbed';
import { openTestCore, type TestCore } from '../../../../tests/support/temp-core';
import { projectRoot } from '../../../../tests/support/web-host-process';
import { defaultAccount, type PortalSim, startPortalSim } from '../../portal-sim/sim-server';

const childScript = path.join(projectRoot, 'tests/support/sync-child.ts');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function call<T>(core: TestCore, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, { host: 'in-process' });
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** A licence valid on the real calendar (the child process runs on the real clock). */
function draftForToday(i: number) {
  const today = localIsoDate(new Date());
  return validDraft({
    reference: `KILL-${i}`,
    expectedExportDate: plusDays(today, 8),
    expectedImportDate: plusDays(today, 18),
    lines: [validLine()],
  });
}

async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('start-up reconciliation', () => {
  it('after a SIGKILL mid-sync, asks the portal about unanswered requests instead of resending them', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-sync-kill-'));
    const sim: PortalSim = await startPortalSim();
    cleanups.push(
      () => fs.rmSync(dataDir, { recursive: true, force: true }),
      () => sim.close(),
    );

    // Prepare: portal address, sign-in, 120 licences queued. Then the app is closed.
    const setup = openTestCore({ dataDir, sync: { autoStart: false }, logError: () => {} });
    await call(setup, 'sync.saveSettings', { portalUrl: sim.url, autoSync: false, intervalMinutes: 5 });
    await call(setup, 'sync.signIn', { username: defaultAccount.username, password: defaultAccount.password });
    await setup.sync.engine.syncNow('now');
    const ids = setup.db.transaction(() =>
      Array.from({ length: 120 }, (_, i) => setup.licences.create(draftForToday(i)).id),
    )();
    expect(setup.licences.transition(ids, 'ready', '').refused).toEqual([]);
    await call(setup, 'sync.queue', { ids });
    setup.close();

    // The portal files the first batch, then holds its answer; meanwhile the app is killed.
    sim.faults.set({ hangMs: 600_000, next: [{ kind: 'timeout-after-commit', route: 'submit' }] });
    // node --import tsx runs the script in this very process, so SIGKILL hits the engine itself
    // (the tsx CLI would run it in a grandchild that outlives the kill).
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    await until(
      () => (sim.requests.submit ?? 0) >= 1 || child.exitCode !== null,
      'the first batch to reach the portal',
    );
    expect(output).not.toMatch(/finished/);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const filedBeforeKill = sim.state.admin.licences();
    expect(filedBeforeKill.length).toBe(50);

    // Next start: the 50 unanswered requests are looked up by key, not sent again.
    sim.faults.set({ rate: 0 });
    const core = openTestCore({ dataDir, sync: { autoStart: false }, logError: () => {} });
    cleanups.push(() => core.close());
    const stuck = (await call<{ items: OutboxEntry[] }>(core, 'sync.outbox', { states: ['in_flight'], limit: 500 }))
      .items;
    expect(stuck).toHaveLength(50);

    await core.sync.engine.syncNow('start');

    for (const entry of stuck) expect(sim.state.admin.processed(entry.id)).toBe(1);
    expect(sim.requests.lookup).toBe(1);
    const filings = sim.state.admin.filingsPerClientLicence();
    for (const id of ids) {
      expect(core.licences.get(id).status).toBe('issued');
      expect(filings.get(id)).toBe(1);
    }
    const log = await call<SyncLogEntry[]>(core, 'sync.log', { limit: 100 });
    expect(log.find((l) => l.action === 'reconcile')?.message).toMatch(
      /50 requests had no answer.*50 settled.*0 never reached/,
    );
  }, 60_000);

  it('an unanswered request the portal never received is sent again, once', async () => {
    const bed: SyncTestbed = await syncTestbed();
    cleanups.push(() => bed.dispose());
    await bed.signIn();
    const [id] = await bed.queueLicences(1);
    // As a crash would leave it: marked in flight, but the request never left.
    const [row] = bed.core.sync.outbox.due(new Date('2100-01-01').toISOString(), '2100-01-01', 10);
    bed.core.db.transaction(() =>
      bed.core.sync.outbox.update(row!, { state: 'in_flight' }, new Date().toISOString()),
    )();

    await bed.core.sync.engine.syncNow('start');
    expect(bed.core.licences.get(id!).status).toBe('issued');
    expect(bed.sim.state.admin.processed(row!.id)).toBe(1);
    const log = await bed.call<SyncLogEntry[]>('sync.log', { limit: 20 });
    expect(log.find((l) => l.action === 'reconcile')?.message).toMatch(/0 settled.*1 never reached/);
  });
});
