import type { AuditLog } from '#core/audit/audit-log';
import { eachNamed, noLicence, type Refusal } from '#core/batch';
import type { Clock } from '#core/clock';
import { assertCurrentVersion } from '#core/db/changed-elsewhere';
import type { Db } from '#core/db/open-database';
import type { EventBus } from '#core/events';
import { AppError } from '#shared/contract';
import type {
  LicenceCheck,
  LicencePage,
  LicenceQuery,
  manualTransitions,
  StoredCheck,
} from '#shared/contract/licences';
import { localIsoDate } from '#shared/dates/iso-date';
import { certificationStatement } from '#shared/licences/certification';
import { licenceLabel } from '#shared/licences/licence-label';
import { draftOf, type Licence, type LicenceDraft } from '#shared/licences/licence-schema';
import { canTransition, isEditable, type LicenceStatus, licenceStatusLabels } from '#shared/licences/licence-status';
import { mustStillKeep, recordKeepingNotice, recordKeepingRule } from '#shared/records/keep-until';
import { filingRules } from '#shared/rules/licence-rules';
import { countOf } from '#shared/text/plural';

import type { LicenceEdits } from './licence-edits';
import { createLicenceRecheck } from './licence-recheck';
import type { LicenceRepository } from './licence-repository';
import type { LicenceValidator } from './licence-validator';
import { createLicenceWorkingCopy } from './licence-working-copy';
import { sameContent } from './same-content';

export interface LicenceServiceDeps {
  readonly db: Db;
  readonly repo: LicenceRepository;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly events: EventBus;
  readonly validator: LicenceValidator;
  readonly edits: LicenceEdits;
  /** Who is certifying right now (the filer profile's contact person). */
  readonly certifier: () => string;
}

export interface CertifyOutcome {
  changed: string[];
  /** Already certified: nothing to record again. */
  unchanged: string[];
  refused: { id: string; reference: string; code: string; message: string }[];
}

export function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `No licence with id ${id} exists (it may have been deleted).`, { id });
}

