import { countOf } from '#shared/text/plural';

import { type RunContext, withRetry } from './run-context';

/** Safety stop: a portal that always says "more" cannot keep a run going forever. */
const maxPages = 10_000;

/**
 * Reads what the portal decided since the last cursor (numbers issued after review,
 * rejections, cancellations, corrections made on the portal) and applies each page with its
 * cursor in one transaction, so a page is never half-applied and never skipped. Repeated
 * deliveries are harmless: a version already held is ignored.
 */
export async function pullChanges(ctx: RunContext): Promise<void> {
  let cursor = ctx.store.cursor(ctx.portalUrl);
  for (let page = 0; page < maxPages && !ctx.signal.aborted; page += 1) {
    const started = performance.now();
    const reply = await withRetry(ctx, 'changes', () =>
      ctx.gateway.changes(ctx.token, cursor, ctx.timing.changesPageSize),
    );
    let applied = 0;
    let repeats = 0;
    let conflicts = 0;
    let foreign = 0;
    const changed = ctx.db.transaction(() => {
      const ids: string[] = [];
      for (const change of reply.changes) {
        const outcome = ctx.outcomes.applyChange(change.record);
        if (!outcome.known) foreign += 1;
        else if (outcome.changed.length === 0 && !outcome.conflict) repeats += 1;
        else applied += 1;
        if (outcome.conflict) conflicts += 1;
        ids.push(...outcome.changed);
      }
      ctx.store.setCursor(ctx.portalUrl, reply.cursor);
      return ids;
    })();
    if (reply.changes.length > 0 || page === 0) {
      // In plain words: what the portal sent back and what became of it here.
      const parts: string[] = [];
      if (applied > 0) parts.push(`${applied} recorded here`);
      if (repeats > 0) parts.push(`${repeats} already recorded`);
      if (foreign > 0) parts.push(`${foreign} about licences not filed from this computer`);
      if (conflicts > 0) parts.push(`${countOf(conflicts, 'conflict')} kept for you to choose`);
      const message =
        reply.changes.length === 0
          ? 'No new updates from the portal.'
          : `${countOf(reply.changes.length, 'update')} from the portal: ${parts.join(', ')}.`;
      ctx.log.write({
        action: 'changes',
        outcome: conflicts > 0 ? 'conflict' : 'ok',
        count: reply.changes.length,
        message,
        durationMs: performance.now() - started,
      });
    }
    ctx.announce(changed);
    cursor = reply.cursor;
    if (!reply.hasMore) return;
  }
}
