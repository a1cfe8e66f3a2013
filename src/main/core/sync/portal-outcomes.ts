import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import { newId } from '#core/ids';
import type { LicenceRepository } from '#core/licences/licence-repository';
import type { LicenceValidator } from '#core/licences/licence-validator';
import type { Licence } from '#shared/licences/licence-schema';
import { canTransition, type LicenceStatus } from '#shared/licences/licence-status';
import { draftOfPortalContent } from '#shared/sync/portal-content';
import type {
  PortalLicenceContent,
  PortalLicenceRecord,
  PortalReason,
  PortalStatus,
} from '#shared/sync/portal-protocol';
import type { SyncErrorCode } from '#shared/sync/sync-model';

import type { ConflictRepository, Mine } from './conflict-repository';
import type { OutboxRepository, OutboxRow } from './outbox-repository';
import type { SyncStore } from './sync-store';

export interface OutcomeDeps {
  readonly licences: LicenceRepository;
  readonly outbox: OutboxRepository;
  readonly store: SyncStore;
  readonly conflicts: ConflictRepository;
  readonly audit: AuditLog;
  readonly clock: Clock;
  readonly validator: LicenceValidator;
}

const statusFor: Record<PortalStatus, LicenceStatus> = {
  'in-review': 'submitted',
  issued: 'issued',
  rejected: 'rejected',
  cancelled: 'cancelled',
};

/** "Importer number is required. [REQUIRED at importerNumber]": the portal's words, with its code. */
export const reasonText = (r: PortalReason): string => `${r.message} [${r.code}${r.path ? ` at ${r.path}` : ''}]`;

/**
 * Turns what the portal decided into local state: licence status, number and validity, the
 * portal link (its id and version), finished outbox entries and kept conflicts. Every method
 * runs inside the caller's transaction and returns the licences it changed, so the caller can
 * announce them after commit.
 */
