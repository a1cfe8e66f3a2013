import { displayDate, displayDateTime } from '#shared/dates/iso-date';

/** "2 Mar 2026, 3:04:05 PM": sync events are seconds apart, so the seconds are shown too. */
export const shortTime = (iso: string): string => displayDateTime(iso, { seconds: true });
/** What a queue action says about filings held for their first fileable day. */
export function heldNote(held: readonly { reference: string; until: string }[]): string {
  if (held.length === 0) return '';
  const first = held.reduce((a, b) => (b.until < a.until ? b : a));
  return held.length === 1
    ? `${first.reference ? `"${first.reference}"` : 'It'} is too early to file: it waits in the outbox and is sent on ${displayDate(first.until)}, its first fileable day.`
    : `${held.length} are too early to file: they wait in the outbox, the first until ${displayDate(first.until)}, and each is sent on its first fileable day.`;
}
