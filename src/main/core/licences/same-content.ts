import type { LicenceDraft } from '../../../shared/licence/licence-schema';
import { draftColumns, lineColumns } from './licence-row';

/**
 * A draft as the database would hold it: HTS as digits, countries upper-cased, money in cents,
 * empty links as null. Line ids are left out: the same lines in the same order are the same
 * content, whichever ids the caller sent.
 */
function storedForm(draft: LicenceDraft): string {
  return JSON.stringify({
    columns: draftColumns(draft),
    lines: draft.lines.map(lineColumns),
  });
}

/** True when saving `next` over `stored` would change nothing the licence records. */
export const sameContent = (stored: LicenceDraft, next: LicenceDraft): boolean =>
  storedForm(stored) === storedForm(next);
