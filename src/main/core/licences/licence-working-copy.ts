import type { Db } from '#core/db/open-database';
import { AppError } from '#shared/contract';
import { licenceLabel } from '#shared/licences/licence-label';
import { draftOf, type Licence, type LicenceDraft } from '#shared/licences/licence-schema';
import { isEditable, licenceStatusLabels } from '#shared/licences/licence-status';

import type { LicenceEdits } from './licence-edits';
import { sameContent } from './same-content';

interface WorkingCopyDeps {
  readonly db: Db;
  readonly edits: LicenceEdits;
  readonly now: () => string;
  readonly mustGet: (id: string) => Licence;
}

/**
 * The form's autosaved working copy of a licence: kept apart from the licence (no version, no audit
 * entry) until the form saves, and offered again when a form closed without saving is reopened.
 */
export function createLicenceWorkingCopy({ db, edits, now, mustGet }: WorkingCopyDeps) {
  return {
    /** Keeps the form's working copy (no version, no audit entry); nothing is kept when it equals the licence. */
    keepEdit(id: string, baseVersion: number, draft: LicenceDraft): { pending: boolean; savedAt: string | null } {
      return db.transaction(() => {
        const licence = mustGet(id);
        if (!isEditable(licence.status)) {
          throw new AppError(
            'CONFLICT',
            `${licenceLabel(licence)} is "${licenceStatusLabels[licence.status]}" and can no longer be edited; copy it to start a new draft.`,
            { id, status: licence.status },
          );
        }
        if (sameContent(draftOf(licence), draft)) {
          edits.discard(id);
          return { pending: false, savedAt: null };
        }
        const at = now();
        edits.keep(id, baseVersion, draft, at);
        return { pending: true, savedAt: at };
      })();
    },

    /** The working copy left by a form that was closed without saving, if any. */
    keptEdit(id: string) {
      const licence = mustGet(id);
      const kept = edits.get(id);
      return kept ? { ...kept, stale: kept.baseVersion !== licence.version } : null;
    },

    discardEdit(id: string): { id: string } {
      db.transaction(() => edits.discard(id))();
      return { id };
    },

    keptEdits: () => edits.list(),
  };
}
