import { maxKeysPerLookup } from '#shared/limits';
import type { LookupResult } from '#shared/sync/portal-protocol';
import { countOf } from '#shared/text/plural';

import type { OutboxRow } from './outbox-repository';
import { codeForPortalError, nowIso, type RunContext, withRetry } from './run-context';

/** Applies what the portal says about keys whose outcome we do not know; returns changed licences. */
export function applyLookups(
  ctx: Pick<RunContext, 'outbox' | 'outcomes' | 'clock'>,
  rows: readonly OutboxRow[],
  results: readonly LookupResult[],
): { changed: string[]; resent: number; settled: number } {
  const byKey = new Map(results.map((r) => [r.idempotencyKey, r]));
  const changed: string[] = [];
  let resent = 0;
  let settled = 0;
  for (const row of rows) {
    const result = byKey.get(row.id);
    if (!result) continue;
    switch (result.state) {
      case 'completed':
        changed.push(...ctx.outcomes.complete(row, result.record));
        settled += 1;
        break;
      case 'failed':
        changed.push(
          ...ctx.outcomes.fail(
            row,
            codeForPortalError(result.error.code),
            `${result.error.code}: ${result.error.message}`,
            { reasons: result.error.reasons ?? [], current: result.current ?? null },
          ),
        );
        settled += 1;
        break;
      case 'fenced':
        changed.push(...ctx.outcomes.fail(row, 'FENCED', 'The portal refuses this request: it was withdrawn earlier.'));
        settled += 1;
        break;
      case 'unknown':
        // The portal never saw it: sending it (with the same key) cannot file twice.
        ctx.outbox.update(row, { state: 'pending' }, nowIso(ctx));
        resent += 1;
        break;
    }
  }
  return { changed, resent, settled };
}

/**
 * Entries left "in flight" (the app stopped or crashed while waiting for an answer) are asked
 * about by idempotency key before anything is sent again: an entry the portal acted on is
 * finished with its answer, and only an entry the portal never saw goes back in the queue.
 */
export async function reconcileInFlight(ctx: RunContext): Promise<void> {
  const stuck = ctx.outbox.inFlight();
  for (let start = 0; start < stuck.length && !ctx.signal.aborted; start += maxKeysPerLookup) {
    const rows = stuck.slice(start, start + maxKeysPerLookup);
    const began = performance.now();
    const results = await withRetry(ctx, 'reconcile', () =>
      ctx.gateway.lookup(
        ctx.token,
        rows.map((r) => r.id),
        false,
      ),
    );
    const outcome = ctx.db.transaction(() => applyLookups(ctx, rows, results))();
    ctx.log.write({
      action: 'reconcile',
      outcome: 'ok',
      count: rows.length,
      message: `${countOf(rows.length, 'request')} had no answer when sync stopped: ${outcome.settled} settled from the portal's record, ${outcome.resent} never reached it and wait to be sent.`,
      durationMs: performance.now() - began,
    });
    ctx.announce(outcome.changed);
  }
}
