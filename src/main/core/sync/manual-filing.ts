import Papa from 'papaparse';

import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { LicenceRepository } from '#core/licences/licence-repository';
import { AppError } from '#shared/contract';
import { localIsoDate, plusDays } from '#shared/dates/iso-date';
import { licenceLabel } from '#shared/licences/licence-label';
import { draftOf } from '#shared/licences/licence-schema';
import { licenceStatusLabels } from '#shared/licences/licence-status';
import type { AppSettings } from '#shared/settings/app-settings';
import { bulkUploadRows } from '#shared/sync/bulk-upload';

import type { OutboxRepository } from './outbox-repository';
import { auditEntryClosed } from './outbox-trail';
import type { SyncLog } from './sync-log';

export interface ManualFilingDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly licences: LicenceRepository;
  readonly outbox: OutboxRepository;
  readonly settings: () => AppSettings;
  readonly log: SyncLog;
}

/**
 * The manual path: the licence is filed on the portal's web form (or by its bulk upload) and
 * the licence number the portal showed is recorded here.
 */
export function createManualFiling(deps: ManualFilingDeps) {
  const { db, clock, audit, licences, outbox, settings, log } = deps;
  const now = () => clock.now().toISOString();
  const numberHolder = db.prepare<[string, string], { id: string; reference: string }>(
    'SELECT id, reference FROM licences WHERE licence_number = ? AND id <> ?',
  );

  return {
    record(input: { id: string; licenceNumber: string; validFrom: string; validThrough: string }) {
      const result = db.transaction(() => {
        const licence = licences.get(input.id);
        if (!licence) throw new AppError('NOT_FOUND', `No licence with id ${input.id} exists.`, { id: input.id });
        if (licence.status !== 'ready' && licence.status !== 'queued') {
          throw new AppError(
            'CONFLICT',
            `${licenceLabel(licence)} is "${licenceStatusLabels[licence.status]}": a licence number is recorded by hand only for a licence ready to file (or queued and not yet sent).`,
            { id: licence.id },
          );
        }
        const entries = outbox.unfinishedFor(licence.id);
        if (entries.some((e) => e.state === 'in_flight' || e.attempts > 0)) {
          throw new AppError(
            'CONFLICT',
            `${licenceLabel(licence)} may already have reached the portal through sync. Wait for the sync result, or withdraw its queue entry first, so it is not filed twice.`,
            { id: licence.id },
          );
        }
        const holder = numberHolder.get(input.licenceNumber, licence.id);
        if (holder) {
          throw new AppError(
            'CONFLICT',
            `Licence number ${input.licenceNumber} is already recorded on ${holder.reference ? `"${holder.reference}"` : `licence ${holder.id.slice(-8)}`}; check the number the portal showed.`,
            { field: 'licenceNumber' },
          );
        }
        const validFrom = input.validFrom || localIsoDate(clock.now());
        const validThrough = input.validThrough || plusDays(validFrom, settings().licence.validityDays - 1);
        if (validThrough < validFrom)
          throw new AppError('VALIDATION', 'Valid through must be on or after valid from.', {
            issues: [{ path: 'validThrough', message: 'Valid through must be on or after valid from.' }],
          });
        for (const entry of entries) {
          outbox.update(entry, { state: 'withdrawn', next_attempt_at: null }, now());
          auditEntryClosed(audit, entry, 'withdraw', 'filed by hand');
        }
        licences.setState(
          licence.id,
          licence.status,
          { status: 'submitted' },
          now(),
          'filed by hand on the portal web form',
        );
        licences.setState(
          licence.id,
          'submitted',
          { status: 'issued', licenceNumber: input.licenceNumber, validFrom, validThrough, rejectionReasons: [] },
          now(),
          `licence ${input.licenceNumber} recorded by hand`,
        );
        audit.append({
          entity: 'licence',
          entityId: licence.id,
          action: 'status:issued',
          before: { status: licence.status },
          after: { status: 'issued', licenceNumber: input.licenceNumber, validFrom, validThrough, source: 'manual' },
        });
        log.write({
          action: 'manual',
          outcome: 'ok',
          count: 1,
          message: `Licence number ${input.licenceNumber} recorded by hand for ${licenceLabel(licence)}.`,
        });
        return { id: licence.id, licenceNumber: input.licenceNumber, validFrom, validThrough };
      })();
      return result;
    },

    exportBulk(ids: readonly string[]) {
      const chosen = ids.map((id) => {
        const licence = licences.get(id);
        if (!licence) throw new AppError('NOT_FOUND', `No licence with id ${id} exists.`, { id });
        if (licence.status !== 'ready') {
          throw new AppError(
            'VALIDATION',
            `${licenceLabel(licence)} is "${licenceStatusLabels[licence.status]}"; only licences ready to file go into a bulk-upload file.`,
            { id },
          );
        }
        return { group: licence.reference || licence.id, draft: draftOf(licence) };
      });
      const rows = bulkUploadRows(chosen);
      // CRLF and a header row: what spreadsheet-style upload templates usually expect.
      const content = Papa.unparse(rows, { newline: '\r\n', quotes: true, escapeFormulae: true });
      return {
        fileName: `aim-bulk-upload-${localIsoDate(clock.now())}.csv`,
        content,
        rows: rows.length - 1,
        licences: chosen.length,
      };
    },
  };
}