export function createPortalOutcomes(deps: OutcomeDeps) {
  const { licences, outbox, store, conflicts, audit, clock, validator } = deps;
  const now = () => clock.now().toISOString();

  /** Moves the licence to the status the portal reports, through "submitted" when needed. */
  function moveLicence(licence: Licence, record: PortalLicenceRecord, note: string): boolean {
    const target = statusFor[record.status];
    const fields = {
      licenceNumber: record.licenceNumber ?? licence.licenceNumber,
      validFrom: record.validFrom ?? licence.validFrom,
      validThrough: record.validThrough ?? licence.validThrough,
      rejectionReasons:
        record.status === 'rejected'
          ? record.reasons.map(reasonText)
          : record.status === 'issued'
            ? []
            : licence.rejectionReasons,
    };
    const sameFields =
      fields.licenceNumber === licence.licenceNumber &&
      fields.validFrom === licence.validFrom &&
      fields.validThrough === licence.validThrough &&
      JSON.stringify(fields.rejectionReasons) === JSON.stringify(licence.rejectionReasons);
    if (licence.status === target && sameFields) return false;
    let path: LicenceStatus[];
    if (licence.status === target || canTransition(licence.status, target)) path = [target];
    else if (canTransition(licence.status, 'submitted') && canTransition('submitted', target))
      path = ['submitted', target];
    else return false;
    let from = licence.status;
    for (const step of path) {
      const final = step === target;
      licences.setState(
        licence.id,
        from,
        final ? { status: step, ...fields } : { status: step },
        now(),
        final ? note : 'received by the portal',
      );
      from = step;
    }
    audit.append({
      entity: 'licence',
      entityId: licence.id,
      action: `status:${target}`,
      before: { status: licence.status, licenceNumber: licence.licenceNumber },
      after: { status: target, ...fields, portalId: record.portalId, portalVersion: record.version, source: 'portal' },
    });
    return true;
  }

  /** Replaces the licence's content with the portal's, keeping local line ids by position (evidence points at them). */
  function takeContent(licence: Licence, content: PortalLicenceContent): void {
    const draft = draftOfPortalContent(content, licence.notes);
    draft.lines = draft.lines.map((line, index) => {
      const id = licence.lines[index]?.id;
      return id ? { ...line, id } : line;
    });
    const check = validator.check(draft, {
      id: licence.id,
      status: licence.status,
      validFrom: licence.validFrom,
      validThrough: licence.validThrough,
    });
    licences.updateDraft(licence.id, draft, now(), check.summary);
  }

  const statusNote = (record: PortalLicenceRecord) =>
    record.status === 'issued'
      ? `licence ${record.licenceNumber ?? ''} issued by the portal`
      : record.status === 'rejected'
        ? 'rejected by the portal'
        : record.status === 'cancelled'
          ? 'cancelled on the portal'
          : 'in review at the portal';

  return {
    /** Our entry's request is known to have taken effect: record the portal's answer. */
    complete(entry: OutboxRow, record: PortalLicenceRecord): string[] {
      const licence = licences.get(entry.licence_id);
      const link = store.linkOf(entry.licence_id);
      if (!link || link.version <= record.version) store.saveLink(entry.licence_id, record, now());
      const rejected = entry.op === 'submit' && record.status === 'rejected';
      if (rejected) {
        const message = `Rejected by the portal: ${record.reasons.map(reasonText).join(' ') || 'no reason given'}`;
        outbox.finish(entry.id, 'failed', record, now(), { code: 'REJECTED', message });
      } else {
        outbox.finish(entry.id, 'done', record, now());
      }
      audit.append({
        entity: 'outbox',
        entityId: entry.id,
        action: rejected ? 'rejected' : 'done',
        before: { state: entry.state },
        after: { portalId: record.portalId, version: record.version, status: record.status },
      });
      if (!licence) return [];
      if (entry.op === 'correct' && !rejected) takeContent(licence, record.licence);
      const moved = moveLicence(licences.get(entry.licence_id) ?? licence, record, statusNote(record));
      return moved || entry.op === 'correct' ? [licence.id] : [];
    },

    /** A final refusal of our entry (validation, version conflict, unknown licence, fenced key). */
    fail(
      entry: OutboxRow,
      code: SyncErrorCode,
      message: string,
      extra: { reasons?: readonly PortalReason[]; current?: PortalLicenceRecord | null } = {},
    ): string[] {
      const reasons = extra.reasons ?? [];
      const fullMessage = reasons.length > 0 ? `${message} ${reasons.map(reasonText).join(' ')}` : message;
      outbox.finish(entry.id, 'failed', extra.current ?? null, now(), { code, message: fullMessage });
      audit.append({
        entity: 'outbox',
        entityId: entry.id,
        action: 'failed',
        before: { state: entry.state },
        after: { code, message: fullMessage },
      });
      const licence = licences.get(entry.licence_id);
      if (!licence) return [];
      if (code === 'CONFLICT' && extra.current) {
        store.saveLink(licence.id, extra.current, now());
        const payload = JSON.parse(entry.payload) as { licence?: PortalLicenceContent; reason?: string };
        const mine: Mine = {
          baseVersion: entry.base_version ?? 0,
          licence: payload.licence ?? null,
          cancelReason: payload.reason ?? null,
        };
        conflicts.add({ id: newId(), licenceId: licence.id, entryId: entry.id, mine, portal: extra.current }, now());
        return [licence.id];
      }
      if (code === 'REJECTED' && reasons.length > 0) {
        const prefix =
          entry.op === 'submit' ? '' : `${entry.op === 'cancel' ? 'Cancellation' : 'Correction'} refused: `;
        const to = entry.op === 'submit' && canTransition(licence.status, 'rejected') ? 'rejected' : licence.status;
        licences.setState(
          licence.id,
          licence.status,
          { status: to, rejectionReasons: reasons.map((r) => prefix + reasonText(r)) },
          now(),
          'refused by the portal',
        );
        audit.append({
          entity: 'licence',
          entityId: licence.id,
          action: `status:${to}`,
          before: { status: licence.status },
          after: { status: to, reasons, source: 'portal' },
        });
        return [licence.id];
      }
      return [];
    },

    /**
     * A change reported by the portal's change feed. Repeats (a version we already have) are
     * ignored, answers to our own requests finish the entry, and a change made on the portal
     * while we have a correction waiting is kept as a conflict instead of overwriting either side.
     */
    applyChange(record: PortalLicenceRecord): { changed: string[]; conflict: boolean; known: boolean } {
      const link = store.linkByPortalId(record.portalId);
      const licenceId = link?.licenceId ?? (licences.get(record.clientLicenceId) ? record.clientLicenceId : null);
      if (!licenceId) return { changed: [], conflict: false, known: false };
      if (link && record.version <= link.version) return { changed: [], conflict: false, known: true };
      const unfinished = outbox.unfinishedFor(licenceId);
      const ours = record.lastOperationKey ? unfinished.find((e) => e.id === record.lastOperationKey) : undefined;
      if (ours) return { changed: this.complete(ours, record), conflict: false, known: true };

      store.saveLink(licenceId, record, now());
      const licence = licences.get(licenceId);
      if (!licence) return { changed: [], conflict: false, known: true };
      const waitingCorrection = unfinished.find(
        (e) => e.op === 'correct' && e.state !== 'in_flight' && !conflicts.forEntry(e.id),
      );
      const contentChanged = JSON.stringify(record.licence) !== JSON.stringify(link?.record.licence ?? record.licence);
      if (contentChanged && waitingCorrection) {
        this.fail(
          waitingCorrection,
          'CONFLICT',
          'The licence was changed on the portal after this correction was prepared.',
          { current: record },
        );
        return { changed: [licenceId], conflict: true, known: true };
      }
      if (contentChanged && !unfinished.some((e) => e.op === 'correct')) takeContent(licence, record.licence);
      const moved = moveLicence(licences.get(licenceId) ?? licence, record, statusNote(record));
      return { changed: moved || contentChanged ? [licenceId] : [], conflict: false, known: true };
    },

    takeContent,
    moveLicence,
  };
}
export type PortalOutcomes = ReturnType<typeof createPortalOutcomes>;
