import { Button } from 'react-aria-components';

import type { KeptEdit } from '#shared/contract/licences';
import { displayDateTime } from '#shared/dates/iso-date';
import type { Licence } from '#shared/licences/licence-schema';
import { statusLabel } from '#shared/licences/licence-status';

interface LicenceFormNoticesProps {
  readonly correction: boolean;
  /** Autosaved changes from an earlier visit, restored into the form. */
  readonly restored: KeptEdit | null;
  readonly changedElsewhere: boolean;
  readonly current: Licence | null;
  /** Saving returns a licence marked ready (or rejected) to draft. */
  readonly returnsToDraft: boolean;
  readonly hasChanges: boolean;
  readonly onDiscard: () => void;
}

/** What the form says above its fields: a correction, restored changes, a change elsewhere, a return to draft. */
export function LicenceFormNotices(props: LicenceFormNoticesProps) {
  const { correction, restored, changedElsewhere, current, returnsToDraft, hasChanges, onDiscard } = props;
  return (
    <>
      {correction ? (
        <p className="banner banner-info">
          You are correcting an issued licence: the change is sent to the portal with the next sync, and the portal
          decides on it.
        </p>
      ) : null}
      {restored ? (
        <div className="banner banner-info" role="status" data-testid="restored-banner">
          <p>
            <strong>Restored your unsaved changes</strong> from {displayDateTime(restored.savedAt)} (autosaved, not
            saved to the licence yet).
            {restored.stale ? ' The licence changed after them; saving replaces that version with this one.' : ''}
          </p>
          <Button className="button button-quiet button-small" onPress={onDiscard}>
            Discard these changes
          </Button>
        </div>
      ) : null}
      {changedElsewhere ? (
        <div className="banner banner-warning" role="status">
          <p>
            This licence changed while you were editing it (it is now “
            {current ? statusLabel(current.status, current.licenceKind) : ''}”). Saving replaces that version with
            yours.
          </p>
          <Button className="button button-quiet button-small" onPress={onDiscard}>
            Discard my changes
          </Button>
        </div>
      ) : null}
      {returnsToDraft && current && hasChanges && !correction ? (
        <p className="banner banner-warning" role="status" data-testid="returns-to-draft">
          This licence is “{statusLabel(current.status, current.licenceKind)}”. Saving these changes returns it to
          draft: it must be checked, certified and marked ready again. Until you save, it stays as it was.
        </p>
      ) : null}
    </>
  );
}
