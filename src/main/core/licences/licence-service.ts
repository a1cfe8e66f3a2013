import { AppError } from '../../../shared/contract';
import type { LicenceCheck, LicencePage, LicenceQuery, manualTransitions } from '../../../shared/contract/licences';
import { draftOf, emptyDraft, type Licence, type LicenceDraft } from '../../../shared/licence/licence-schema';
import {
  canTransition,
  isEditable,
  licenceStatusLabels,
  openStatuses,
  type LicenceStatus,
} from '../../../shared/licence/licence-status';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { mustStillKeep, recordKeepingNotice, recordKeepingRule } from '../../../shared/records/keep-until';
import { filingRules } from '../../../shared/rules/licence-rules';
import type { AuditLog } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import type { EventBus } from '../events';
import type { LicenceRepository } from './licence-repository';
import type { LicenceValidator } from './licence-validator';

export interface LicenceServiceDeps {
  readonly db: Db;
  readonly repo: LicenceRepository;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly events: EventBus;
  readonly validator: LicenceValidator;
}

export function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `No licence with id ${id} exists (it may have been deleted).`, { id });
}

const label = (licence: Licence) => (licence.reference ? `"${licence.reference}"` : `licence ${licence.id.slice(-8)}`);

export function createLicenceService({ db, repo, clock, audit, events, validator }: LicenceServiceDeps) {
  const now = () => clock.now().toISOString();
  const mustGet = (id: string): Licence => {
    const licence = repo.get(id);
    if (!licence) throw notFound(id);
    return licence;
  };
  const facts = (l: Licence) => ({ id: l.id, status: l.status, validFrom: l.validFrom, validThrough: l.validThrough });

  function checkStored(licence: Licence): LicenceCheck {
    const { result, summary } = validator.check(draftOf(licence), facts(licence));
    repo.setValidation(licence.id, summary);
    return {
      id: licence.id,
      reference: licence.reference,
      valid: result.valid,
      issues: result.issues,
      validation: summary,
    };
  }

  function changeState(licence: Licence, to: LicenceStatus, note: string): void {
    repo.setState(licence.id, licence.status, { status: to }, now(), note);
    audit.append({
      entity: 'licence',
      entityId: licence.id,
      action: `status:${to}`,
      before: { status: licence.status },
      after: { status: to, note },
    });
  }

  return {
    get: mustGet,
    list: (query: LicenceQuery): LicencePage => repo.list(query),
    /** The licences used on one customs entry (licence id → what it carried there). */
    usesOnEntry: (entryNumber: string) => repo.uses.onEntry(entryNumber),

    create(draft: LicenceDraft): Licence {
      const licence = db.transaction(() => {
        const id = repo.insert(draft, now(), validator.check(draft).summary);
        const created = mustGet(id);
        audit.append({ entity: 'licence', entityId: id, action: 'create', after: created });
        return created;
      })();
      events.emit('licences.changed', { ids: [licence.id], reason: 'created' });
      return licence;
    },

    update(id: string, version: number, draft: LicenceDraft): Licence {
      const licence = db.transaction(() => {
        const before = mustGet(id);
        if (before.version !== version) {
          throw new AppError(
            'CONFLICT',
            `This licence was changed elsewhere since you opened it (your copy is version ${version}, the saved one is ${before.version}). Reload it to see the changes; your edits have not been saved.`,
            { id, expected: version, actual: before.version },
          );
        }
        if (!isEditable(before.status)) {
          throw new AppError(
            'CONFLICT',
            `A licence that is "${licenceStatusLabels[before.status]}" can no longer be edited; duplicate it to start a new draft.`,
            { id, status: before.status },
          );
        }
        repo.updateDraft(id, draft, now(), validator.check(draft, { ...facts(before), status: 'draft' }).summary);
        // An edit to a licence marked ready (or rejected) sends it back to draft: it must be checked again.
        if (before.status !== 'draft') repo.setState(id, before.status, { status: 'draft' }, now(), 'edited');
        const after = mustGet(id);
        audit.append({ entity: 'licence', entityId: id, action: 'update', before, after });
        return after;
      })();
      events.emit('licences.changed', { ids: [id], reason: 'updated' });
      return licence;
    },

    /**
     * Deletes a licence that was never filed. One still inside its record-keeping period is
     * deleted only when the caller says it was confirmed (`confirmRecordKeeping`): every host (the
     * UI's dialog, the CLI, a script) has to ask, none can skip it silently.
     */
    remove(id: string, confirmRecordKeeping = false): { id: string } {
      db.transaction(() => {
        const before = mustGet(id);
        if (!isEditable(before.status)) {
          throw new AppError(
            'CONFLICT',
            `A licence that is "${licenceStatusLabels[before.status]}" was sent to the portal and is kept as a record; cancel it instead of deleting it.`,
            { id, status: before.status },
          );
        }
        if (!confirmRecordKeeping && mustStillKeep(before.keepUntil, localIsoDate(clock.now()))) {
          throw new AppError(
            'CONFIRMATION_REQUIRED',
            `${recordKeepingNotice(`Licence ${label(before)}`, before.keepUntil!)} Confirm to delete it anyway.`,
            { id, rule: recordKeepingRule, keepUntil: before.keepUntil },
          );
        }
        repo.delete(id);
        audit.append({ entity: 'licence', entityId: id, action: 'delete', before });
      })();
      events.emit('licences.changed', { ids: [id], reason: 'deleted' });
      return { id };
    },

    validate(ids: readonly string[]): LicenceCheck[] {
      const checks = db.transaction(() => ids.map((id) => checkStored(mustGet(id))))();
      events.emit('licences.changed', { ids: [...ids], reason: 'revalidated' });
      return checks;
    },

    check(draft: LicenceDraft, id?: string): Omit<LicenceCheck, 'id'> {
      const stored = id ? repo.get(id) : null;
      const { result, summary } = validator.check(draft, stored ? { ...facts(stored), status: 'draft' } : {});
      return { reference: draft.reference, valid: result.valid, issues: result.issues, validation: summary };
    },

    transition(ids: readonly string[], to: (typeof manualTransitions)[number], note: string) {
      const changed: string[] = [];
      const refused: { id: string; reference: string; code: string; message: string }[] = [];
      db.transaction(() => {
        for (const id of ids) {
          const licence = repo.get(id);
          if (!licence) {
            refused.push({ id, reference: '', code: 'NOT_FOUND', message: `No licence with id ${id} exists.` });
            continue;
          }
          if (!canTransition(licence.status, to)) {
            refused.push({
              id,
              reference: licence.reference,
              code: 'CONFLICT',
              message: `${label(licence)} is "${licenceStatusLabels[licence.status]}" and cannot become "${licenceStatusLabels[to]}".`,
            });
            continue;
          }
          if (to === 'ready') {
            checkStored(licence);
            // Filing needs the content rules and the filer's certification.
            const filing = validator.check(draftOf(licence), facts(licence), filingRules).result;
            if (!filing.valid) {
              refused.push({
                id,
                reference: licence.reference,
                code: 'VALIDATION',
                message: `${label(licence)} has ${filing.errors} error(s) to fix before it can be filed: ${filing.issues.find((i) => i.severity === 'error')?.message ?? ''}`,
              });
              continue;
            }
          }
          changeState(licence, to, note);
          changed.push(id);
        }
      })();
      if (changed.length > 0) events.emit('licences.changed', { ids: changed, reason: 'status' });
      return { changed, refused };
    },

    duplicate(id: string): Licence {
      const source = mustGet(id);
      const draft = draftOf(source);
      return this.create({
        ...draft,
        reference: draft.reference ? `${draft.reference} (copy)`.slice(0, 60) : '',
        entryNumber: '',
        certified: false,
        lines: draft.lines.map(({ id: _lineId, ...line }) => line),
      });
    },

    history: (id: string) => {
      mustGet(id);
      return repo.history(id);
    },

    /**
     * Re-judges every open licence (new reference data, changed settings, a new day) in batches,
     * each its own short transaction so the app stays responsive. Returns how many were checked.
     */
    /**
     * Open licences last judged on another day or with other reference data ("import date
     * past" depends on today). Run at start-up, in batches that yield to the event loop, so a
     * large register never holds the window.
     */
    async revalidateStale(batchSize = 500): Promise<number> {
      const validator0 = validator.context(emptyDraft());
      const ids = repo.staleIds(openStatuses, validator0.asOf, validator0.reference.version);
      for (let start = 0; start < ids.length; start += batchSize) {
        const batch = ids.slice(start, start + batchSize);
        db.transaction(() =>
          batch.forEach((id) => {
            const licence = repo.get(id);
            if (licence) checkStored(licence);
          }),
        )();
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (ids.length > 0) events.emit('licences.changed', { ids: ids.length > 1000 ? [] : ids, reason: 'revalidated' });
      return ids.length;
    },

    revalidateOpen(batchSize = 1000): number {
      const ids = repo.idsWithStatus(openStatuses);
      for (let start = 0; start < ids.length; start += batchSize) {
        const batch = ids.slice(start, start + batchSize);
        db.transaction(() => batch.forEach((id) => checkStored(mustGet(id))))();
      }
      if (ids.length > 0) events.emit('licences.changed', { ids: ids.length > 1000 ? [] : ids, reason: 'revalidated' });
      return ids.length;
    },
  };
}
export type LicenceService = ReturnType<typeof createLicenceService>;
