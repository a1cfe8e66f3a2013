import { addMonths, endOfMonth, format, parseISO, startOfMonth } from 'date-fns';

import type { ImportRange } from '#shared/reports/report-selection';

/** What a report usually covers: the last full quarter-ish and what is coming, by expected import date. */
export function defaultImportRange(today: string): ImportRange {
  const day = parseISO(today);
  return {
    importFrom: format(startOfMonth(addMonths(day, -2)), 'yyyy-MM-dd'),
    importTo: format(endOfMonth(addMonths(day, 1)), 'yyyy-MM-dd'),
  };
}
