import { issueDateWord, otherDateWord, thisDocumentDate } from './date-labels';
import { questionLabel } from './question-labels';

/*
 * What a short piece of a certificate is the label of. Certificates label the same facts in many
 * ways ("Country of smelt (largest share)", "Smelter country (2nd)", "Smelt (1)", "Cast",
 * "Cast house country", "Largest smelter"); some labels look alike but are not origin fields
 * ("Cast No.", "Heat / Cast No.", "Country of origin", "Port of loading").
 */

export type LabelKind =
  | 'smeltLargest'
  | 'smeltSecond'
  /** A smelt label without an ordinal ("Country of smelt", "Smelter"): the largest, less surely. */
  | 'smelt'
  /** One label for both smelt countries ("Smelt countries (1st / 2nd)"): the value lists them in order. */
  | 'smeltPair'
  | 'cast'
  | 'issueDate'
  | 'date'
  | 'otherDate'
  | 'issuer'
  | 'product'
  | 'alloy'
  /** Countries and dates that are not origin facts: addresses, parties, ports, origin, banks. */
  | 'distractor';

export interface Label {
  readonly kind: LabelKind;
  /** Where in the text the field's own words end: what follows may be its value. */
  readonly end: number;
}

// "8 Smelter Way", "Cast House Road": a street named after the works is an address, not a fact.
const streetNames =
  'way|road|rd|street|st|avenue|ave|drive|dr|lane|ln|boulevard|blvd|close|court|ct|place|pl|parkway|pkwy|crescent|terrace|highway|hwy|strasse|straße|allee';
const streetName = new RegExp(`\\b(?:smelt\\w*|cast(?:[- ]?house)?)\\s+(?:${streetNames})\\b`, 'i');
const opensStreetName = new RegExp(`^${streetName.source}`, 'i');

/** Whether the words from `at` name a street ("Smelter Way", "Cast House Road"). */
export const namesStreet = (words: readonly string[], at: number): boolean =>
  opensStreetName.test(words.slice(at, at + 3).join(' '));

