import { NOT_APPLICABLE } from '../../reference/countries';
import { bare, findCountries, notApplicableIn, tokenize } from './country-mentions';

/*
 * The value of an origin field as a label's neighbour states it: a country (by name, or by ISO
 * code when the cell holds little else), or for a smelt field words meaning not applicable.
 * The result names the tokens it rests on, so the highlight covers the value's own words.
 */

export interface OriginValue {
  readonly value: string;
  /** Token indexes in the text read, end exclusive. */
  readonly from: number;
  readonly to: number;
  /** 1 for a plain country name; less for a bare code or an ambiguous "NA". */
  readonly sure: number;
}

/** Cells holding a code and little else: "NO", "CAN", "Norway (NO)", "(NOR)". */
const shortCell = 3;

export function originValue(text: string, field: 'smelt' | 'cast'): OriginValue | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const words = tokens.map((t) => bare(t.text)).filter(Boolean);
  // "NA" alone beside a smelt label: not applicable far more often than Namibia (which smelts no aluminium).
  if (field === 'smelt' && words.length === 1 && words[0] === 'NA')
    return { value: NOT_APPLICABLE, from: 0, to: 1, sure: 0.6 };
  const mentions = findCountries(text, { codes: tokens.length <= shortCell });
  const na = field === 'smelt' ? notApplicableIn(text) : null;
  const first = mentions[0];
  if (na && (!first || tokens[first.from]!.start > na.start)) {
    const from = tokens.findIndex((t) => t.end > na.start);
    const to = tokens.findIndex((t) => t.start >= na.end);
    return { value: NOT_APPLICABLE, from: Math.max(0, from), to: to < 0 ? tokens.length : to, sure: 0.9 };
  }
  if (!first) return null;
  const isCode = first.to - first.from === 1 && /^[A-Z]{2,3}$/.test(bare(first.text));
  return { value: first.code, from: first.from, to: first.to, sure: isCode ? 0.9 : 1 };
}
