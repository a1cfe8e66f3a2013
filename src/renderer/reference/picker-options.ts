import type { PickerOption } from '#renderer/components/code-picker-field';
import { countryList, NOT_APPLICABLE, storedCountry, UNKNOWN } from '#shared/reference/countries';
import { formatHts, htsDigits, htsPath } from '#shared/reference/hts';
import type { HtsInForce, ReferenceIndex } from '#shared/reference/reference-data';

export const countryOptions: readonly PickerOption[] = countryList.map((c) => ({
  id: c.code,
  label: `${c.name} (${c.code})`,
  keywords: `${c.code} ${c.alpha3} ${c.aliases.join(' ')}`,
}));

/** The smelt fields also take the two sentinels, listed first so they are easy to find. */
export const smeltOptions: readonly PickerOption[] = [
  {
    id: NOT_APPLICABLE,
    label: 'N/A (not applicable)',
    detail: 'Only secondary (recycled) aluminum, or no second country',
    keywords: 'na n/a none secondary recycled not applicable',
  },
  {
    id: UNKNOWN,
    label: 'Unknown',
    detail: 'Accepted only on licences applied for by 28 Jun 2022',
    keywords: 'unknown un',
  },
  ...countryOptions,
];

export const parseCountryText = (text: string): string => storedCountry(text);

/**
 * Ports of entry from both numbering schemes, each with the other scheme's code where it differs:
 * "4701 John F. Kennedy Airport, Jamaica, New York (Census 1012)". CBP office and preclearance
 * codes and the statistics codes are left out (typed, the rules explain them).
 */
export function portOptions(reference: ReferenceIndex): PickerOption[] {
  return reference.ports.pickable.map((p) => ({
    id: p.code,
    label: `${p.code} ${p.name}${p.alias ? ` (${p.alias.scheme} ${p.alias.code})` : ''}`,
    keywords: `${p.code} ${p.state} ${p.alias ? `${p.alias.code} ${p.alias.name}` : ''}`,
  }));
}

export function htsOptions(hts: HtsInForce): PickerOption[] {
  return hts.coveredLines.map((line) => ({
    id: line.hts10,
    label: formatHts(line.hts10),
    detail: `${hts.category(line.hts10) ?? ''}: ${htsPath(line.description)}`,
    keywords: `${line.hts10} ${line.description}`,
  }));
}

/** A whole 10-digit code is stored as digits; anything else stays as typed, for the rules to quote. */
export const parseHtsText = (text: string): string => {
  const digits = htsDigits(text);
  return /^\d{10}$/.test(digits) ? digits : text.trim();
};

/** Under the port field: the place in full, and the code under both schemes (the field may cut a long name). */
export function portDescription(reference: ReferenceIndex, code: string): string {
  const port = reference.ports.byCode(code ?? '');
  if (!port) return 'CBP port code, four digits (Census codes accepted too)';
  return `${port.code}${port.alias ? ` (${port.alias.scheme} ${port.alias.code})` : ''}: ${port.place}`;
}

export const parsePortText = (text: string): string => text.trim().split(/\s+/)[0] ?? '';