// Where primary metal is made: a smelter, its electrolysis or potlines, "primary aluminium production".
const smeltWord =
  /\b(?:smelt(?:er|ers|ing|ed)?|smelter's|electrolysis|potlines?|pot ?rooms?|reduction plant|primary (?:aluminium|aluminum|metal) (?:production|producer|source|origin)|(?:origin|source|sources) of (?:the )?primary (?:aluminium|aluminum|metal)|(?:country|place|location) of primary production)\b/i;
// A label's own number: "Smelt ctry 2", "Country 2", "Smelter #2", "Cntry of smelt (2)".
const numbered = (n: 1 | 2) =>
  `\\(\\s*${n}\\s*\\)|\\b(?:smelt\\w*|country|countries|ctry|cntry|cnty|co|origin|source|location)\\.?[\\s#-]*(?:no\\.?\\s*)?${n}\\b`;
const secondWord = new RegExp(
  `\\b(?:second(?:[- ]largest)?|2nd|secondary(?!\\s+(?:alumin|metal|alloy|scrap|raw|material))|next largest|remainder|remaining|balance|rest|minor|lesser|smaller|other|segund[oa]|zweit\\w*)\\b|${numbered(2)}`,
  'i',
);
const largestWord = new RegExp(
  `\\b(?:largest|1st|first|primary(?=\\s+(?:country|smelt|smelter|source|origin))|main|mainly|principal|predominant|predominantly|primarily|mostly|largely|chiefly|major|biggest|majority|mayor|gr[öo]ß\\w*)\\b|${numbered(1)}`,
  'i',
);
// "Smelt countries (1st / 2nd)": one label for both, its value "Germany / Norway" in that order.
// OCR reads the slash as "I", "l" or "|" now and then.
const pairWord = /\b(?:1st|first|largest)\s*(?:[/|Il]|and|&|,)\s*(?:2nd|second)\b|\(\s*1\s*[/|Il,&]\s*2\s*\)/i;
// "Castat": OCR drops the space of "Cast at" now and then.
const castWord =
  /\b(?:cast(?:ing)?|caster|castat|cast-?house|casthouse|cast house|poured|pouring|liquefied|re-?melted and cast|last (?:melt|melted|remelted|remelt))\b/i;
// "Cast No.", "Heat / Cast No.", "cast date", "cast weight": a cast's number or data, not its country.
const castDataWord =
  /\b(?:cast|casting)\s*(?:\/\s*heat\s*)?(?:no\b\.?|nos?\.|number|nr\.?|#|id\b|date|lot|batch|weight|code|ref)|\bheat\s*\/\s*cast\b|\bcast\s*\/\s*heat\b|\bforecast|\bbroadcast|\bdie[- ]cast/i;
const distractorWord =
  /\b(?:country of (?:origin|export|destination|dispatch|manufacture|shipment)|origin of (?:goods|the goods)|port of (?:loading|discharge|entry|export|shipment)|place of (?:issue|loading|delivery|receipt)|ship(?:ped)? (?:from|to)|sold to|bill to|deliver(?:ed|y)? to|seller|buyer|consignee|consignor|customer|purchaser|besteller|notify party|exporter|importer|address|registered office|headquarters|bank|destination|vessel|ursprungsland|shipper|coo|c\.o\.o)\b/i;

// "Date of this response", "Date signed": a form's own date, the day its answers were given.
const ownDate =
  /\b(?:date of (?:this |the )?(?:response|reply|answers?|declaration|statement|letter|questionnaire|affidavit|form|signature)|date signed|signature date|signing date|response date)\b/i;
// The dates of a shipment's papers: "B/L date", "Konşimento tarihi / B/L date", "ETD date".
const transportDate = /\b(?:b\/l|bill of lading|sailing|dispatch|despatch|etd|eta)\s+date\b/i;
const dateWord = /\b(?:date|dated|invoice date)\b/i;

const issuerWord = /\b(?:issued by|issuer|manufacturer|producer|mill|supplier|smelter name|company)\s*:?/i;
const productWord =
  /\b(?:product(?: description)?|products|material|description(?: of goods)?|goods|commodity|erzeugnis|item description)\b/i;
const alloyWord = /\b(?:alloy(?:\s*(?:\/|and|&)\s*temper)?|grade|legierung)\b/i;

const lastMatchEnd = (text: string, ...patterns: RegExp[]) =>
  Math.max(
    ...patterns.map((p) => {
      const global = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
      let end = -1;
      for (const m of text.matchAll(global)) end = Math.max(end, m.index + m[0].length);
      return end;
    }),
  );

/** After the field's words: past a closing bracket or the word "share" that often follows, and a colon. */
function labelEnd(text: string, from: number): number {
  const tail =
    /^(?:[^\p{L}\p{N}]*(?:share|country|countries|ctry|cntry|cnty|location|site|plant|of|the|metal|aluminium|aluminum|primary|volume))*\s*[)\]]?\s*[:\-–—]?\s*/iu.exec(
      text.slice(from),
    );
  return from + (tail ? tail[0].length : 0);
}

const titleWord = /\b(?:certificate|declaration|statement|invoice|report|conformity)\b/i;

/** A label that must open its cell ("Product: …", "2. Product …"), or follow another language's label ("Erzeugnis / Product"). */
function opens(head: string, pattern: RegExp): boolean {
  const match = pattern.exec(head);
  if (!match) return false;
  // A questionnaire numbers its questions: "2. Product description", "(b) Supplier name", "Q3:".
  const before = head.slice(0, match.index).replace(/^\s*(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|Q\d{1,2}[.:]?)\s+/i, '');
  return /^[^\p{L}\p{N}]*$/u.test(before) || /^[^/]{1,40}\/\s*$/u.test(before);
}

// Words of a sentence, never of a label: "so no country of smelt applies", "smelt are not applicable".
const sentenceWord =
  /\b(?:is|are|was|were|be|been|applies|apply|contain|contains|we|our|they|it|so|which|that|this|these|hereby)\b/i;

/** Sentences are prose, not labels: their countries are found by the prose reader. */
const maxLabelWords = 9;
const maxHeadWords = 8;

/** The label a short cell of text is, if any. */
export function labelOf(text: string): Label | null {
  const label = ownLabel(text);
  if (label) return pastLeader(text, label);
  // "8. Country where the largest volume of primary aluminum was smelted": a form's question.
  const question = questionLabel(text);
  if (question) return question;
  // OCR puts a stray colon into a label now and then ("Country: of casting"): read it without.
  const stray = /^([^:]{2,40}):(\s+(?:of|in|at|for|the)\b.*)$/i.exec(text);
  if (stray) {
    const joined = ownLabel(`${stray[1]}${stray[2]}`);
    return joined ? { ...joined, end: joined.end + 1 } : null;
  }
  // A label whose value follows in the same cell behind leader dots OCR read as letters
  // ("Primary smelter, country (2) tiimivimm… Russia"): the label ends at its closing bracket.
  const bracketed = /^[^()]{3,60}\(\s*\w{1,3}\s*\)/.exec(text);
  if (bracketed && !text.includes(':') && bracketed[0].split(/\s+/).length <= maxHeadWords) {
    const head = ownLabel(bracketed[0]);
    if (head) return { ...head, end: Math.max(head.end, bracketed[0].length) };
  }
  return null;
}

