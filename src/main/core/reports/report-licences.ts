import type { Db } from '#core/db/open-database';
import { AppError } from '#shared/contract';
import { displayDate } from '#shared/dates/iso-date';
import { isIdSelection, maxReportLicences, type ReportSelection } from '#shared/reports/report-selection';
import { countOf } from '#shared/text/plural';

/**
 * Turns a report selection into licence ids, in print order: a hand-picked set keeps the
 * order it was picked in; a date range runs by expected import date, then reference.
 */
export function createReportLicences(db: Db) {
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM licences WHERE id = ?');
  const inRange = db.prepare<[string, string, number], { id: string }>(
    `SELECT id FROM licences WHERE expected_import_date >= ? AND expected_import_date <= ?
     ORDER BY expected_import_date, reference COLLATE NOCASE, id LIMIT ?`,
  );

  return {
    resolve(selection: ReportSelection): string[] {
      if (isIdSelection(selection)) {
        const ids = [...new Set(selection.ids)];
        const missing = ids.find((id) => !exists.get(id));
        if (missing)
          throw new AppError(
            'NOT_FOUND',
            `No licence with id ${missing} exists (it may have been deleted); take it out of the selection.`,
            { id: missing },
          );
        return ids;
      }
      const ids = inRange.all(selection.importFrom, selection.importTo, maxReportLicences + 1).map((row) => row.id);
      if (ids.length > maxReportLicences) {
        throw new AppError(
          'VALIDATION',
          `More than ${maxReportLicences} licences are expected for import from ${displayDate(selection.importFrom)} to ${displayDate(selection.importTo)}; one report holds at most ${maxReportLicences}. Choose a shorter period.`,
          {
            issues: [
              {
                path: 'selection.importTo',
                message: `more than ${maxReportLicences} licences in the range`,
                rule: 'max-licences',
              },
            ],
          },
        );
      }
      return ids;
    },

    describe(selection: ReportSelection, count: number): string {
      if (isIdSelection(selection)) return `${countOf(count, 'selected licence')}`;
      return `Licences for import from ${displayDate(selection.importFrom)} to ${displayDate(selection.importTo)} (${count})`;
    },
  };
}
export type ReportLicences = ReturnType<typeof createReportLicences>;
