import { daysBetween } from '#shared/dates/iso-date';

import { type HtsRevision, inForce } from './hts';
import type { ReferenceData } from './reference-data';

/**
 * How old the HTS data may get before the app says so: the app's own choice. USITC publishes
 * several revisions a year (2025 had more than twenty), so four months without a newer one means
 * revisions are very likely missing.
 */
export const staleAfterDays = 120;

export interface ReferenceFreshness {
  /** The HTS revision in force today. */
  readonly inForce: Pick<HtsRevision, 'id' | 'label' | 'effectiveFrom' | 'sourceDate'>;
  /** The newest revision known (it may take effect later than today). */
  readonly newest: Pick<HtsRevision, 'id' | 'label' | 'effectiveFrom' | 'sourceDate'>;
  /** Days from the newest revision's date (its effective or source date, the later) to today. */
  readonly ageDays: number;
  readonly stale: boolean;
}

const pick = ({ id, label, effectiveFrom, sourceDate }: HtsRevision) => ({ id, label, effectiveFrom, sourceDate });

export function referenceFreshness(data: Pick<ReferenceData, 'htsRevisions'>, today: string): ReferenceFreshness {
  const newest = [...data.htsRevisions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)).at(-1)!;
  const newestDate = newest.sourceDate > newest.effectiveFrom ? newest.sourceDate : newest.effectiveFrom;
  const ageDays = Math.max(0, daysBetween(newestDate, today));
  return {
    inForce: pick(inForce(data.htsRevisions, today)),
    newest: pick(newest),
    ageDays,
    stale: ageDays > staleAfterDays,
  };
}
