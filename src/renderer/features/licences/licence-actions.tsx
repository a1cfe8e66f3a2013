import { useState } from 'react';
import { Button, Dialog, Heading, Input, Label, Modal, ModalOverlay, TextField } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { AppError } from '../../../shared/contract';
import { displayDate, localIsoDate } from '../../../shared/dates/iso-date';
import type { Licence } from '../../../shared/licence/licence-schema';
import { canRecordUse } from '../../../shared/licence/licence-status';
import { tooEarlyUntil } from '../../../shared/rules/filing-window';
import { useClient } from '../../api/client-context';
import { useAction } from '../../api/use-action';
import { notify } from '../../components/toasts';
import { ErrorBanner } from '../../components/error-banner';
import { useReference } from '../../reference/use-reference';
import { heldNote } from '../sync/format';
import { RecordUseDialog } from './record-use-dialog';

type Ask = { kind: 'cancel' } | null;

/** What can be done next with a licence, depending on where it is in its lifecycle. */
export function LicenceActions({ licence }: { licence: Licence }) {
  const client = useClient();
  const [, navigate] = useLocation();
  const [ask, setAsk] = useState<Ask>(null);
  const [recording, setRecording] = useState(false);
  const { settings } = useReference();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const schedule = useAction('sync.queue');
  // Too early to file today: it can still be queued to go on its first fileable day.
  const firstDay =
    settings && (licence.status === 'draft' || licence.status === 'ready')
      ? tooEarlyUntil(licence.expectedImportDate, localIsoDate(new Date()), settings.rules)
      : null;
  const queueForFirstDay = async () => {
    const outcome = await schedule.run({ ids: [licence.id], when: 'first-fileable-day' });
    if (!outcome) return;
    const refused = outcome.refused[0];
    notify(
      refused
        ? { tone: 'error', title: 'Not queued', detail: refused.message }
        : { tone: 'success', title: 'Queued', detail: heldNote(outcome.held) || 'It is sent at the next sync.' },
    );
  };

  const report = (title: string, outcome: { changed: string[]; refused: { message: string }[] }) => {
    const refused = outcome.refused[0];
    notify(refused ? { tone: 'error', title: 'Not changed', detail: refused.message } : { tone: 'success', title });
  };
  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
      setAsk(null);
      setText('');
    } catch (e) {
      setError((e as AppError).message);
    }
  };

  const buttons: React.ReactNode[] = [];
  if (firstDay) {
    buttons.push(
      <Button key="first-day" className="button button-primary" onPress={() => void queueForFirstDay()}>
        Queue to file on {displayDate(firstDay)}
      </Button>,
    );
  }
  if (licence.status === 'ready' && !firstDay) {
    buttons.push(
      <Button
        key="queue"
        className="button button-primary"
        onPress={() =>
          void run(async () => {
            const outcome = await client.call('sync.queue', { ids: [licence.id] });
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
          void run(async () =>
            report(
              'Back to draft',
              await client.call('licences.transition', { ids: [licence.id], to: 'draft', note: '' }),
            ),
          )
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
      <Button key="cancel" className="button button-danger" onPress={() => setAsk({ kind: 'cancel' })}>
        Cancel licence
      </Button>,
    );
  }
  if (buttons.length === 0 && !error) return null;

  return (
    <div className="licence-actions" role="group" aria-label="Next steps">
      {buttons}
      <ErrorBanner message={error ?? schedule.error?.message} />
      {firstDay ? (
        <p className="muted small" data-testid="first-fileable-day">
          Too early to file today: a licence can be applied for at most{' '}
          {settings?.rules.earliestApplicationDaysBeforeImport} days before the expected import date. Queued now, it
          waits in the outbox and is sent on {displayDate(firstDay)}.
        </p>
      ) : null}
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
                void run(async () =>
                  report(
                    'Cancellation queued for the portal',
                    await client.call('sync.cancel', { ids: [licence.id], reason: text }),
                  ),
                );
              }}
            >
              <TextField className="field" value={text} onChange={setText} autoFocus isRequired>
                <Label className="field-label">Reason for cancelling</Label>
                <Input className="field-input" />
              </TextField>
              <div className="dialog-actions">
                <Button className="button button-secondary" onPress={() => setAsk(null)}>
                  Back
                </Button>
                <Button type="submit" className="button button-danger" isDisabled={text.trim() === ''}>
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
