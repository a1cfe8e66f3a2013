import { Button } from 'react-aria-components';

import { useAction } from '#renderer/api/use-action';
import { ErrorBanner } from '#renderer/components/error-banner';
import { notify } from '#renderer/components/toasts';
import { heldNote } from '#renderer/features/sync/format';
import { useReference } from '#renderer/reference/use-reference';
import { displayDate, localIsoDate } from '#shared/dates/iso-date';
import type { Licence } from '#shared/licences/licence-schema';
import { tooEarlyUntil } from '#shared/rules/filing-window';

/** The first day a draft or ready licence can be filed, when that is after today (else null). */
export function useFirstFileableDay(licence: Licence): string | null {
  const { settings } = useReference();
  return settings && (licence.status === 'draft' || licence.status === 'ready')
    ? tooEarlyUntil(licence.expectedImportDate, localIsoDate(new Date()), settings.rules)
    : null;
}

/**
 * Too early to file today: the licence can still be queued to go on its first fileable day. Shown
 * below the form's own buttons, never above the form: it comes and goes with the saved import date,
 * so above the form it would push the fields down (and close an open picker) while a person types.
 */
export function FirstFileableDay({ licence }: { licence: Licence }) {
  const { settings } = useReference();
  const firstDay = useFirstFileableDay(licence);
  const schedule = useAction('sync.queue');
  if (!firstDay) return null;
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
  return (
    <div className="first-fileable-day" role="group" aria-label="Too early to file">
      <p className="muted small" data-testid="first-fileable-day">
        Too early to file today: a licence can be applied for at most{' '}
        {settings?.rules.earliestApplicationDaysBeforeImport} days before the expected import date. Queued now, it waits
        in the outbox and is sent on {displayDate(firstDay)}.
      </p>
      <Button className="button button-primary" isDisabled={schedule.busy} onPress={() => void queueForFirstDay()}>
        Queue to file on {displayDate(firstDay)}
      </Button>
      <ErrorBanner message={schedule.error?.message} />
    </div>
  );
}
