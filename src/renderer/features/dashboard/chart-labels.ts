import { addMonths, endOfMonth, endOfYear, format, parseISO, startOfMonth, startOfYear } from 'date-fns';

import type { ChartsQuery } from '#shared/contract/dashboard';
import { countryName, NOT_APPLICABLE, UNKNOWN } from '#shared/reference/countries';
import { bundledCoveredScope } from '#shared/reference/hts';

/** Bar labels a person reads without a legend: country names, month names, product groups. */

export function countryLabel(key: string): string {
  if (key === 'OTHER') return 'Other countries';
  if (key === '') return 'Not given yet';
  if (key === NOT_APPLICABLE) return 'N/A (secondary only)';
  if (key === UNKNOWN) return 'Unknown';
  return countryName(key);
}

export const monthLabel = (key: string): string =>
  /^\d{4}-\d{2}$/.test(key) ? format(parseISO(`${key}-01`), 'MMM yyyy') : key;

const scope = bundledCoveredScope.revisions.at(-1)!;

/** "7606 Plates, sheets and strip"; 7616 covers castings and forgings only (7616.99.51.60/.70). */
export function headingLabel(key: string): string {
  if (key === 'OTHER') return 'Other headings';
  if (key === '') return 'No HTS number yet';
  const names = [
    ...new Set(scope.categories.filter((c) => c.prefix.startsWith(key)).map((c) => c.category.toLowerCase())),
  ];
  if (names.length === 0) return key;
  const text = names.join(' and ');
  return `${key} ${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export const periods = ['recent', 'year', 'all'] as const;
export type Period = (typeof periods)[number];
export const periodLabels: Record<Period, string> = {
  recent: 'Past 12 months and next 3',
  year: 'This calendar year',
  all: 'All dates',
};

/** The expected-import-date range a period stands for, as of today. */
export function periodQuery(period: Period, today: string): ChartsQuery {
  const day = parseISO(today);
  const iso = (date: Date) => format(date, 'yyyy-MM-dd');
  switch (period) {
    case 'recent':
      return { importFrom: iso(startOfMonth(addMonths(day, -11))), importTo: iso(endOfMonth(addMonths(day, 3))) };
    case 'year':
      return { importFrom: iso(startOfYear(day)), importTo: iso(endOfYear(day)) };
    case 'all':
      return { importFrom: '', importTo: '' };
  }
}
