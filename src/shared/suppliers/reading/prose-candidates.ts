import { NOT_APPLICABLE } from '#shared/reference/countries';

import { type Candidate, type ProposalField, sourceText } from './candidate';
import { bare, type CountryMention, findCountries, tokenize } from './country-mentions';
import { namesSecond } from './origin-values';
import type { Line, PageText, PageWord } from './page-text';
import { rankByPercent } from './percent-shares';
import { notApplicableSaid } from './prose-not-applicable';
import { castTriggers, smeltTriggers, word } from './prose-triggers';

/*
 * Origin facts written as sentences: "smelted predominantly in the United Arab Emirates, with the
 * second-largest share smelted in India", "last liquefied and cast at our plant in Monterrey,
 * Mexico", "produced entirely from post-consumer scrap … not applicable". A country counts only
 * after a smelt or cast word in the same sentence, and not after words that make it an address,
 * a port or an origin ("shipped from", "port of", "registered office").
 */

interface Sentence {
  readonly words: readonly PageWord[];
  readonly text: string;
  readonly order: number;
}

// A form's row naming a party ("Client / Customer | Ohio Valley Die Casting, … USA") is its name and
// address, not a statement: the countries in it are where the party is, and a sentence ends before it.
const partyLabel =
  /^\W*(?:\p{L}+\s*\/\s*)?(?:customer|client|buyer|purchaser|sold to|bill to|ship to|deliver(?:ed|y)? to|consignee|consignor|notify party|seller|shipper|exporter|importer|addressee|recipient|manufacturer's address|address)\b/iu;

const abbreviation =
  /^(?:no|nos|inc|co|ltd|corp|st|dr|rd|ave|blvd|mr|mrs|ms|e\.g|i\.e|etc|vs|approx|fig|ref|p\.o|u\.s|u\.s\.a|u\.k|s\.a|s\.l|b\.v|n\.v|w\.l\.l|hf|pvt|pty|sdn|bhd|[a-z])\.$/i;

/** Lines that read as running text: one cell, or one cell holding most of a long line. */
function isProse(line: Line): boolean {
  if (line.cells.length === 1) return true;
  const longest = Math.max(...line.cells.map((c) => c.words.length));
  // A word OCR drops or reads apart leaves a gap in a sentence; table cells are rarely this wordy.
  return (
    line.words.length >= 8 &&
    (longest >= 0.6 * line.words.length || (line.cells.length <= 3 && line.cells.every((c) => c.words.length >= 4)))
  );
}

/** The usual distance from one line of running text to the next: a paragraph break is clearly more. */
function usualPitch(lines: readonly Line[]): number {
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const pitch = (b.box.y0 + b.box.y1 - a.box.y0 - a.box.y1) / 2;
    if (isProse(a) && isProse(b) && pitch > 0 && pitch < 3 * Math.max(a.height, b.height)) pitches.push(pitch);
  }
  pitches.sort((x, y) => x - y);
  return pitches.length > 0 ? pitches[Math.floor(pitches.length / 2)]! : Infinity;
}

/**
 * The words of a line read as table cells that still belong to the open sentence above: an
 * answer under its question ("Answer: | India"), or a sentence's last words that OCR split from
 * specks beside them ("in Malaysia. | d | Co").
 */
const answer = /^(?:answer|reply|response)\b/i;

