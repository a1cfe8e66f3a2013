import { displayDate, localIsoDate } from '#shared/dates/iso-date';
import type { PortalLicenceContent, SubmissionItem } from '#shared/sync/portal-protocol';

import type { OutboxRow } from './outbox-repository';
import { GatewayError, isGatewayError } from './portal-gateway';
import { codeForPortalError, delayFor, logFailure, nowIso, nowMs, type RunContext, waitForGate } from './run-context';

interface SubmitPayload {
  readonly licence: PortalLicenceContent;
}
interface CancelPayload {
  readonly reason: string;
}
interface CorrectPayload {
  readonly licence: PortalLicenceContent;
}

function markInFlight(ctx: RunContext, batch: readonly OutboxRow[]): OutboxRow[] {
  // Written before the request leaves: after a crash these rows say "outcome unknown, ask the
  // portal", never "not sent".
  return ctx.db.transaction(() => {
    const released = batch.filter((row) => row.hold_until !== null);
    for (const row of released) ctx.outbox.releaseHold(row.id);
    if (released.length > 0) {
      const names = released.map((row) => (row.reference ? `"${row.reference}"` : 'a licence')).join(', ');
      ctx.log.write({
        action: 'hold',
        outcome: 'ok',
        count: released.length,
        message: `${names}: today (${displayDate(localIsoDate(ctx.clock.now()))}) is the first day ${released.length === 1 ? 'it' : 'they'} can be filed; sending now.`,
      });
    }
    return batch.map((row) => ctx.outbox.update({ ...row, hold_until: null }, { state: 'in_flight' }, nowIso(ctx)));
  })();
}

/** A failure that leaves the entries to be sent again (or, after the last attempt, failed and shown). */
function recordTransient(ctx: RunContext, batch: readonly OutboxRow[], error: GatewayError, durationMs: number): void {
  const counted = error.failureClass === 'transient';
  let gaveUp = 0;
  let longest = 0;
  ctx.db.transaction(() => {
    for (const row of batch) {
      if (!counted) {
        // Offline (never left this computer) or signed out: not an attempt; it waits as it was.
        ctx.outbox.update(row, { state: 'pending' }, nowIso(ctx));
        continue;
      }
      const attempts = row.attempts + 1;
      if (attempts >= ctx.timing.maxAttempts) {
        gaveUp += 1;
        ctx.outbox.update(
          row,
          {
            state: 'failed',
            attempts,
            next_attempt_at: null,
            last_error_code: error.code,
            last_error_message: `Gave up after ${attempts} attempts. Last: ${error.message}`,
          },
          nowIso(ctx),
        );
        continue;
      }
      const delay = delayFor(ctx, error, attempts);
      longest = Math.max(longest, delay);
      ctx.outbox.update(
        row,
        {
          state: 'pending',
          attempts,
          next_attempt_at: new Date(nowMs(ctx) + delay).toISOString(),
          last_error_code: error.code,
          last_error_message: error.message,
        },
        nowIso(ctx),
      );
    }
  })();
  if (counted) ctx.notBefore = Math.max(ctx.notBefore, nowMs(ctx) + longest);
  const action = batch[0]?.op ?? 'submit';
  logFailure(
    ctx,
    action,
    error,
    batch.length,
    durationMs,
    !counted ? (error.failureClass === 'auth' ? 'paused' : 'retry') : gaveUp > 0 ? 'failed' : 'retry',
  );
}

async function sendSubmits(ctx: RunContext, batch: readonly OutboxRow[]): Promise<string[]> {
  const items: SubmissionItem[] = batch.map((row) => ({
    idempotencyKey: row.id,
    clientLicenceId: row.licence_id,
    licence: (JSON.parse(row.payload) as SubmitPayload).licence,
  }));
  const results = await ctx.gateway.submit(ctx.token, items);
  const byKey = new Map(results.map((r) => [r.idempotencyKey, r]));
  const changed: string[] = [];
  const unanswered: OutboxRow[] = [];
  ctx.db.transaction(() => {
    for (const row of batch) {
      const result = byKey.get(row.id);
      if (!result) unanswered.push(row);
      else if ('record' in result) changed.push(...ctx.outcomes.complete(row, result.record));
      else
        changed.push(
          ...ctx.outcomes.fail(
            row,
            codeForPortalError(result.error.code),
            `${result.error.code}: ${result.error.message}`,
          ),
        );
    }
  })();
  if (unanswered.length > 0) {
    recordTransient(
      ctx,
      unanswered,
      new GatewayError('PROTOCOL', 'The portal answered the batch without a result for these licences.'),
      0,
    );
  }
  return changed;
}

