import { notApplicableIn } from './country-mentions';

/*
 * Which smelt fields a sentence says do not apply. A wrong N/A is the worst proposal (the person
 * trusts that there is no smelt country), so it is read only from a statement about this metal,
 * and only for the share the statement names:
 * - "Second smelter country: none", "No primary aluminium smelted in any other country was used":
 *   the second share only;
 * - "contains no primary aluminium", "made entirely from scrap": both;
 * - a form's instruction or condition is no statement: "Answer “none” if all of the primary
 *   aluminium came from one country", "If the product is made only from scrap, write N/A".
 */

export interface NotApplicableSaid {
  readonly largest: boolean;
  readonly second: boolean;
}

// A share other than the largest: "second", "the balance", "any other country", "no further smelter".
const otherShare =
  /\b(?:second(?:[- ]largest)?|2nd|remainder|remaining|rest|balance|lesser|smaller|minor|other|another|further|additional)\b/i;
const largestShare =
  /\b(?:largest|predominantly|mainly|primarily|mostly|majority|chiefly|principally|main|principal|major|greater part|bulk|first|1st)\b/i;
// Telling the reader of a form what to write, or saying when it would apply.
const instruction =
  /^\W*(?:\(?\d{1,2}[.)]\s*)?(?:please\s+)?(?:answer|enter|write|state|give|indicate|tick|mark|leave|fill|put|insert|select|check|type|specify|use|say|reply)\b|\b(?:if|unless|where|when|otherwise|in case)\b[^.;]*$/i;
// The N/A words quoted as a choice ("answer “none”", 'enter "N/A"'), not a stray mark OCR read before them.
const quoted = /^["“”'‘’«]|["“”'‘’»]$/;

const clauseStartOf = (text: string, at: number) =>
  Math.max(text.lastIndexOf('; ', at), text.lastIndexOf('. ', at)) + 1;

/** Whether the N/A words at [start, end) of `text` are a form's instruction or condition, not a statement. */
export function instructs(text: string, na: { start: number; end: number }): boolean {
  const before = text.slice(clauseStartOf(text, na.start), na.start);
  const opening = text.slice(Math.max(0, na.start - 1), na.start);
  const closing = text.slice(na.end, na.end + 1);
  return instruction.test(before) || (quoted.test(opening) && quoted.test(closing));
}

export function notApplicableSaid(sentence: string): NotApplicableSaid | null {
  const na = notApplicableIn(sentence);
  if (!na || instructs(sentence, na)) return null;
  const clauseStart = clauseStartOf(sentence, na.start);
  const nextStop = /[.;](?:\s|$)/.exec(sentence.slice(na.end));
  const clause = sentence.slice(clauseStart, nextStop ? na.end + nextStop.index : sentence.length);
  const second = otherShare.test(clause) && !largestShare.test(clause);
  return { largest: !second, second: true };
}