function continuation(line: Line): readonly PageWord[] | null {
  const first = line.cells[0];
  if (!first) return null;
  if (answer.test(first.text)) return line.words;
  return /[.!?]["')\]]*$/.test(first.text) && first.words.length <= 6 ? first.words : null;
}

export function sentences(lines: readonly Line[]): Sentence[] {
  const out: Sentence[] = [];
  let words: PageWord[] = [];
  let order = 0;
  const flush = () => {
    if (words.length > 0) out.push({ words, text: words.map((w) => w.text).join(' '), order });
    words = [];
  };
  const pitch = usualPitch(lines);
  let previous: Line | null = null;
  lines.forEach((line, i) => {
    // A paragraph ends where the next line sits clearly further down than lines usually do, or
    // where the type changes size (a heading, a signature).
    // The height of a few words is a poor measure of their type: a sentence's last word wrapped alone
    // ("Norway.", a capital and a descender) reads taller than the line above it.
    const ending = line.words.length <= 3 && /[.!?]["')\]]*$/.test(line.cells[0]?.text ?? '');
    const follows =
      previous !== null &&
      line.index === previous.index + 1 &&
      (line.box.y0 + line.box.y1 - previous.box.y0 - previous.box.y1) / 2 <= 1.35 * pitch &&
      Math.abs(line.height - previous.height) <= (ending ? 0.5 : 0.35) * Math.max(line.height, previous.height);
    const party = line.cells.length >= 2 && partyLabel.test(line.cells[0]!.text);
    const own = party ? null : isProse(line) ? line.words : follows && words.length > 0 ? continuation(line) : null;
    if (!own) {
      flush();
      previous = null;
      return;
    }
    if (!follows) flush();
    previous = line;
    if (words.length === 0) order = i;
    for (const [k, word] of own.entries()) {
      words.push(word);
      const next = own[k + 1];
      const ends = /[.!?]["')\]]*$/.test(word.text) && !abbreviation.test(bare(word.text) + '.');
      const capitalNext = !next || /^[\p{Lu}"“(]/u.test(next.text);
      if (ends && capitalNext && !abbreviation.test(word.text)) flush();
    }
    // An answer closes its question.
    if (answer.test(line.cells[0]?.text ?? '')) flush();
  });
  flush();
  return out;
}

// A bare "from" is not one: "the balance from Oman", "originates from a smelter in New Zealand".
const distractorBefore =
  /^(?:port|ports|shipped|ship|shipment|office|offices|registered|address|bank|sold|delivered|invoiced|headquartered|based|customer|buyer|seller|consignee|origin|export|exported|exporter|destination|loading|discharge|warehouse|supplied|dispatched|despatched|trader|stock|stocked)$/i;
const largestQualifier =
  /\b(?:largest|predominantly|mainly|primarily|mostly|majority|chiefly|principally|main|principal|major|greater part|bulk)\b/i;
const singleSource =
  /\b(?:single smelter|one smelter|only smelter|sole smelter|exclusively|solely|entirely|wholly|only (?:in|at|from))\b|\b100\s?%/i;
// "All metal from a single smelter.", "No secondary smelter was involved.": no second-largest smelt country.
const oneSmelter =
  /\b(?:single|one|sole|only)\s+smelter\b|\bno (?:second|secondary|other|further) (?:smelter|smelt country|country of smelt|source)\b/i;
const smeltContext = /\b(?:smelt\w*|primary|recycled|secondary|scrap|remelt\w*)\b/i;

/** The words shown as a sentence's source: the clause around the fact, not a whole paragraph. */
function clause(words: readonly PageWord[], from: number, to: number): string {
  const start = Math.max(0, from - 8);
  const end = Math.min(words.length, to + 4);
  return `${start > 0 ? '… ' : ''}${sourceText(words.slice(start, end))}${end < words.length ? ' …' : ''}`;
}

/** A distractor word just before the country, after the nearest trigger ("smelted in X, shipped from Y"). */
function afterDistractor(tokens: readonly string[], from: number, triggers: readonly number[]): boolean {
  const floor = triggers.filter((t) => t < from).at(-1) ?? 0;
  for (let k = from - 1; k > Math.max(floor, from - 5); k -= 1)
    if (distractorBefore.test(bare(tokens[k]!))) return true;
  return false;
}

/** Where the clause holding a token starts: after the last ";" or sentence break before it. */
function clauseStart(tokens: readonly string[], at: number): number {
  for (let k = at - 1; k >= 0; k -= 1) if (/[;:]$/.test(tokens[k]!)) return k + 1;
  return 0;
}

/** Origin candidates from the sentences of one page. */
export function proseCandidates(page: PageText, lines: readonly Line[]): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of sentences(lines)) {
    const tokens = tokenize(sentence.text).map((t) => t.text);
    const words = sentence.words;
    const smelts = smeltTriggers(tokens);
    const casts = castTriggers(tokens);
    const mentions = findCountries(sentence.text);
    const make = (field: ProposalField, value: string, score: number, from: number, to: number): Candidate => ({
      field,
      value,
      score,
      page: page.page,
      words: words.slice(from, to),
      order: sentence.order,
      how: 'prose',
      text: clause(words, from, to),
    });

    if (smelts.length > 0) {
      const start = smelts[0]!;
      const castAfter = casts.find((c) => c > start);
      // "smelted and cast in Canada": one place for both, after the second verb.
      const joint =
        castAfter !== undefined && tokens.slice(start + 1, castAfter).every((t) => /^(?:and|&|or|,)$/i.test(word(t)));
      const end = joint ? (casts.find((c) => c > castAfter) ?? tokens.length) : (castAfter ?? tokens.length);
      const inWindow: CountryMention[] = mentions.filter(
        (m) => m.from > start && m.from < end && !afterDistractor(tokens, m.from, smelts),
      );
      let assigned = 0;
      let largestHere = false;
      const unqualified: CountryMention[] = [];
      // Shares in per cent rank the countries whatever order they are written in.
      const ranked = rankByPercent(tokens, inWindow);
      if (ranked) {
        out.push(make('smeltLargest', ranked.largest.code, 0.8, start, ranked.largest.to));
        if (ranked.second) out.push(make('smeltSecond', ranked.second.code, 0.78, start, ranked.second.to));
        assigned = 2;
      }
      (ranked ? [] : inWindow).forEach((mention, i) => {
        const previousEnd = i > 0 ? inWindow[i - 1]!.to : start;
        // The first country's share may be said before the verb: "the largest portion … was smelted in X".
        const before = tokens.slice(i > 0 ? previousEnd : clauseStart(tokens, start), mention.from).join(' ');
        let after = '';
        if (/^\(/.test(tokens[mention.to] ?? '')) {
          const close = tokens.findIndex((t, k) => k >= mention.to && /\)/.test(t));
          after = tokens.slice(mention.to, close < 0 ? mention.to + 1 : close + 1).join(' ');
        }
        const qualifier = `${before} ${after}`;
        const trigger = smelts.filter((s) => s < mention.from).at(-1) ?? start;
        const from = Math.min(trigger, previousEnd);
        if (namesSecond(qualifier)) {
          out.push(make('smeltSecond', mention.code, 0.78, from, mention.to));
          assigned += 1;
        } else if (largestQualifier.test(qualifier)) {
          out.push(make('smeltLargest', mention.code, 0.8, from, mention.to));
          largestHere = true;
          assigned += 1;
        } else unqualified.push(mention);
      });
      // Unqualified countries fill the largest first, then the second ("smelted in Canada and the United States").
      unqualified.slice(0, 2).forEach((mention, i) => {
        const field = i === 0 && !largestHere ? 'smeltLargest' : 'smeltSecond';
        out.push(make(field, mention.code, field === 'smeltLargest' ? 0.7 : 0.55, start, mention.to));
        assigned += 1;
      });
      if (assigned === 0) {
        const na = notApplicableSaid(sentence.text);
        if (na?.largest) out.push(make('smeltLargest', NOT_APPLICABLE, 0.72, 0, tokens.length));
        if (na?.second) out.push(make('smeltSecond', NOT_APPLICABLE, 0.72, 0, tokens.length));
      }
      if ((singleSource.test(sentence.text) || oneSmelter.test(sentence.text)) && inWindow.length <= 1)
        out.push(make('smeltSecond', NOT_APPLICABLE, 0.5, 0, tokens.length));
    } else if (smeltContext.test(sentence.text)) {
      // "made from 100% recycled aluminium", "contains no primary aluminium": no smelt country at all.
      const na = notApplicableSaid(sentence.text);
      if (na?.largest) out.push(make('smeltLargest', NOT_APPLICABLE, 0.6, 0, tokens.length));
      if (na?.second) out.push(make('smeltSecond', NOT_APPLICABLE, 0.6, 0, tokens.length));
    }

    for (const trigger of casts) {
      const stop = [...smelts.filter((s) => s > trigger), tokens.length, trigger + 15].reduce((a, b) => Math.min(a, b));
      const mention = mentions.find(
        (m) => m.from > trigger && m.from < stop && !afterDistractor(tokens, m.from, [trigger]),
      );
      if (!mention) continue;
      const between = tokens.slice(trigger, mention.from);
      if (between.some((t) => /;$/.test(t))) continue;
      out.push(make('cast', mention.code, 0.76, trigger, mention.to));
      break;
    }
  }
  // "All metal from a single smelter." in a table's note, read as cells rather than a sentence.
  for (const line of lines) {
    if (!oneSmelter.test(line.text) || findCountries(line.text).length > 1) continue;
    out.push({
      field: 'smeltSecond',
      value: NOT_APPLICABLE,
      score: 0.45,
      page: page.page,
      words: line.words,
      order: line.index,
      how: 'prose',
    });
  }
  return out;
}