async function sendOne(ctx: RunContext, row: OutboxRow): Promise<string[]> {
  const link = ctx.store.linkOf(row.licence_id);
  if (!link) {
    return ctx.db.transaction(() =>
      ctx.outcomes.fail(
        row,
        'NOT_FOUND',
        'This licence was never filed through sync, so the portal copy to change is unknown.',
      ),
    )();
  }
  const base = row.base_version ?? link.version;
  const record =
    row.op === 'cancel'
      ? await ctx.gateway.cancel(
          ctx.token,
          row.id,
          link.portalId,
          base,
          (JSON.parse(row.payload) as CancelPayload).reason,
        )
      : await ctx.gateway.correct(
          ctx.token,
          row.id,
          link.portalId,
          base,
          (JSON.parse(row.payload) as CorrectPayload).licence,
        );
  return ctx.db.transaction(() => ctx.outcomes.complete(row, record))();
}

/**
 * Sends what is due, oldest first: filings in batches, cancellations and corrections one by
 * one. Returns when nothing more is due within the run's patience; throws (after putting the
 * entries back) when the portal is unreachable or wants a new sign-in.
 */
export async function pushOutbox(ctx: RunContext): Promise<void> {
  const waiting = () => {
    const counts = ctx.outbox.counts();
    // Filings held for a later day are not part of this run's work.
    return counts.pending + counts.in_flight - ctx.outbox.held(localIsoDate(ctx.clock.now())).count;
  };
  let total = waiting();
  ctx.progress(0, total);
  while (!ctx.signal.aborted) {
    if (!(await waitForGate(ctx))) return;
    const due = ctx.outbox.due(nowIso(ctx), localIsoDate(ctx.clock.now()), ctx.timing.batchSize);
    if (due.length === 0) {
      const next = ctx.outbox.earliestNextAttempt();
      const wait = next === null ? null : Date.parse(next) - nowMs(ctx);
      if (wait === null || wait > ctx.timing.maxInlineWaitMs) return;
      await ctx.timing.sleep(Math.max(0, wait), ctx.signal);
      continue;
    }
    const first = due[0]!;
    const end = due.findIndex((row) => row.op !== 'submit');
    const batch = first.op === 'submit' ? due.slice(0, end === -1 ? due.length : end) : [first];
    const inFlight = markInFlight(ctx, batch);
    const started = performance.now();
    try {
      const changed = first.op === 'submit' ? await sendSubmits(ctx, inFlight) : await sendOne(ctx, inFlight[0]!);
      ctx.log.write({
        action: first.op,
        outcome: 'ok',
        count: batch.length,
        message: `${batch.length} sent; the portal answered.`,
        durationMs: performance.now() - started,
      });
      ctx.announce(changed);
    } catch (error) {
      if (!isGatewayError(error)) throw error;
      const duration = performance.now() - started;
      if (error.failureClass === 'permanent') {
        const changed = ctx.db.transaction(() =>
          inFlight.flatMap((row) =>
            ctx.outcomes.fail(row, error.code, error.message, { reasons: error.reasons, current: error.current }),
          ),
        )();
        logFailure(ctx, first.op, error, batch.length, duration, error.code === 'CONFLICT' ? 'conflict' : 'failed');
        ctx.announce(changed);
      } else {
        recordTransient(ctx, inFlight, error, duration);
        if (error.failureClass !== 'transient') throw error;
      }
    }
    const left = waiting();
    total = Math.max(total, left);
    ctx.progress(total - left, total);
  }
}
