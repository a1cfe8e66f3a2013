import { NOT_APPLICABLE } from '#shared/reference/countries';

import { bare, countryCode, findCountries, notApplicableIn, tokenize } from './country-mentions';
import { instructs } from './prose-not-applicable';

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

// Letters and digits OCR confuses in short capitals ("0A" for QA, "1S" for IS).
const lookalikes: Record<string, readonly string[]> = {
  '0': ['O', 'Q', 'D'],
  O: ['Q', 'D'],
  Q: ['O'],
  '1': ['I', 'L'],
  '5': ['S'],
  '8': ['B'],
  '2': ['Z'],
  '6': ['G'],
};

/** A short cell that is one OCR slip from exactly one country code. */
function misreadCode(words: readonly string[]): OriginValue | null {
  const index = words.findIndex((w) => /^[A-Z0-9]{2,3}$/.test(w) && /[A-Z]/.test(w));
  if (index < 0) return null;
  const word = words[index]!;
  const readings = new Set<string>();
  [...word].forEach((char, i) => {
    for (const other of lookalikes[char] ?? []) {
      const code = countryCode(word.slice(0, i) + other + word.slice(i + 1));
      if (code) readings.add(code);
    }
  });
  return readings.size === 1 ? { value: [...readings][0]!, from: index, to: index + 1, sure: 0.6 } : null;
}

/** Cells holding a code and little else: "NO", "CAN", "Norway (NO)", "(NOR)". */
const shortCell = 3;

/**
 * In a smelt field's own value, a word for metal that was never smelted says there is no smelt
 * country ("none (recycled metal)" read as "nene (recycled metal)", "100 % scrap", "secondary
 * metal"); elsewhere in a document these words are too common to mean that.
 */
const recycledOnly =
  /\b(?:recycled|scrap|remelted|post-consumer|post-industrial|secondary (?:metal|aluminium|aluminum|alloy))\b/i;

function recycledOnlyIn(text: string): { start: number; end: number } | null {
  const match = recycledOnly.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

// "Canada¹", "Iceland*", "Norway†": a value's footnote mark, written against its last letter.
const footnoteMark = /(?<=\p{L}\)?)[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+/gu;

/** The text with footnote marks blanked, so that every word keeps its place (token indexes hold). */
const withoutFootnoteMarks = (text: string) => text.replace(footnoteMark, (mark) => ' '.repeat(mark.length));

const unknownValue =
  /\b(?:not known|unknown|n\/k|not disclosed|undisclosed|not available|no information|cannot be (?:determined|confirmed)|to be confirmed|tbc|tbd)\b/i;

/**
 * `inColumn`: the text is a cell under a header, where OCR's "om" for OM is still a code (a
 * lower-case pair of letters is read as one only there, and then with little weight).
 */
export function originValue(raw: string, field: 'smelt' | 'cast', inColumn = false): OriginValue | null {
  const text = withoutFootnoteMarks(raw);
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const words = tokens.map((t) => bare(t.text)).filter(Boolean);
  // "NA" alone beside a smelt label: not applicable far more often than Namibia (which smelts no aluminium).
  if (field === 'smelt' && words.length === 1 && words[0] === 'NA')
    return { value: NOT_APPLICABLE, from: 0, to: 1, sure: 0.6 };
  const mentions = findCountries(text, { codes: tokens.length <= shortCell, field: true });
  const said = field === 'smelt' ? (notApplicableIn(text) ?? recycledOnlyIn(text)) : null;
  // "Answer “none” if all of the metal came from one country" tells what to write; it is no answer.
  const na = said && !instructs(text, said) ? said : null;
  const first = mentions[0];
  // "Not known — part of the ingot was bought through a trader in Singapore": no value, whatever it goes on to name.
  const unknown = unknownValue.exec(text);
  if (unknown && (!first || tokens[first.from]!.start > unknown.index) && (!na || na.start > unknown.index))
    return null;
  if (na && (!first || tokens[first.from]!.start > na.start)) {
    const from = tokens.findIndex((t) => t.end > na.start);
    const to = tokens.findIndex((t) => t.start >= na.end);
    return { value: NOT_APPLICABLE, from: Math.max(0, from), to: to < 0 ? tokens.length : to, sure: 0.9 };
  }
  if (!first) {
    if (tokens.length > shortCell) return null;
    const words = tokens.map((t) => bare(t.text));
    const exact = misreadCode(words);
    if (exact || !inColumn) return exact;
    // Lower case only: "Cu", "Mn", "Si" under a chemistry header are elements, not Cuba, Mongolia, Slovenia.
    const index = words.findIndex((w) => /^[a-z]{2}$/.test(w) && countryCode(w.toUpperCase()) !== null);
    return index < 0
      ? null
      : { value: countryCode(words[index]!.toUpperCase())!, from: index, to: index + 1, sure: 0.5 };
  }
  const isCode = first.to - first.from === 1 && /^[A-Z]{2,3}$/.test(bare(first.text));
  return { value: first.code, from: first.from, to: first.to, sure: isCode ? 0.9 : 1 };
}

/** Words that make a country the second-largest share: "balance from Oman", "remainder: Iceland", "(2nd)". */
const secondWords = /\b(?:second|2nd|remainder|remaining|rest|balance|lesser|smaller|minor)\b/i;
// "Iceland (one smelter, no second country)", "not a second source": a second share denied.
const deniedSecond = /\b(?:no|not|nor|without|never)\s+(?:a\s+|any\s+)?(?:second|2nd|other|further)\b/gi;

/** Whether words said of a country make it the second-largest share (and do not deny one). */
export const namesSecond = (said: string): boolean => secondWords.test(said.replace(deniedSecond, ' '));
