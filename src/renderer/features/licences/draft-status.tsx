import { displayTime } from '#shared/dates/iso-date';

import type { KeepingState } from './use-draft-keeping';

const time = displayTime;

/** One line beside the save buttons: where what was typed is (saved, autosaved, not written yet). */
export function DraftStatus({
  state,
  isNew,
  returnsToDraft,
}: {
  state: KeepingState;
  isNew: boolean;
  returnsToDraft: boolean;
}) {
  let text = '';
  if (state.kind === 'unwritten') text = 'Autosaving…';
  else if (state.kind === 'failed') text = `${state.message} Save the draft to try again.`;
  else if (state.kind === 'kept')
    text = returnsToDraft
      ? `Changes autosaved at ${time(state.at)}, not saved yet: the licence stays as it was until you save.`
      : `Autosaved at ${time(state.at)}. Leaving saves the draft.`;
  else if (state.kind === 'saved') text = `Saved at ${time(state.at)}.`;
  else if (isNew) text = 'Nothing typed yet. What you type is autosaved as a draft.';
  return (
    <p
      className={`draft-status ${state.kind === 'failed' ? 'draft-status-failed' : ''}`}
      role="status"
      aria-live="polite"
      data-state={state.kind}
      data-testid="draft-status"
    >
      {text}
    </p>
  );
}
