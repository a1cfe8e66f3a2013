import type { AuditLog } from '#core/audit/audit-log';
import { type BatchOutcome, eachNamed, noLicence, type Refusal } from '#core/batch';
import type { Clock } from '#core/clock';
import { assertCurrentVersion } from '#core/db/changed-elsewhere';
import type { Db } from '#core/db/open-database';
import type { EventBus } from '#core/events';
import { newId } from '#core/ids';
import type { LicenceRepository } from '#core/licences/licence-repository';
import type { LicenceValidator } from '#core/licences/licence-validator';
import { AppError } from '#shared/contract';
import { displayDate, isIsoDate, localIsoDate } from '#shared/dates/iso-date';
import { licenceLabel } from '#shared/licences/licence-label';
import { draftOf, type Licence, type LicenceDraft } from '#shared/licences/licence-schema';
import { licenceStatusLabels } from '#shared/licences/licence-status';
import { firstFileableDate } from '#shared/rules/filing-window';
import { filingRules } from '#shared/rules/licence-rules';
import type { RuleSettings } from '#shared/rules/rule';
import { portalContentOf } from '#shared/sync/portal-content';
import type { OutboxEntry, OutboxOp } from '#shared/sync/sync-model';
import { countOf } from '#shared/text/plural';

import type { ConflictRepository } from './conflict-repository';
import { eachNamedEntry } from './outbox-batch';
import { type OutboxRepository, type OutboxRow, rowToEntry } from './outbox-repository';
import { auditEntryClosed, auditEntryMoved } from './outbox-trail';
import type { SyncLog } from './sync-log';
import type { SyncStore } from './sync-store';

export type { BatchOutcome, Refusal } from '#core/batch';
/** When a queued filing may leave: at the next sync, or on the licence's first fileable day. */
export type QueueWhen = 'now' | 'first-fileable-day';

export interface QueueDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly events: EventBus;
  readonly licences: LicenceRepository;
  readonly validator: LicenceValidator;
  readonly outbox: OutboxRepository;
  readonly store: SyncStore;
  readonly conflicts: ConflictRepository;
  readonly log: SyncLog;
  readonly settings: () => RuleSettings;
}

const facts = (l: Licence) => ({ id: l.id, status: l.status, validFrom: l.validFrom, validThrough: l.validThrough });

/**
 * Putting work in the outbox. Each entry is written in the same transaction as the licence
 * change it stands for, with a fresh UUIDv7 that the portal will see as its idempotency key.
 */
