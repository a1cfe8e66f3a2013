import { displayDate, localIsoDate } from '../../../shared/dates/iso-date';
import type { SyncStatus } from '../../../shared/sync/sync-model';
import { countOf, pluralWord } from '../../../shared/text/plural';
import { idsForEvent } from '../events';
import { backoffDelay } from './backoff';
import type { CredentialStore, PortalCredentials } from './credential-store';
import type { OutboxRepository } from './outbox-repository';
import { isGatewayError, type PortalGateway } from './portal-gateway';
import { pullChanges } from './pull-changes';
import { pushOutbox } from './push-outbox';
import { reconcileInFlight } from './reconcile';
import type { RunContext, RunParts } from './run-context';

export interface SyncEngineDeps extends RunParts {
  readonly credentials: CredentialStore;
  readonly gatewayFor: (portalUrl: string, signal: AbortSignal) => PortalGateway;
  readonly logError: (error: unknown) => void;
}

export type SyncTrigger = 'start' | 'timer' | 'now' | 'online' | 'queued' | 'signed-in';

type EngineState = SyncStatus['state'];

/**
 * The sync engine: one run at a time (a run asked for while one is going runs right after it),
 * started by the timer, by the connection coming back, by queueing and by "Sync now". A run
 * reconciles unanswered requests, reads the portal's changes, sends the outbox and reads back the
 * portal's decisions.
 */
