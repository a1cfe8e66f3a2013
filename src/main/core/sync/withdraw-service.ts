import type { SyncErrorCode } from '../../../shared/sync/sync-model';
import type { CredentialStore } from './credential-store';
import { eachNamedEntry } from './outbox-batch';
import type { OutboxRow } from './outbox-repository';
import { auditEntryMoved } from './outbox-trail';
import { isGatewayError, type PortalGateway } from './portal-gateway';
import type { BatchOutcome, Refusal } from './queue-service';
import { applyLookups } from './reconcile';
import type { SyncEngine } from './sync-engine';
import type { SyncLog } from './sync-log';
import type { SyncRecords } from './sync-records';
import { countOf } from '../../../shared/text/plural';

export interface WithdrawDeps extends SyncRecords {
  readonly credentials: CredentialStore;
  readonly engine: SyncEngine;
  readonly log: SyncLog;
  readonly gatewayFor: (portalUrl: string, signal: AbortSignal) => PortalGateway;
}

// The portal gave a final answer to these: nothing was applied there, so withdrawing is safe.
const answeredCodes: readonly (SyncErrorCode | null)[] = ['REJECTED', 'CONFLICT', 'FENCED', 'NOT_FOUND'];

/**
 * Withdrawing takes entries out of the queue. An entry that may have reached the portal (it was
 * tried and the answer was lost) is first looked up there with `fence`, so the portal refuses
 * that key for ever: a withdrawn licence can then never be filed behind the user's back.
 */
export function createWithdrawService(deps: WithdrawDeps) {
  const { db, clock, audit, licences, outbox, store, conflicts, outcomes, credentials, engine, log } = deps;
  const now = () => clock.now().toISOString();

  function withdrawLocally(row: OutboxRow): string {
    outbox.update(row, { state: 'withdrawn', next_attempt_at: null }, now());
    const conflict = conflicts.forEntry(row.id);
    if (conflict) conflicts.resolve(conflict.id, 'withdrawn', now());
    auditEntryMoved(audit, row, 'withdraw', 'withdrawn');
    const licence = licences.get(row.licence_id);
    if (licence && row.op === 'submit' && licence.status === 'queued') {
      licences.setState(licence.id, 'queued', { status: 'ready' }, now(), 'withdrawn from the sync queue');
      audit.append({
        entity: 'licence',
        entityId: licence.id,
        action: 'status:ready',
        before: { status: 'queued' },
        after: { status: 'ready' },
      });
    }
    const link = store.linkOf(row.licence_id);
    if (licence && row.op === 'correct' && link) {
      // Our correction is given up: the licence shows the portal's copy again.
      outcomes.takeContent(licence, link.record.licence);
      licences.setState(licence.id, licence.status, { status: licence.status, rejectionReasons: [] }, now(), '');
    }
    return row.licence_id;
  }

  return {
    /** Returns the entries withdrawn (`changed`), the licences that changed, and the refusals. */
    withdraw(ids: readonly string[]): Promise<BatchOutcome & { licences: string[] }> {
      return engine.exclusive(async () => {
        const changed: string[] = [];
        const withdrawn: string[] = [];
        const refused: Refusal[] = [];
        const uncertain: OutboxRow[] = [];
        db.transaction(() => {
          eachNamedEntry(outbox, ids, refused, (row) => {
            const id = row.id;
            if (row.state === 'done' || row.state === 'withdrawn') {
              refused.push({
                id,
                reference: row.reference,
                code: 'CONFLICT',
                message: `This entry is already ${row.state === 'done' ? 'done' : 'withdrawn'}.`,
              });
            } else if (row.state === 'in_flight') {
              refused.push({
                id,
                reference: row.reference,
                code: 'CONFLICT',
                message: 'This entry is being sent right now; wait for the answer.',
              });
            } else if (row.attempts === 0 || (row.state === 'failed' && answeredCodes.includes(row.last_error_code))) {
              changed.push(withdrawLocally(row));
              withdrawn.push(row.id);
            } else {
              uncertain.push(row);
            }
          });
        })();
        if (uncertain.length === 0) return { changed: withdrawn, licences: changed, refused };

        const settings = store.settings();
        const creds = await credentials.get();
        const unavailable = (message: string) =>
          uncertain.forEach((row) =>
            refused.push({ id: row.id, reference: row.reference, code: 'UNAVAILABLE', message }),
          );
        if (!creds || creds.portalUrl !== settings.portalUrl || store.authPaused()) {
          unavailable(
            'This request may have reached the portal. Sign in so the portal can confirm it never filed it; then withdraw it.',
          );
          return { changed: withdrawn, licences: changed, refused };
        }
        try {
          const gateway = deps.gatewayFor(settings.portalUrl, new AbortController().signal);
          const results = await gateway.lookup(
            creds.token,
            uncertain.map((r) => r.id),
            true,
          );
          const settled = db.transaction(() => {
            const byKey = new Map(results.map((r) => [r.idempotencyKey, r]));
            const reached = uncertain.filter((row) => {
              const state = byKey.get(row.id)?.state;
              return state === 'completed' || state === 'failed';
            });
            const outcome = applyLookups({ outbox, outcomes, clock }, reached, results);
            for (const row of uncertain) {
              const state = byKey.get(row.id)?.state;
              if (state === 'unknown' || state === 'fenced' || state === 'failed') {
                changed.push(withdrawLocally(outbox.get(row.id)!));
                withdrawn.push(row.id);
              } else
                refused.push({
                  id: row.id,
                  reference: row.reference,
                  code: 'CONFLICT',
                  message:
                    'The portal had already received this request and acted on it; its answer is now recorded, so nothing was withdrawn.',
                });
            }
            return outcome.changed;
          })();
          changed.push(...settled);
          log.write({
            action: 'withdraw',
            outcome: 'ok',
            count: uncertain.length,
            message: `${countOf(uncertain.length, 'request')} checked and fenced at the portal before withdrawing.`,
          });
        } catch (error) {
          if (!isGatewayError(error)) throw error;
          log.write({
            action: 'withdraw',
            outcome: 'failed',
            code: error.code,
            httpStatus: error.httpStatus,
            count: uncertain.length,
            message: error.message,
          });
          unavailable(
            `The portal could not confirm it never received this request (${error.message}). Nothing was withdrawn; try again when connected.`,
          );
        }
        return { changed: withdrawn, licences: [...new Set(changed)], refused };
      });
    },
  };
}
