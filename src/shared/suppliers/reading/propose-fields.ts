import { NOT_APPLICABLE } from '#shared/reference/countries';

import {
  type Candidate,
  highlightRects,
  meanConfidence,
  type PageRect,
  type ProposalField,
  proposalFields,
  sourceText,
} from './candidate';
import { monthFirstDates } from './date-order';
import { labelCandidates } from './label-candidates';
import { withLetterSpacingClosed } from './letter-spacing';
import { withCountryNamesRepaired } from './ocr-names';
import { alloyMentions, signatory, standaloneDates } from './page-candidates';
import { pageLines, type PageText } from './page-text';
import { headCandidates } from './printed-email';
import { alloyCore } from './product-values';
import { proseCandidates } from './prose-candidates';
import { shareTableCandidates } from './share-table';

/*
 * From the positioned text of a supplier document, the facts a person would type into the
 * evidence form: the countries of largest and second-largest smelt and of most recent cast, the
 * document's date, its issuer, and the product or alloy. Proposals only: each says how sure it
 * is, on which page, and which words it rests on, for the person to accept, edit or reject.
 * Pure: the same words always give the same proposals (src/main reads the file; this reads text).
 */

export interface Proposal {
  /** Countries as ISO alpha-2 or N/A; dates as YYYY-MM-DD. */
  readonly value: string;
  /** 0..1. */
  readonly confidence: number;
  /** 1-based. */
  readonly page: number;
  /** The document's own words the value was read from. */
  readonly text: string;
  /** Where those words are on the page, as shares of its width and height. */
  readonly rects: PageRect[];
  readonly how: Candidate['how'];
}

export type Proposals = Partial<Record<ProposalField, Proposal>>;

const round = (n: number) => Math.round(n * 100) / 100;

function better(a: Candidate, b: Candidate): Candidate {
  if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score ? a : b;
  return a.page !== b.page ? (a.page < b.page ? a : b) : a.order <= b.order ? a : b;
}

const pick = (candidates: readonly Candidate[]): Candidate | null =>
  candidates.length === 0 ? null : candidates.reduce(better);

function toProposal(candidate: Candidate, pages: ReadonlyMap<number, PageText>, all: readonly Candidate[]): Proposal {
  const page = pages.get(candidate.page)!;
  // A second, independent reading of the same value (a table and a sentence) makes it surer.
  const agreeing = all.some(
    (c) => c !== candidate && c.field === candidate.field && c.value === candidate.value && c.how !== candidate.how,
  );
  const confidence = candidate.score * (0.6 + 0.4 * meanConfidence(candidate.words)) + (agreeing ? 0.05 : 0);
  return {
    value: candidate.value,
    confidence: round(Math.min(0.99, confidence)),
    page: candidate.page,
    text: candidate.text ?? sourceText(candidate.words),
    rects: highlightRects(page, candidate.words),
    how: candidate.how,
  };
}

/** A description and an alloy read apart become one product proposal ("Sheet ingot, alloy 5052 H32"). */
function productCandidate(descriptions: readonly Candidate[], alloys: readonly Candidate[]): Candidate | null {
  const description = pick(descriptions);
  const alloy = pick(alloys);
  if (!description) return alloy ? { ...alloy, value: `Alloy ${alloy.value}` } : null;
  if (!alloy || description.value.includes(alloyCore(alloy.value))) return description;
  return {
    ...description,
    value: `${description.value}, alloy ${alloy.value}`,
    words: [...description.words, ...(alloy.page === description.page ? alloy.words : [])],
  };
}

/**
 * What the three origin fields may say together (docs: the domain note's settled questions):
 * no primary metal (largest smelt N/A) means no second-largest either, so a document that says
 * so once ("Smelt country: none (recycled metal)") gives N/A for both; a second-largest equal to
 * the largest is not a second country, so it is left for the person rather than proposed.
 */
function consistentOrigins(proposals: Proposals): Proposals {
  const { smeltLargest, smeltSecond } = proposals;
  if (smeltLargest?.value === NOT_APPLICABLE && !smeltSecond)
    return { ...proposals, smeltSecond: { ...smeltLargest, confidence: round(smeltLargest.confidence * 0.95) } };
  if (
    smeltLargest &&
    smeltSecond &&
    smeltLargest.value === smeltSecond.value &&
    smeltLargest.value !== NOT_APPLICABLE
  ) {
    const { smeltSecond: _dropped, ...rest } = proposals;
    return rest;
  }
  return proposals;
}

export function proposeFields(pages: readonly PageText[]): Proposals {
  const byNumber = new Map(pages.map((p) => [p.page, p]));
  const lined = pages
    .map(withLetterSpacingClosed)
    .map(withCountryNamesRepaired)
    .map((page) => ({ page, lines: pageLines(page) }));
  const first = lined[0];
  // 09/11/2026 is read as the issuer writes its dates (date-order.ts).
  const monthFirst = first
    ? monthFirstDates(
        lined.flatMap((l) => l.lines),
        first.lines.filter((l) => l.box.y0 < first.page.height * 0.22),
      )
    : false;
  const candidates: Candidate[] = [];
  const descriptions: Candidate[] = [];
  const alloys: Candidate[] = [];
  for (const { page, lines } of lined) {
    const labelled = labelCandidates(page, lines, monthFirst);
    for (const c of labelled.candidates) (c.field === 'product' ? descriptions : candidates).push(c);
    alloys.push(...labelled.alloys, ...alloyMentions(page, lines));
    candidates.push(...proseCandidates(page, lines));
    candidates.push(...shareTableCandidates(page, lines));
    candidates.push(...standaloneDates(page, lines, monthFirst, labelled.otherDateWords));
    if (page === first?.page) candidates.push(...headCandidates(page, lines, monthFirst));
    if (page === lined.at(-1)?.page) candidates.push(...signatory(page, lines));
  }
  const proposals: Proposals = {};
  for (const field of proposalFields) {
    const best =
      field === 'product' ? productCandidate(descriptions, alloys) : pick(candidates.filter((c) => c.field === field));
    if (best) proposals[field] = toProposal(best, byNumber, candidates);
  }
  return consistentOrigins(proposals);
}