export function createSyncEngine(deps: SyncEngineDeps) {
  const { clock, events, outbox, store, conflicts, credentials, timing } = deps;
  let state: EngineState = 'idle';
  let message = '';
  /** The last run finished: the message follows the queue as it changes (queueing, withdrawing). */
  let settled = false;
  let progress: SyncStatus['progress'] = null;
  let signedIn = false;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let lock: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failedRuns = 0;
  let offlineRuns = 0;
  let controller = new AbortController();
  /** The portal's "not before" (Retry-After, backoff) outlives a run: the next run honours it too. */
  let portalNotBefore = 0;

  /** What an idle engine says, from the queue as it is now (never "up to date" beside waiting items). */
  function settledMessage(counts: ReturnType<OutboxRepository['counts']>): string {
    // Filings queued before their first fileable day wait in the outbox on purpose: said apart.
    const held = outbox.held(localIsoDate(clock.now()));
    const heldText =
      held.count > 0 && held.firstDay
        ? `${held.count} held until ${pluralWord(held.count, 'its', 'their')} first fileable day (the first on ${displayDate(held.firstDay)}).`
        : '';
    const waiting = counts.pending + counts.in_flight - held.count;
    if (counts.failed > 0)
      return `${countOf(counts.failed, 'request')} to the portal failed and ${pluralWord(counts.failed, 'needs', 'need')} you: retry or withdraw ${pluralWord(counts.failed, 'it', 'them')}. ${heldText}`.trim();
    if (waiting > 0) return `${countOf(waiting, 'request')} waiting to send. ${heldText}`.trim();
    return heldText || 'Up to date with the portal.';
  }

  function status(): SyncStatus {
    const counts = outbox.counts();
    const held = outbox.held(localIsoDate(clock.now()));
    return {
      state,
      pending: counts.pending,
      held: held.count,
      heldUntil: held.firstDay,
      inFlight: counts.in_flight,
      failed: counts.failed,
      conflicts: conflicts.count(),
      lastSyncAt: store.lastSyncAt(),
      nextAttemptAt: outbox.earliestNextAttempt(),
      progress,
      signedIn,
      message: state === 'idle' && settled ? settledMessage(counts) : message,
    };
  }

  function publish(): void {
    if (stopped) return;
    events.emit('sync.status', status());
  }

  function set(next: EngineState, text: string): void {
    state = next;
    message = text;
    settled = false;
    publish();
  }

  /** Runs `task` with no sync run going at the same time (withdrawals use it too). */
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = lock.then(task, task);
    lock = result.catch(() => undefined);
    return result;
  }

  async function currentCredentials(): Promise<PortalCredentials | null> {
    const settings = store.settings();
    const credentials_ = await credentials.get();
    signedIn = credentials_ !== null && credentials_.portalUrl === settings.portalUrl && settings.portalUrl !== '';
    return signedIn ? credentials_ : null;
  }

  async function runOnce(): Promise<void> {
    const settings = store.settings();
    if (!settings.portalUrl) return set('not-configured', "Enter your filing gateway's address to sync.");
    const creds = await currentCredentials();
    if (!creds) return set('signed-out', 'Sign in to your filing gateway: queued licences wait until you do.');
    if (store.authPaused())
      return set('paused', 'The portal asked you to sign in again. The whole queue waits until you do.');
    const waitMs = portalNotBefore - clock.now().getTime();
    if (waitMs > timing.maxInlineWaitMs) {
      return set(
        'idle',
        `The portal asked us to wait; the next try is at ${new Date(portalNotBefore).toISOString().slice(11, 19)} UTC.`,
      );
    }

    const ctx: RunContext = {
      db: deps.db,
      clock,
      events,
      outbox,
      store,
      conflicts,
      outcomes: deps.outcomes,
      log: deps.log,
      timing,
      gateway: deps.gatewayFor(settings.portalUrl, controller.signal),
      portalUrl: settings.portalUrl,
      token: creds.token,
      signal: controller.signal,
      notBefore: portalNotBefore,
      progress(done, total) {
        progress = total > 0 ? { done, total } : null;
        publish();
      },
      announce(ids) {
        if (ids.length > 0 && !stopped) events.emit('licences.changed', { ids: idsForEvent(ids), reason: 'status' });
      },
    };
    set('syncing', 'Syncing with the portal…');
    const remember = () => {
      portalNotBefore = Math.max(portalNotBefore, ctx.notBefore);
    };
    try {
      await reconcileInFlight(ctx);
      // Read first: the portal's own changes (cancellations, corrections) are known before
      // anything is sent, and an unreachable portal, or a pooled connection it closed, shows up on
      // a read retried in place, before any licence is marked in flight or charged an attempt.
      await pullChanges(ctx);
      await pushOutbox(ctx);
      await pullChanges(ctx);
      remember();
      if (stopped) return;
      deps.db.transaction(() => store.setLastSyncAt(clock.now().toISOString()))();
      failedRuns = 0;
      offlineRuns = 0;
      progress = null;
      set('idle', '');
      settled = true;
      publish();
    } catch (error) {
      remember();
      if (stopped) return;
      progress = null;
      if (isGatewayError(error) && error.failureClass === 'auth') {
        deps.db.transaction(() => store.setAuthPaused(true))();
        return set(
          'paused',
          'The portal asked you to sign in again (your session expired). The whole queue waits until you do.',
        );
      }
      if (isGatewayError(error) && error.code === 'RATE_LIMITED' && portalNotBefore > clock.now().getTime()) {
        return set(
          'idle',
          `The portal asked us to wait; the next try is at ${new Date(portalNotBefore).toISOString().slice(11, 19)} UTC.`,
        );
      }
      if (isGatewayError(error) && error.code === 'OFFLINE') {
        offlineRuns += 1;
        return set(
          'offline',
          'The portal cannot be reached. Queued licences wait and are sent when the connection returns.',
        );
      }
      failedRuns += 1;
      if (!isGatewayError(error)) {
        deps.logError(error);
        deps.log.write({
          action: 'changes',
          outcome: 'failed',
          code: 'INTERNAL',
          message: `Sync stopped on an unexpected error: ${(error as Error).message}`,
        });
      }
      set(
        'error',
        isGatewayError(error) ? error.message : 'Sync stopped on an unexpected error; it is in the sync log.',
      );
    }
  }

  function schedule(ms: number): void {
    if (!timing.timers || stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = null;
        void syncNow('timer');
      },
      // Timers overflow past 2^31-1 ms (about 24.8 days) and fire at once: look again daily instead.
      Math.min(Math.max(0, ms), 24 * 3600_000),
    );
    timer.unref?.();
  }

  function scheduleAfterRun(): void {
    const settings = store.settings();
    const interval = settings.intervalMinutes * 60_000;
    if (state === 'offline')
      return schedule(Math.min(interval, timing.offlineProbeMs * 2 ** Math.min(offlineRuns - 1, 10)));
    if (state === 'error') {
      const backoff = Math.min(
        interval,
        backoffDelay(failedRuns, timing.baseDelayMs, timing.maxDelayMs, timing.random),
      );
      return schedule(Math.max(backoff, portalNotBefore - clock.now().getTime()));
    }
    if (state === 'paused' || state === 'signed-out' || state === 'not-configured') return;
    const next = outbox.earliestNextAttempt();
    const nowMs = clock.now().getTime();
    // A held filing is due at the start of its first fileable day (local midnight).
    const heldDay = outbox.held(localIsoDate(clock.now())).firstDay;
    const untilRelease = heldDay === null ? Infinity : new Date(`${heldDay}T00:00:00`).getTime() - nowMs;
    const untilNext = Math.min(
      Math.max(next === null ? Infinity : Date.parse(next) - nowMs, portalNotBefore - nowMs),
      untilRelease,
    );
    if (settings.autoSync || untilNext !== Infinity)
      schedule(Math.min(settings.autoSync ? interval : Infinity, untilNext));
  }

  function syncNow(_trigger: SyncTrigger): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = exclusive(async () => {
      try {
        do {
          again = false;
          await runOnce();
        } while (again && !stopped);
      } finally {
        running = null;
        if (!stopped) scheduleAfterRun();
      }
    });
    return running;
  }

  return {
    status,
    publish,
    syncNow,
    exclusive,
    /** Soon, not now: several queue actions in a row make one sync. */
    kick(trigger: SyncTrigger): void {
      if (store.settings().autoSync) {
        if (timing.timers) schedule(timing.debounceMs);
      }
      void trigger;
      publish();
    },
    async refreshSignedIn(): Promise<boolean> {
      await currentCredentials();
      publish();
      return signedIn;
    },
    start(): void {
      void currentCredentials().then(() => {
        publish();
        return syncNow('start');
      });
    },
    /** Stops timers and aborts the request in progress; its entries stay "in flight" for the next start to reconcile. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      controller.abort();
      await running?.catch(() => undefined);
      controller = new AbortController();
    },
  };
}
export type SyncEngine = ReturnType<typeof createSyncEngine>;
