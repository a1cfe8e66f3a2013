import { formatCount, formatUsd } from '#renderer/format/numbers';
import { displayDate, displayDateTime } from '#shared/dates/iso-date';
import { formatEntryNumber } from '#shared/licences/entry-number';
import { countryName, NOT_APPLICABLE, UNKNOWN } from '#shared/reference/countries';
import type { ReferenceIndex } from '#shared/reference/reference-data';

/*
 * How printed reports write values for a U.S. reader: thousands separators, US$ with cents,
 * countries spelled out with their code, dates as "20 Mar 2026", and a dash for "not given"
 * so an empty field is visibly empty on paper rather than missing.
 */

export const notGiven = '—';

export const orDash = (text: string | null | undefined): string =>
  text === null || text === undefined || text.trim() === '' ? notGiven : text;

const kg = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
export const printKg = (value: number | null): string => (value === null ? notGiven : `${kg.format(value)} kg`);
export const printUsd = (value: number | null): string => (value === null ? notGiven : formatUsd(value));
export const printUnitValue = (value: number | null): string => (value === null ? notGiven : `${formatUsd(value)}/t`);
export const printCount = formatCount;
export const printDate = (iso: string | null | undefined): string => (iso ? displayDate(iso) : notGiven);

/** A stored instant (ISO with time) in the reader's own time zone, in the app's one date format. */
export const printDateTime = (iso: string): string => displayDateTime(iso);

/** "Canada (CA)"; the sentinels read as words: "N/A (secondary aluminum only)", "Unknown". */
export function printCountry(value: string): string {
  if (value.trim() === '') return notGiven;
  if (value === NOT_APPLICABLE) return 'N/A';
  if (value === UNKNOWN) return 'Unknown';
  const name = countryName(value);
  return name === value ? value : `${name} (${value.toUpperCase()})`;
}

export function printPort(code: string, reference: ReferenceIndex | null): string {
  if (code.trim() === '') return notGiven;
  const port = reference?.ports.byCode(code);
  if (!port) return code;
  return `${port.code} ${port.place}${port.alias ? ` (${port.alias.scheme} ${port.alias.code})` : ''}`;
}

export const printEntry = (entry: string): string => (entry.trim() === '' ? notGiven : formatEntryNumber(entry));

export function printBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The audit actions as words ("status:issued" → "Status: Issued"). */
export function printAction(action: string): string {
  const [kind, detail] = action.split(':');
  const words: Record<string, string> = {
    create: 'Created',
    update: 'Edited',
    delete: 'Deleted',
    status: 'Status',
    correct: 'Correction',
  };
  const head = words[kind ?? ''] ?? action;
  return detail ? `${head}: ${detail.replace(/-/g, ' ')}` : head;
}
