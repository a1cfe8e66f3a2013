import type { z } from 'zod';

import { newId } from '#core/ids';
import { AppError } from '#shared/contract';
import { displayDate } from '#shared/dates/iso-date';
import { formatEntryNumber, normaliseEntryNumber } from '#shared/licences/entry-number';
import { licenceLabel } from '#shared/licences/licence-label';
import { draftOf, type Licence } from '#shared/licences/licence-schema';
import { canRecordUse, statusLabel } from '#shared/licences/licence-status';
import type { LicenceUse, recordUseSchema } from '#shared/licences/licence-use';
import { licenceRules } from '#shared/rules/licence-rules';
import { validateLicence } from '#shared/rules/validate-licence';

import type { LicenceServiceDeps } from './licence-service';

export type LicenceUseServiceDeps = Pick<
  LicenceServiceDeps,
  'db' | 'repo' | 'clock' | 'audit' | 'events' | 'validator'
>;

type RecordUse = z.output<typeof recordUseSchema>;

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION', message, { issues: [{ path, message, rule: 'licence-use' }] });

/** The entry-number rules of the licence rule engine (format, check digit): one judge for both places. */
const entryNumberRules = licenceRules.filter((rule) => rule.code.startsWith('ENTRY_NUMBER'));

/**
 * Recording the customs entries a licence was used on. The actual date of importation is what the
 * licence's validity is judged by (domain note §8): a use on a day outside it is refused here, and
 * one entry has one date of importation whichever licences it carries. A regular licence covers
 * one shipment and becomes "used"; a low-value licence stays usable for further entries.
 */
export function createLicenceUseService({ db, repo, clock, audit, events, validator }: LicenceUseServiceDeps) {
  const now = () => clock.now().toISOString();
  const mustGet = (id: string): Licence => {
    const licence = repo.get(id);
    if (!licence)
      throw new AppError('NOT_FOUND', `No licence with id ${id} exists (it may have been deleted).`, { id });
    return licence;
  };

  function checkEntryNumber(licence: Licence, entryNumber: string): void {
    const { issues } = validateLicence(
      { ...draftOf(licence), entryNumber },
      validator.context(draftOf(licence)),
      entryNumberRules,
    );
    const error = issues.find((issue) => issue.severity === 'error');
    if (error) throw invalid('entryNumber', error.message);
  }

  function refuseUnusable(licence: Licence): void {
    if (canRecordUse(licence.status, licence.licenceKind)) return;
    const first = licence.uses[0];
    throw new AppError(
      'CONFLICT',
      licence.status === 'used' && first
        ? `${licenceLabel(licence)} was already used on entry ${formatEntryNumber(first.entryNumber)} (imported ${displayDate(first.importDate)}). A regular licence covers one shipment: file another licence for this entry.`
        : `${licenceLabel(licence)} is "${statusLabel(licence.status, licence.licenceKind)}": only an issued licence can be used on a customs entry.`,
      { id: licence.id, status: licence.status },
    );
  }

  function checkDate(licence: Licence, entryNumber: string, importDate: string): void {
    const { validFrom, validThrough } = licence;
    if (validFrom && validThrough && (importDate < validFrom || importDate > validThrough)) {
      throw invalid(
        'importDate',
        `${licenceLabel(licence)} is valid ${displayDate(validFrom)} to ${displayDate(validThrough)}; goods imported on ${displayDate(importDate)} are not covered by it. A licence is judged by the date of importation: use a licence valid on that day.`,
      );
    }
    for (const [otherId, other] of repo.uses.onEntry(entryNumber)) {
      if (otherId !== licence.id && other.importDate !== importDate) {
        const otherLicence = repo.get(otherId);
        throw invalid(
          'importDate',
          `Entry ${formatEntryNumber(entryNumber)} is already recorded as imported on ${displayDate(other.importDate)} (with ${otherLicence ? licenceLabel(otherLicence) : 'another licence'}); one entry has one date of importation. Use that date, or take back the other record first.`,
        );
      }
    }
  }

  function useLines(licence: Licence, input: RecordUse): LicenceUse['lines'] {
    if (!input.lines) {
      return licence.lines.map((line) => ({
        lineId: line.id,
        htsCode: line.htsCode,
        quantityKg: line.quantityKg ?? 0,
        valueUsd: line.valueUsd ?? 0,
      }));
    }
    const seen = new Set<string>();
    return input.lines.map((entered, i) => {
      const line = licence.lines.find((l) => l.id === entered.lineId);
      if (!line || seen.has(entered.lineId)) {
        throw invalid(
          `lines.${i}.lineId`,
          line
            ? `Product line ${licence.lines.indexOf(line) + 1} is listed twice; enter each product line once.`
            : `Entered line ${i + 1} names a product line this licence does not have. Reload the licence and try again.`,
        );
      }
      seen.add(entered.lineId);
      return { lineId: line.id, htsCode: line.htsCode, quantityKg: entered.quantityKg, valueUsd: entered.valueUsd };
    });
  }

  return {
    record(input: RecordUse): Licence {
      const licence = db.transaction(() => {
        const before = mustGet(input.id);
        refuseUnusable(before);
        const entryNumber = normaliseEntryNumber(input.entryNumber);
        checkEntryNumber(before, input.entryNumber);
        if (before.uses.some((use) => use.entryNumber === entryNumber)) {
          throw new AppError(
            'CONFLICT',
            `${licenceLabel(before)} is already recorded on entry ${formatEntryNumber(entryNumber)}.`,
            { id: before.id, entryNumber },
          );
        }
        checkDate(before, entryNumber, input.importDate);
        const use = {
          id: newId(),
          licenceId: before.id,
          entryNumber,
          importDate: input.importDate,
          note: input.note,
          lines: useLines(before, input),
        };
        repo.uses.insert(use, now());
        if (before.status === 'issued') {
          repo.setState(
            before.id,
            'issued',
            { status: 'used' },
            now(),
            `used on entry ${formatEntryNumber(entryNumber)}, imported ${input.importDate}`,
          );
        }
        const after = mustGet(before.id);
        audit.append({
          entity: 'licence',
          entityId: before.id,
          action: 'use:record',
          before: { status: before.status, uses: before.uses.length },
          after: { status: after.status, use: { ...use, licenceId: undefined } },
        });
        return after;
      })();
      events.emit('licences.changed', { ids: [licence.id], reason: 'status' });
      return licence;
    },

    remove(id: string, useId: string): Licence {
      const licence = db.transaction(() => {
        const before = mustGet(id);
        const use = before.uses.find((u) => u.id === useId);
        if (!use) {
          throw new AppError(
            'NOT_FOUND',
            `${licenceLabel(before)} has no such entry recorded (it may have been taken back).`,
            {
              id,
              useId,
            },
          );
        }
        repo.uses.delete(useId, id);
        if (before.status === 'used' && before.uses.length === 1) {
          repo.setState(
            id,
            'used',
            { status: 'issued' },
            now(),
            `entry ${formatEntryNumber(use.entryNumber)} taken back`,
          );
        }
        const after = mustGet(id);
        audit.append({
          entity: 'licence',
          entityId: id,
          action: 'use:remove',
          before: { use },
          after: { status: after.status },
        });
        return after;
      })();
      events.emit('licences.changed', { ids: [licence.id], reason: 'status' });
      return licence;
    },
  };
}
export type LicenceUseService = ReturnType<typeof createLicenceUseService>;
