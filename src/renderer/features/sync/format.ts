import { displayDateTime } from '../../../shared/dates/iso-date';
/** "2 Mar 2026, 3:04:05 PM": sync events are seconds apart, so the seconds are shown too. */
export const shortTime = (iso: string): string => displayDateTime(iso, { seconds: true });