/**
 * Leader dots run from a label to its colon ("CASTING COUNTRY ........ SE :"): what OCR made of
 * some of the dots ("SE", "ove vveieeen") is not a value, so the label ends at the colon.
 */
function pastLeader(text: string, label: Label): Label {
  const colon = text.indexOf(':', label.end);
  if (colon < 0) return label;
  const between = text.slice(label.end, colon);
  const noise = between.replace(/[.·…\s]/g, '');
  return /\.{3,}/.test(between) && noise.length <= 16 ? { ...label, end: colon + 1 } : label;
}

function ownLabel(text: string): Label | null {
  const words = text.split(/\s+/).filter(Boolean).length;
  const colon = text.indexOf(':');
  const head = colon > 0 ? text.slice(0, colon) : text;
  if (colon < 0 ? words > maxLabelWords : head.split(/\s+/).filter(Boolean).length > maxHeadWords) return null;
  // "Country where the product was cast: Italy" is a label for all its "was": it ends in the field's word at a colon.
  const endsInField = colon > 0 && /\b(?:cast|smelted)\s*$/i.test(head);
  const own = thisDocumentDate.exec(head);
  if (own) return { kind: 'issueDate', end: labelEnd(text, own[0].length) };
  const ownDateLabel = ownDate.test(head) && words <= 5;
  if ((sentenceWord.test(head) && !endsInField && !ownDateLabel) || streetName.test(head)) return null;
  if (smeltWord.test(head) && !distractorWord.test(head)) {
    const kind: LabelKind = pairWord.test(head)
      ? 'smeltPair'
      : secondWord.test(head)
        ? 'smeltSecond'
        : largestWord.test(head)
          ? 'smeltLargest'
          : 'smelt';
    return { kind, end: labelEnd(text, lastMatchEnd(head, smeltWord, secondWord, largestWord)) };
  }
  if (castWord.test(head) && !castDataWord.test(head) && !distractorWord.test(head)) {
    return { kind: 'cast', end: labelEnd(text, lastMatchEnd(head, castWord, /\b(?:at|in|country)\b/i)) };
  }
  if (otherDateWord.test(head) || transportDate.test(head))
    return { kind: 'otherDate', end: labelEnd(text, lastMatchEnd(head, otherDateWord, transportDate)) };
  // "LC-4471-2026 ISSUED 2026-09-30": "issued" after another paper's number dates that paper.
  if (opens(head, issueDateWord) || ownDate.test(head))
    return { kind: 'issueDate', end: labelEnd(text, lastMatchEnd(head, issueDateWord, ownDate)) };
  if (dateWord.test(head) && words <= 6) return { kind: 'date', end: labelEnd(text, lastMatchEnd(head, dateWord)) };
  // "Supplier legal name and address": the issuer's own name first, though its address follows.
  if (opens(head, issuerWord) && words <= 6 && !/\b(?:bank|port|account)\b/i.test(head))
    return { kind: 'issuer', end: labelEnd(text, lastMatchEnd(head, issuerWord)) };
  if (distractorWord.test(head) && words <= 8) return { kind: 'distractor', end: lastMatchEnd(head, distractorWord) };
  if (titleWord.test(head)) return null;
  if (opens(head, alloyWord) && words <= 6)
    return { kind: 'alloy', end: labelEnd(text, lastMatchEnd(head, alloyWord)) };
  if (opens(head, productWord) && words <= 6)
    return { kind: 'product', end: labelEnd(text, lastMatchEnd(head, productWord)) };
  if (opens(head, issuerWord) && words <= 6)
    return { kind: 'issuer', end: labelEnd(text, lastMatchEnd(head, issuerWord)) };
  return null;
}

export const isOriginLabel = (
  kind: LabelKind,
): kind is 'smeltLargest' | 'smeltSecond' | 'smelt' | 'smeltPair' | 'cast' =>
  kind === 'smeltLargest' || kind === 'smeltSecond' || kind === 'smelt' || kind === 'smeltPair' || kind === 'cast';
