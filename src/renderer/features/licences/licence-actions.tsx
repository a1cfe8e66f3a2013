import { useState } from 'react';
import { Button, Dialog, Heading, Input, Label, Modal, ModalOverlay, TextField } from 'react-aria-components';
import { useLocation } from 'wouter';

import { useAction } from '#renderer/api/use-action';
import { ErrorBanner } from '#renderer/components/error-banner';
import { notify } from '#renderer/components/toasts';
import { heldNote } from '#renderer/features/sync/format';
import { useReference } from '#renderer/reference/use-reference';
import type { Licence } from '#shared/licences/licence-schema';
import { canRecordUse } from '#shared/licences/licence-status';

import { useFirstFileableDay } from './first-fileable-day';
import { RecordUseDialog } from './record-use-dialog';

type Ask = { kind: 'cancel' } | null;

/** What can be done next with a licence, depending on where it is in its lifecycle. */
export function LicenceActions({ licence }: { licence: Licence }) {
  const [, navigate] = useLocation();
  const [ask, setAsk] = useState<Ask>(null);
  const [recording, setRecording] = useState(false);
  const { settings } = useReference();
  const [text, setText] = useState('');
  const queueNow = useAction('sync.queue');
  const toDraft = useAction('licences.transition');
  const cancel = useAction('sync.cancel');
  const error = (queueNow.error ?? toDraft.error)?.message;
  // Too early to file today: the form's foot offers to queue it for its first fileable day instead.
  const firstDay = useFirstFileableDay(licence);

  const report = (title: string, outcome: { changed: string[]; refused: { message: string }[] }) => {
    const refused = outcome.refused[0];
    notify(refused ? { tone: 'error', title: 'Not changed', detail: refused.message } : { tone: 'success', title });
  };
  const cancelAtPortal = async () => {
    const outcome = await cancel.run({ ids: [licence.id], reason: text });
    if (!outcome) return;
    report('Cancellation queued for the portal', outcome);
    setAsk(null);
    setText('');
  };

  const buttons: React.ReactNode[] = [];
  if (licence.status === 'ready' && !firstDay) {
    buttons.push(
      <Button
        key="queue"
        className="button button-primary"
        onPress={() =>
          void queueNow.run({ ids: [licence.id] }).then((outcome) => {
            if (!outcome) return;
            if (outcome.held.length > 0) notify({ tone: 'success', title: 'Queued', detail: heldNote(outcome.held) });
            else report('Queued for the next sync', outcome);
          })
        }
      >
        Queue for sync
      </Button>,
      <Button key="manual" className="button button-secondary" onPress={() => navigate(`/sync/manual/${licence.id}`)}>
        File by hand
      </Button>,
      <Button
        key="draft"
        className="button button-quiet"
        onPress={() =>
          void toDraft
            .run({ ids: [licence.id], to: 'draft', note: '' })
            .then((outcome) => outcome && report('Back to draft', outcome))
        }
      >
        Back to draft
      </Button>,
    );
  }
  if (canRecordUse(licence.status, licence.licenceKind)) {
    buttons.push(
      <Button key="used" className="button button-primary" onPress={() => setRecording(true)}>
        {licence.uses.length > 0 ? 'Record another entry' : 'Record the entry it was used on'}
      </Button>,
    );
  }
  if (licence.status === 'issued') {
    buttons.push(
      <Button
        key="correct"
        className="button button-secondary"
        onPress={() => navigate(`/licences/${licence.id}/correct`)}
      >
        Correct at the portal
      </Button>,
      <Button
        key="cancel"
        className="button button-danger"
        onPress={() => {
          cancel.reset();
          setAsk({ kind: 'cancel' });
        }}
      >
        Cancel licence
      </Button>,
    );
  }
  if (buttons.length === 0 && !error) return null;

  return (
    <div className="licence-actions" role="group" aria-label="Next steps">
      {buttons}
      <ErrorBanner message={error} />
      <RecordUseDialog
        licence={licence}
        lowValueLimitUsd={settings?.rules.lowValueThresholdUsd ?? 5000}
        isOpen={recording}
        onClose={() => setRecording(false)}
      />
      <ModalOverlay
        className="modal-overlay"
        isOpen={ask !== null}
        onOpenChange={(open) => !open && setAsk(null)}
        isDismissable
      >
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title" className="dialog-title">
              Cancel this licence at the portal
            </Heading>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void cancelAtPortal();
              }}
            >
              <TextField className="field" value={text} onChange={setText} autoFocus isRequired>
                <Label className="field-label">Reason for cancelling</Label>
                <Input className="field-input" />
              </TextField>
              <ErrorBanner message={cancel.error?.message} />
              <div className="dialog-actions">
                <Button className="button button-secondary" onPress={() => setAsk(null)}>
                  Back
                </Button>
                <Button type="submit" className="button button-danger" isDisabled={cancel.busy || text.trim() === ''}>
                  Cancel licence
                </Button>
              </div>
            </form>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </div>
  );
}
