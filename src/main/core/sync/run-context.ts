import type { SyncErrorCode, SyncLogEntry } from '../../../shared/sync/sync-model';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import type { EventBus } from '../events';
import { backoffDelay, retryAfterDelay } from './backoff';
import type { ConflictRepository } from './conflict-repository';
import type { OutboxRepository } from './outbox-repository';
import { GatewayError, isGatewayError, type PortalGateway } from './portal-gateway';
import type { PortalOutcomes } from './portal-outcomes';
import type { SyncLog } from './sync-log';
import type { SyncStore } from './sync-store';
import type { SyncTiming } from './sync-timing';

/** What the sync engine hands every run: the queue, the portal's copies, the log and the timing. */
export interface RunParts {
  readonly db: Db;
  readonly clock: Clock;
  readonly events: EventBus;
  readonly outbox: OutboxRepository;
  readonly store: SyncStore;
  readonly conflicts: ConflictRepository;
  readonly outcomes: PortalOutcomes;
  readonly log: SyncLog;
  readonly timing: SyncTiming;
}

/** What one sync run works with: one gateway, one token, one abort signal. */
export interface RunContext extends RunParts {
  readonly gateway: PortalGateway;
  readonly portalUrl: string;
  readonly token: string;
  readonly signal: AbortSignal;
  /** The whole queue waits until then (a 429 or a failure applies to the portal, not one entry). */
  notBefore: number;
  progress(done: number, total: number): void;
  announce(licenceIds: readonly string[]): void;
}

export const nowIso = (ctx: Pick<RunContext, 'clock'>) => ctx.clock.now().toISOString();
export const nowMs = (ctx: Pick<RunContext, 'clock'>) => ctx.clock.now().getTime();

export function delayFor(ctx: RunContext, error: GatewayError, attempt: number): number {
  return error.retryAfterMs !== null
    ? retryAfterDelay(error.retryAfterMs, ctx.timing.random)
    : backoffDelay(attempt, ctx.timing.baseDelayMs, ctx.timing.maxDelayMs, ctx.timing.random);
}

/**
 * Waits until the queue may send again. Returns false when the wait is longer than a run
 * should block for: the run ends and the engine's timer comes back at the right time.
 */
export async function waitForGate(ctx: RunContext): Promise<boolean> {
  const wait = ctx.notBefore - nowMs(ctx);
  if (wait <= 0) return true;
  if (wait > ctx.timing.maxInlineWaitMs) return false;
  await ctx.timing.sleep(wait, ctx.signal);
  return !ctx.signal.aborted;
}

export function logFailure(
  ctx: RunContext,
  action: SyncLogEntry['action'],
  error: GatewayError,
  count: number,
  durationMs: number,
  outcome: SyncLogEntry['outcome'],
): void {
  ctx.log.write({
    action,
    outcome,
    code: error.code,
    httpStatus: error.httpStatus,
    count,
    message: error.message,
    durationMs,
  });
}

/**
 * A call outside the outbox (changes, lookup, reference) retried in place on transient
 * failures, with the same backoff and Retry-After rules. Offline and auth failures end the run.
 */
export async function withRetry<T>(
  ctx: RunContext,
  action: SyncLogEntry['action'],
  call: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    if (!(await waitForGate(ctx)))
      throw new GatewayError(
        'RATE_LIMITED',
        'The portal asked us to wait longer than one sync run; sync comes back later.',
      );
    const started = performance.now();
    try {
      return await call();
    } catch (error) {
      if (!isGatewayError(error) || ctx.signal.aborted) throw error;
      const duration = performance.now() - started;
      if (error.failureClass !== 'transient' || attempt >= ctx.timing.maxAttempts) {
        logFailure(ctx, action, error, 0, duration, error.failureClass === 'auth' ? 'paused' : 'failed');
        throw error;
      }
      logFailure(ctx, action, error, 0, duration, 'retry');
      ctx.notBefore = nowMs(ctx) + delayFor(ctx, error, attempt);
    }
  }
}

/** Sync codes for the portal's own error codes in item results and lookups. */
export function codeForPortalError(portalCode: string): SyncErrorCode {
  switch (portalCode) {
    case 'VERSION_CONFLICT':
      return 'CONFLICT';
    case 'KEY_FENCED':
      return 'FENCED';
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'VALIDATION_FAILED':
      return 'REJECTED';
    default:
      return 'PROTOCOL';
  }
}
