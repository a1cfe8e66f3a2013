import { countryList, NOT_APPLICABLE, storedCountry, UNKNOWN } from '../../shared/reference/countries';
import { formatHts, htsDigits } from '../../shared/reference/hts';
import type { HtsInForce, ReferenceIndex } from '../../shared/reference/reference-data';
import type { PickerOption } from '../components/code-picker-field';

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

export function portOptions(reference: ReferenceIndex): PickerOption[] {
  return reference.data.ports.ports.map((p) => ({
    id: p.code,
    label: `${p.code} ${p.name}`,
    keywords: `${p.code} ${p.state}`,
  }));
}

/**
 * An HTS line's path below its heading ("Of aluminum alloys › Other › Bars and rods › Other"):
 * every level, since a middle one ("Of aluminum alloys" or "not alloyed") is often what tells two
 * lines apart. The heading itself is the product category shown beside it.
 */
export const htsPath = (description: string): string => {
  const levels = description.split(' > ');
  return (levels.length > 1 ? levels.slice(1) : levels).join(' › ');
};

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

export const parsePortText = (text: string): string => text.trim().split(/\s+/)[0] ?? '';