export function createLicenceService({
  db,
  repo,
  clock,
  audit,
  events,
  validator,
  edits,
  certifier,
}: LicenceServiceDeps) {
  const now = () => clock.now().toISOString();
  const mustGet = (id: string): Licence => {
    const licence = repo.get(id);
    if (!licence) throw notFound(id);
    return licence;
  };
  const facts = (l: Licence) => ({ id: l.id, status: l.status, validFrom: l.validFrom, validThrough: l.validThrough });
  /** One transaction over a batch of stored licences: each is acted on or refused with why. */
  const eachStored = (ids: readonly string[], act: (licence: Licence) => Refusal | null) =>
    db.transaction(() => eachNamed(ids, (id) => repo.get(id), noLicence, act))();
  const auditCertified = (id: string, by: string, at: string) =>
    audit.append({
      entity: 'licence',
      entityId: id,
      action: 'certify',
      before: { certified: false },
      after: { certified: true, statement: certificationStatement, by, at },
    });

  function checkStored(licence: Licence): StoredCheck {
    const { result, summary } = validator.check(draftOf(licence), facts(licence));
    repo.setValidation(licence.id, summary);
    return {
      id: licence.id,
      reference: licence.reference,
      status: licence.status,
      certified: licence.certified,
      valid: result.valid,
      issues: result.issues,
      validation: summary,
    };
  }

  const workingCopy = createLicenceWorkingCopy({ db, edits, now, mustGet });
  const recheck = createLicenceRecheck({ db, repo, events, validator, mustGet, checkStored });

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

  function removeOne(before: Licence, confirmRecordKeeping: boolean): void {
    if (!isEditable(before.status)) {
      throw new AppError(
        'CONFLICT',
        `${licenceLabel(before)} is "${licenceStatusLabels[before.status]}": it was filed and is kept as a record; cancel it instead of deleting it.`,
        { id: before.id, status: before.status },
      );
    }
    if (!confirmRecordKeeping && mustStillKeep(before.keepUntil, localIsoDate(clock.now()))) {
      throw new AppError(
        'CONFIRMATION_REQUIRED',
        `${recordKeepingNotice(`Licence ${licenceLabel(before)}`, before.keepUntil!)} Confirm to delete it anyway.`,
        { id: before.id, rule: recordKeepingRule, keepUntil: before.keepUntil },
      );
    }
    repo.delete(before.id);
    audit.append({ entity: 'licence', entityId: before.id, action: 'delete', before });
  }

  /** The certification of a content change: recorded when `certified` is set, cleared when it is unset. */
  function certificationOf(before: Licence | null, draft: LicenceDraft, at: string): void {
    const id = before?.id;
    if (!id) return;
    if (draft.certified && !before.certified) {
      const by = certifier();
      repo.recordCertification(id, by, at);
      auditCertified(id, by, at);
    } else if (!draft.certified && before.certified) {
      repo.recordCertification(id, null, null);
    }
  }

  return {
    get: mustGet,
    list: (query: LicenceQuery): LicencePage => repo.list(query),
    /** The licences used on one customs entry (licence id → what it carried there). */
    usesOnEntry: (entryNumber: string) => repo.uses.onEntry(entryNumber),

    create(draft: LicenceDraft): Licence {
      const licence = db.transaction(() => {
        const at = now();
        const id = repo.insert(draft, at, validator.check(draft).summary);
        if (draft.certified) repo.recordCertification(id, certifier(), at);
        const created = mustGet(id);
        audit.append({ entity: 'licence', entityId: id, action: 'create', after: created });
        return created;
      })();
      events.emit('licences.changed', { ids: [licence.id], reason: 'created' });
      return licence;
    },

    /**
     * Saves a form's content over the licence. A save that changes nothing the licence records is
     * no change at all: same version, same status, no audit entry (a ready licence stays ready).
     * Either way the form's autosaved working copy is done with.
     */
    update(id: string, version: number, draft: LicenceDraft): Licence {
      let changed = true;
      const licence = db.transaction(() => {
        const before = mustGet(id);
        if (sameContent(draftOf(before), draft)) {
          changed = false;
          edits.discard(id);
          return before;
        }
        assertCurrentVersion({ what: 'licence', id, expected: version }, before.version);
        if (!isEditable(before.status)) {
          throw new AppError(
            'CONFLICT',
            `A licence that is "${licenceStatusLabels[before.status]}" can no longer be edited; copy it to start a new draft.`,
            { id, status: before.status },
          );
        }
        const at = now();
        repo.updateDraft(id, draft, at, validator.check(draft, { ...facts(before), status: 'draft' }).summary);
        // An edit to a licence marked ready (or rejected) sends it back to draft: it must be checked again.
        if (before.status !== 'draft') repo.setState(id, before.status, { status: 'draft' }, at, 'edited');
        edits.discard(id);
        const updated = mustGet(id);
        audit.append({ entity: 'licence', entityId: id, action: 'update', before, after: updated });
        certificationOf(before, draft, at);
        return mustGet(id);
      })();
      if (changed) events.emit('licences.changed', { ids: [id], reason: 'updated' });
      return licence;
    },

    /**
     * The filer certifies several licences at once: the statement is recorded on each (who, when)
     * and in the audit trail. Filed licences are refused; certified ones are left as they are.
     */
    certify(ids: readonly string[]): CertifyOutcome {
      const outcome: CertifyOutcome = { changed: [], unchanged: [], refused: [] };
      db.transaction(() => {
        const at = now();
        const by = certifier();
        for (const id of ids) {
          const licence = repo.get(id);
          if (!licence) {
            outcome.refused.push({ id, reference: '', code: 'NOT_FOUND', message: `No licence with id ${id} exists.` });
          } else if (!isEditable(licence.status)) {
            outcome.refused.push({
              id,
              reference: licence.reference,
              code: 'CONFLICT',
              message: `${licenceLabel(licence)} is "${licenceStatusLabels[licence.status]}": it was filed already, so there is nothing to certify.`,
            });
          } else if (licence.certified) {
            outcome.unchanged.push(id);
          } else {
            repo.certify(id, by, at);
            auditCertified(id, by, at);
            outcome.changed.push(id);
          }
        }
      })();
      if (outcome.changed.length > 0) events.emit('licences.changed', { ids: outcome.changed, reason: 'updated' });
      return outcome;
    },

    ...workingCopy,

    /**
     * Deletes a licence that was never filed. One still inside its record-keeping period is
     * deleted only when the caller says it was confirmed (`confirmRecordKeeping`): every host (the
     * UI's dialog, the CLI, a script) has to ask, none can skip it silently.
     */
    remove(id: string, confirmRecordKeeping = false): { id: string } {
      db.transaction(() => removeOne(mustGet(id), confirmRecordKeeping))();
      events.emit('licences.changed', { ids: [id], reason: 'deleted' });
      return { id };
    },

    /** Several at once, in one transaction: each is deleted or refused with why. */
    removeMany(ids: readonly string[], confirmRecordKeeping = false) {
      const { changed, refused } = eachStored(ids, (licence) => {
        try {
          removeOne(licence, confirmRecordKeeping);
          return null;
        } catch (error) {
          const appError = error as AppError;
          return { id: licence.id, reference: licence.reference, code: appError.code, message: appError.message };
        }
      });
      if (changed.length > 0) events.emit('licences.changed', { ids: changed, reason: 'deleted' });
      return { changed, refused };
    },

    validate(ids: readonly string[]): StoredCheck[] {
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
      const { changed, refused } = eachStored(ids, (licence) => {
        const refuse = (code: string, message: string) => ({
          id: licence.id,
          reference: licence.reference,
          code,
          message,
        });
        if (!canTransition(licence.status, to))
          return refuse(
            'CONFLICT',
            `${licenceLabel(licence)} is "${licenceStatusLabels[licence.status]}" and cannot become "${licenceStatusLabels[to]}".`,
          );
        if (to === 'ready') {
          checkStored(licence);
          // Filing needs the content rules and the filer's certification.
          const filing = validator.check(draftOf(licence), facts(licence), filingRules).result;
          if (!filing.valid)
            return refuse(
              'VALIDATION',
              `${licenceLabel(licence)} has ${countOf(filing.errors, 'error')} to fix before it can be filed: ${filing.issues.find((i) => i.severity === 'error')?.message ?? ''}`,
            );
        }
        changeState(licence, to, note);
        return null;
      });
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

    ...recheck,
  };
}
export type LicenceService = ReturnType<typeof createLicenceService>;
