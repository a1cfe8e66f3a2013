import { displayDate } from '../../../shared/dates/iso-date';

/** "Mar 2, 3:04:05 PM": sync events are minutes apart, so the time matters more than the year. */
export const shortTime = (iso: string): string =>
  new Date(iso).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  });

/** What a queue action says about filings held for their first fileable day. */
export function heldNote(held: readonly { reference: string; until: string }[]): string {
  if (held.length === 0) return '';
  const first = held.reduce((a, b) => (b.until < a.until ? b : a));
  return held.length === 1
    ? `${first.reference ? `"${first.reference}"` : 'It'} is too early to file: it waits in the outbox and is sent on ${displayDate(first.until)}, its first fileable day.`
    : `${held.length} are too early to file: they wait in the outbox, the first until ${displayDate(first.until)}, and each is sent on its first fileable day.`;
}