export function createQueueService(deps: QueueDeps) {
  const { db, clock, audit, licences, validator, outbox, store, conflicts, log, settings } = deps;
  const now = () => clock.now().toISOString();

  function addEntry(
    licence: Licence,
    op: OutboxOp,
    payload: unknown,
    baseVersion: number | null,
    holdUntil: string | null = null,
  ): OutboxRow {
    const id = newId();
    outbox.insert(
      { id, licenceId: licence.id, reference: licence.reference, op, payload, baseVersion, holdUntil },
      now(),
    );
    const row = outbox.get(id)!;
    audit.append({ entity: 'outbox', entityId: id, action: `queue:${op}`, after: { ...rowToEntry(row), baseVersion } });
    return row;
  }

  function busy(licence: Licence): Refusal | null {
    const open = outbox.unfinishedFor(licence.id).filter((e) => e.state === 'pending' || e.state === 'in_flight');
    if (open.length === 0) return null;
    return {
      id: licence.id,
      reference: licence.reference,
      code: 'CONFLICT',
      message: `${licenceLabel(licence)} already has a request waiting for the portal; let it finish or withdraw it first.`,
    };
  }

  function issuedWithLink(licence: Licence): Refusal | null {
    if (licence.status !== 'issued') {
      return {
        id: licence.id,
        reference: licence.reference,
        code: 'CONFLICT',
        message: `${licenceLabel(licence)} is "${licenceStatusLabels[licence.status]}"; only an issued licence can be cancelled or corrected through the portal.`,
      };
    }
    if (!store.linkOf(licence.id)) {
      return {
        id: licence.id,
        reference: licence.reference,
        code: 'CONFLICT',
        message: `${licenceLabel(licence)} was recorded by hand, not filed through sync: cancel or correct it on the portal's web form.`,
      };
    }
    return busy(licence);
  }

  /** One transaction over a batch: each licence is acted on or refused (with why); a missing id is refused. */
  function eachLicence(ids: readonly string[], act: (licence: Licence) => Refusal | null): BatchOutcome {
    return db.transaction(() => eachNamed(ids, (id) => licences.get(id), noLicence, act))();
  }

  return {
    addEntry,

    /**
     * `now` (the default) files at the next sync: only a licence marked ready, judged as of today,
     * so a licence too early to file is refused (APPLICATION_TOO_EARLY, with its first fileable
     * day). `first-fileable-day` is the filer asking for it to be filed as soon as it can be: a
     * draft or ready licence is judged as of its first fileable day (or today, if that has come),
     * marked ready, and queued; its outbox entry is held until that day and sent then.
     */
    queue(
      ids: readonly string[],
      when: QueueWhen = 'now',
    ): BatchOutcome & { held: { id: string; reference: string; until: string }[] } {
      const held: { id: string; reference: string; until: string }[] = [];
      const today = localIsoDate(clock.now());
      const outcome = eachLicence(ids, (licence) => {
        const allowed = when === 'now' ? ['ready'] : ['draft', 'ready'];
        if (!allowed.includes(licence.status)) {
          return {
            id: licence.id,
            reference: licence.reference,
            code: 'CONFLICT',
            message:
              when === 'now'
                ? `${licenceLabel(licence)} is "${licenceStatusLabels[licence.status]}"; only licences marked ready to file can be queued.`
                : `${licenceLabel(licence)} is "${licenceStatusLabels[licence.status]}"; only a draft or a licence ready to file can be queued for its first fileable day.`,
          };
        }
        const draft = draftOf(licence);
        const first = isIsoDate(licence.expectedImportDate)
          ? firstFileableDate(licence.expectedImportDate, settings())
          : null;
        const fileOn = when === 'first-fileable-day' && first !== null && first > today ? first : today;
        // Fileability is judged as of the day it will be filed: today, or its first fileable day.
        const check = validator.check(draft, facts(licence), filingRules, fileOn);
        if (!check.result.valid) {
          const error = check.result.issues.find((i) => i.severity === 'error')!;
          const later =
            error.code === 'APPLICATION_TOO_EARLY' && first !== null
              ? ` Or queue it to be filed on ${displayDate(first)}: it waits in the outbox until then.`
              : '';
          return {
            id: licence.id,
            reference: licence.reference,
            code: 'VALIDATION',
            message: `${licenceLabel(licence)} has ${countOf(check.result.errors, 'error')} to fix first: ${error.message}${later}`,
          };
        }
        const waiting = busy(licence);
        if (waiting) return waiting;
        if (licence.status === 'draft') {
          licences.setState(licence.id, 'draft', { status: 'ready' }, now(), `ready to file on ${fileOn}`);
          audit.append({
            entity: 'licence',
            entityId: licence.id,
            action: 'status:ready',
            before: { status: 'draft' },
            after: { status: 'ready', fileOn },
          });
        }
        // A rejected filing that was fixed and is filed again: the old entry is closed, as a record.
        for (const old of outbox.unfinishedFor(licence.id).filter((e) => e.state === 'failed')) {
          outbox.update(old, { state: 'withdrawn' }, now());
          auditEntryClosed(audit, old, 'superseded', 'a new filing of the same licence');
        }
        const hold = fileOn > today ? fileOn : null;
        addEntry(licence, 'submit', { licence: portalContentOf(draft) }, null, hold);
        licences.setState(
          licence.id,
          'ready',
          { status: 'queued', rejectionReasons: [] },
          now(),
          hold ? `queued for sync; held until ${hold}, its first fileable day` : 'queued for sync',
        );
        if (hold) {
          held.push({ id: licence.id, reference: licence.reference, until: hold });
          log.write({
            action: 'hold',
            outcome: 'held',
            count: 1,
            message: `${licenceLabel(licence)} waits in the outbox until ${displayDate(hold)}: a licence can be applied for at most ${settings().earliestApplicationDaysBeforeImport} days before the expected import date (${displayDate(licence.expectedImportDate)}). It is sent on that day.`,
          });
        }
        audit.append({
          entity: 'licence',
          entityId: licence.id,
          action: 'status:queued',
          before: { status: 'ready' },
          after: { status: 'queued', ...(hold ? { heldUntil: hold } : {}) },
        });
        return null;
      });
      return { ...outcome, held };
    },

    cancel(ids: readonly string[], reason: string): BatchOutcome {
      return eachLicence(ids, (licence) => {
        const problem = issuedWithLink(licence);
        if (problem) return problem;
        addEntry(licence, 'cancel', { reason }, store.linkOf(licence.id)!.version);
        return null;
      });
    },

    correct(id: string, version: number, draft: LicenceDraft): OutboxEntry {
      return db.transaction(() => {
        const licence = licences.get(id);
        if (!licence) throw new AppError('NOT_FOUND', `No licence with id ${id} exists.`, { id });
        assertCurrentVersion(
          { what: 'licence', id, expected: version, notDone: 'nothing was queued' },
          licence.version,
        );
        const problem = issuedWithLink(licence);
        if (problem) throw new AppError('CONFLICT', problem.message, { id });
        const check = validator.check(draft, facts(licence));
        const errors = check.result.issues.filter((i) => i.severity === 'error');
        if (errors.length > 0) {
          throw new AppError(
            'VALIDATION',
            `The correction has ${countOf(errors.length, 'error')}: ${errors[0]!.message}`,
            {
              issues: errors.map((i) => ({ path: i.path, message: i.message, rule: i.code })),
            },
          );
        }
        licences.updateDraft(id, draft, now(), check.summary);
        const after = licences.get(id)!;
        audit.append({ entity: 'licence', entityId: id, action: 'correct', before: licence, after });
        return rowToEntry(addEntry(after, 'correct', { licence: portalContentOf(draft) }, store.linkOf(id)!.version));
      })();
    },

    retry(ids: readonly string[]): BatchOutcome {
      const changed: string[] = [];
      const refused: Refusal[] = [];
      db.transaction(() => {
        eachNamedEntry(outbox, ids, refused, (row) => {
          const id = row.id;
          const refuse = (message: string) => refused.push({ id, reference: row.reference, code: 'CONFLICT', message });
          if (row.state !== 'failed') refuse(`Only failed entries can be retried; this one is "${row.state}".`);
          else if (row.last_error_code === 'REJECTED')
            refuse(
              'The portal rejected this licence: sending the same content again would be rejected again. Fix the licence, mark it ready and queue it again.',
            );
          else if (row.last_error_code === 'CONFLICT' && conflicts.forEntry(row.id))
            refuse('The portal copy changed meanwhile: choose which version to keep in the conflicts list.');
          else if (row.last_error_code === 'FENCED')
            refuse('This request was withdrawn at the portal and can never be sent; withdraw it here too.');
          else {
            outbox.update(
              row,
              { state: 'pending', attempts: 0, next_attempt_at: null, last_error_code: null, last_error_message: null },
              now(),
            );
            auditEntryMoved(audit, row, 'retry', 'pending');
            changed.push(id);
          }
        });
      })();
      return { changed, refused };
    },
  };
}
export type QueueService = ReturnType<typeof createQueueService>;
