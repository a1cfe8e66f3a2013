import { findCountries, tokenize } from './country-mentions';

/*
 * Labels written as questions, as importers' supplier forms and questionnaires ask for the AIM
 * facts: "8. Country where the largest volume of primary aluminum was smelted", "In which country
 * was the second largest share smelted (if any)?", "Country where billet was cast", "Where was the
 * metal last liquefied and cast?". They are too long, and too much like sentences, for the short
 * labels of field-labels.ts. A question is told by what it asks, in whatever order and with
 * whatever filler words: an asking word (country, where, which, location), a smelt or a cast
 * word, and for smelt which share (largest, main, first … or second, next, other …). It names no
 * country itself (a sentence that does states a fact: the prose reader reads it), and it has no
 * words of a statement ("we", "hereby", "is shown below").
 */

export type QuestionKind = 'smeltLargest' | 'smeltSecond' | 'smelt' | 'cast';

export interface QuestionLabel {
  readonly kind: QuestionKind;
  /** Where the question ends: what follows in the same cell is its answer. */
  readonly end: number;
}

/** A questionnaire's own numbering: "8.", "8)", "(b)", "Q3:", "3.2". */
const numbering = /^\s*(?:\(?\d{1,2}(?:\.\d{1,2})?[.)]?|\(?[a-h][.)]|Q\.?\s?\d{1,2}[.:)]?)\s+/i;
// What a question asks for is a place: its first words say so ("Country where …", "Please state the country …").
const asking = /\b(?:country|countries|where|which|location|place|site|nation)\b/i;
// …or it asks after a condition: "If primary aluminium from more than one country was used, in which country …".
const askingAnywhere =
  /\b(?:in|from) which country\b|\b(?:which|what) country\b|\bcountry (?:where|in which)\b|\bwhere (?:was|were|did)\b/i;
// Words of a fact or an instruction about a fact, not of a question: "we", "the country … is shown below".
const statement =
  /\b(?:we|our|us|i|hereby|certify|certifies|confirm|confirms|declare|declares|is|are|has|have|had|shall|will|see|below|above|attached|enclosed)\b/i;
const smeltTerm =
  /\b(?:smelt(?:ed|ing|er|ers)?|electroly(?:sis|sed|zed|tic)|potlines?|reduction|reduced|primary (?:aluminium|aluminum|metal) (?:was |were )?(?:produced|made))\b/i;
const castTerm =
  /\b(?:cast|casting|cast-?house|cast house|poured|pouring|solidified|last liquefied|liquefied|re-?melted)\b/i;
// "Cast No.", "date of casting", "die casting": the cast's data or a process, not where it was cast.
const castData =
  /\b(?:cast|casting)\s*(?:no\b\.?|nos?\.|number|nr\.?|#|id\b|date|lot|batch|weight|code|ref)|\b(?:date|number|weight) of (?:the )?cast(?:ing)?\b|\bdie[- ]cast/i;
const secondShare =
  /\b(?:second(?:[- ]largest)?|2nd|next(?:[- ]largest)?|other|another|remaining|remainder|balance|rest|minor|lesser|smaller|additional|secondary(?=\s+(?:country|smelter|source))|segund[oa]|zweit\w*)\b|\bif more than one\b/i;
const largestShare =
  /\b(?:largest|main|mainly|majority|most|predominant(?:ly)?|principal|major|greatest|biggest|highest|bulk|first|1st|primary(?=\s+(?:country|smelter|source))|mayor|gr[öo]ß\w*)\b/i;
// "Country where the most recent casting took place": "most" is the cast's, not a share.
const mostRecent = /\bmost recent(?:ly)?\b/gi;
/** Words a question may end with after its smelt or cast word, before the answer. */
const tail =
  /^(?:[\s,]*(?:\((?:if (?:any|applicable|known|more than one)|optional|[^()]{0,40})\)|if (?:any|applicable|known|more than one)|of|the|primary|aluminium|aluminum|metal|share|volume|portion|part|by|weight|in|at|country|countries|location|took place|done|performed|carried out|[?:–—-]))*\s*/i;

const maxQuestionWords = 24;

/** The question a cell of text is, if it is one about an origin field. */
export function questionLabel(text: string): QuestionLabel | null {
  const open = numbering.exec(text);
  const body = open ? text.slice(open[0].length) : text;
  const offset = open ? open[0].length : 0;
  // Up to a question mark or a colon, the answer after it; else up to the first country named, if any.
  // A question ends at its question mark, though a colon OCR put into it comes first ("contained in the: product").
  const stop = /\?/.exec(body) ?? /:/.exec(body);
  const tokens = tokenize(body);
  const named = findCountries(body).map((c) => tokens[c.from]!.start);
  const headEnd = stop ? stop.index : (named[0] ?? body.length);
  const head = body.slice(0, headEnd);
  if (named.some((start) => start < headEnd)) return null;
  const words = head.split(/\s+/).filter(Boolean);
  if (words.length < 3 || words.length > maxQuestionWords) return null;
  if (!(asking.test(words.slice(0, 4).join(' ')) || askingAnywhere.test(head)) || statement.test(head)) return null;
  const smelt = lastMatch(head, smeltTerm);
  const cast = castData.test(head) ? null : lastMatch(head, castTerm);
  // "Where was the metal smelted and cast?": one question for two fields says which of neither.
  if ((smelt === null) === (cast === null)) return null;
  const asked = head.replace(mostRecent, ' ');
  const kind: QuestionKind =
    cast !== null
      ? 'cast'
      : secondShare.test(asked)
        ? 'smeltSecond'
        : largestShare.test(asked)
          ? 'smeltLargest'
          : 'smelt';
  const after = offset + (smelt ?? cast)!;
  const rest = text.slice(after);
  const tailMatch = tail.exec(rest);
  return { kind, end: after + (tailMatch ? tailMatch[0].length : 0) };
}

/** Where the last match of `pattern` in `text` ends, or null. */
function lastMatch(text: string, pattern: RegExp): number | null {
  let end: number | null = null;
  for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) end = m.index + m[0].length;
  return end;
}

/**
 * Whether a cell opens a question that goes on in the next line ("3. If primary aluminium from more
 * than one country was used, in which country was the" / "second-largest share smelted?").
 */
export function opensQuestion(text: string): boolean {
  const open = numbering.exec(text);
  const body = open ? text.slice(open[0].length) : text;
  const words = body.split(/\s+/).filter(Boolean);
  return (
    !/[?:]\s*$/.test(body) &&
    words.length <= maxQuestionWords &&
    (asking.test(words.slice(0, 4).join(' ')) || askingAnywhere.test(body)) &&
    !statement.test(body) &&
    findCountries(body).length === 0
  );
}
