import { countryList, NOT_APPLICABLE, parseCountry } from '#shared/reference/countries';
import { htsDigits } from '#shared/reference/hts';

import type { EvidenceDocument, EvidenceIndex } from './evidence-data';
import { documentStrength, type EvidenceStrength, strengthRank, weaker } from './evidence-strength';

/** The line fields that evidence must support, and the document field that attests each. */
export const originFields = ['smeltCountryLargest', 'smeltCountrySecond', 'castCountry'] as const;
export type OriginField = (typeof originFields)[number];
export const attestedBy = {
  smeltCountryLargest: 'smeltLargest',
  smeltCountrySecond: 'smeltSecond',
  castCountry: 'cast',
} as const;

/** What a line (or a product judged as if it were a line) says, and where it came from. */
export interface EvidenceSubject {
  readonly htsCode: string;
  readonly smeltCountryLargest: string;
  readonly smeltCountrySecond: string;
  readonly castCountry: string;
  readonly supplierId?: string | null | undefined;
  readonly productId?: string | null | undefined;
  readonly documentId?: string | null | undefined;
}

export interface Candidate {
  readonly doc: EvidenceDocument;
  /** What this document is worth for this line (see documentStrength). */
  readonly strength: EvidenceStrength;
}

export type FieldState = 'supported' | 'mismatch' | 'expired' | 'missing';

export interface FieldEvidence {
  readonly field: OriginField;
  /** The stored value the line declares (ISO code or N/A). */
  readonly declared: string;
  readonly state: FieldState;
  readonly strength: EvidenceStrength;
  /** supported: the strongest agreeing document; mismatch: the newest disagreeing one; expired: the agreeing one valid longest. */
  readonly document: EvidenceDocument | null;
  /** For a mismatch: what that document attests instead. */
  readonly attested: string;
}

export interface LineEvidence {
  readonly supplierId: string | null;
  /** A supplier, product or document is linked: there is somewhere to look for evidence. */
  readonly linked: boolean;
  readonly strength: EvidenceStrength;
  /** One entry per declared country field (empty, unknown or unreadable fields are left to other rules). */
  readonly fields: readonly FieldEvidence[];
  readonly candidates: readonly Candidate[];
  /** A current ASI chain-of-custody certificate, when one is all there is for some field. */
  readonly massBalance: EvidenceDocument | null;
  /** The declared fields in each unsupported state, sorted once here so the rules allocate nothing. */
  readonly missing: readonly FieldEvidence[];
  readonly mismatched: readonly FieldEvidence[];
  readonly expired: readonly FieldEvidence[];
}

/** Valid on the day: no end date, or an end date on or after it. */
export const validOn = (doc: EvidenceDocument, date: string): boolean =>
  doc.validUntil === '' || doc.validUntil >= date;

const lastsLonger = (a: EvidenceDocument, b: EvidenceDocument) =>
  a.validUntil === '' ? true : b.validUntil === '' ? false : a.validUntil >= b.validUntil;

const alpha2 = new Set(countryList.map((c) => c.code));

/** The stored form of a declared country, or null for what the evidence rules leave to others (empty, unknown, unreadable). */
function declaredValue(text: string): string | null {
  // Stored lines hold codes already; only typed text needs the full reading.
  if (text.length === 2 && alpha2.has(text)) return text;
  if (text === NOT_APPLICABLE) return NOT_APPLICABLE;
  if (text === '') return null;
  const value = parseCountry(text);
  return value.kind === 'country' ? value.code : value.kind === 'not-applicable' ? NOT_APPLICABLE : null;
}

/*
 * Written for bulk validation (10,000 licences): plain loops, no intermediate arrays, documents
 * already in stored form (indexEvidence normalises them once), so each line costs a few lookups.
 */
function addCandidate(found: Candidate[], doc: EvidenceDocument, namesTheGoods: boolean): void {
  const strength = documentStrength(doc.type, namesTheGoods);
  for (let i = 0; i < found.length; i += 1) {
    if (found[i]!.doc.id === doc.id) {
      if (strengthRank(strength) > strengthRank(found[i]!.strength)) found[i] = { doc, strength };
      return;
    }
  }
  found.push({ doc, strength });
}

const coversHts = (doc: EvidenceDocument, hts: string) => {
  for (const prefix of doc.htsCodes) if (hts.startsWith(prefix)) return true;
  return false;
};

function candidatesFor(
  subject: EvidenceSubject,
  index: EvidenceIndex,
  pinned: EvidenceDocument | undefined,
  supplierId: string | null,
): Candidate[] {
  const found: Candidate[] = [];
  if (pinned) addCandidate(found, pinned, true);
  if (subject.productId) for (const doc of index.naming(subject.productId)) addCandidate(found, doc, true);
  if (supplierId) {
    for (const doc of index.supplierWide(supplierId)) addCandidate(found, doc, false);
    const scoped = index.htsScoped(supplierId);
    if (scoped.length > 0) {
      const hts = htsDigits(subject.htsCode);
      if (hts !== '') for (const doc of scoped) if (coversHts(doc, hts)) addCandidate(found, doc, true);
    }
  }
  return found;
}

function judgeField(
  field: OriginField,
  declared: string,
  candidates: readonly Candidate[],
  onDate: string,
  fallback: EvidenceStrength,
): FieldEvidence {
  const key = attestedBy[field];
  let best: Candidate | null = null;
  let conflicting: EvidenceDocument | null = null;
  let expired: EvidenceDocument | null = null;
  for (const c of candidates) {
    const stated = c.doc[key];
    if (stated === '' || c.doc.type === 'asi-coc') continue;
    const current = validOn(c.doc, onDate);
    if (stated === declared) {
      if (!current) {
        if (!expired || lastsLonger(c.doc, expired)) expired = c.doc;
      } else if (
        !best ||
        strengthRank(c.strength) > strengthRank(best.strength) ||
        (c.strength === best.strength && lastsLonger(c.doc, best.doc))
      ) {
        best = c;
      }
    } else if (current && (!conflicting || c.doc.issueDate > conflicting.issueDate)) {
      conflicting = c.doc;
    }
  }
  if (best)
    return { field, declared, state: 'supported', strength: best.strength, document: best.doc, attested: declared };
  if (conflicting)
    return {
      field,
      declared,
      state: 'mismatch',
      strength: fallback,
      document: conflicting,
      attested: conflicting[key],
    };
  if (expired) return { field, declared, state: 'expired', strength: fallback, document: expired, attested: declared };
  return { field, declared, state: 'missing', strength: fallback, document: null, attested: '' };
}

/**
 * Which documents bear on one line and whether they support each declared country on `onDate`
 * (the expected import date). Pure: the form and the core get the same answer from the same data.
 */
export function assessLineEvidence(subject: EvidenceSubject, index: EvidenceIndex, onDate: string): LineEvidence {
  const pinned = subject.documentId ? index.document(subject.documentId) : undefined;
  const product = subject.productId ? index.product(subject.productId) : undefined;
  const supplierId = subject.supplierId || product?.supplierId || pinned?.supplierId || null;
  const candidates = candidatesFor(subject, index, pinned, supplierId);
  let massBalance: EvidenceDocument | null = null;
  for (const c of candidates) if (c.doc.type === 'asi-coc' && validOn(c.doc, onDate)) massBalance = c.doc;
  const fallback: EvidenceStrength = massBalance ? 'mass-balance' : 'none';
  const fields: FieldEvidence[] = [];
  let strength: EvidenceStrength = 'direct';
  for (const field of originFields) {
    const declared = declaredValue(subject[field]);
    if (declared === null) continue;
    const judged = judgeField(field, declared, candidates, onDate, fallback);
    fields.push(judged);
    strength = weaker(strength, judged.strength);
  }
  const missing: FieldEvidence[] = [];
  const mismatched: FieldEvidence[] = [];
  const expired: FieldEvidence[] = [];
  for (const f of fields) {
    if (f.state === 'missing') missing.push(f);
    else if (f.state === 'mismatch') mismatched.push(f);
    else if (f.state === 'expired') expired.push(f);
  }
  return {
    supplierId,
    linked: supplierId !== null,
    strength: fields.length === 0 ? 'none' : strength,
    fields,
    candidates,
    massBalance,
    missing,
    mismatched,
    expired,
  };
}

const assessments = new WeakMap<EvidenceIndex, Map<string, LineEvidence>>();

/**
 * Lines repeat: 10,000 licences drawn from a few hundred supplier products share a handful of
 * (product, document, countries, date) combinations. An assessment depends on nothing else, and
 * is never changed once made, so one per combination serves every line that has it. Bounded, so
 * a form being typed into for hours does not grow it without end.
 */
function sharedAssessment(subject: EvidenceSubject, index: EvidenceIndex, onDate: string): LineEvidence {
  let cache = assessments.get(index);
  if (!cache) {
    cache = new Map();
    assessments.set(index, cache);
  }
  const key = `${onDate}\u0000${subject.htsCode}\u0000${subject.smeltCountryLargest}\u0000${subject.smeltCountrySecond}\u0000${subject.castCountry}\u0000${subject.supplierId ?? ''}\u0000${subject.productId ?? ''}\u0000${subject.documentId ?? ''}`;
  let assessed = cache.get(key);
  if (!assessed) {
    if (cache.size >= 20_000) cache.clear();
    assessed = assessLineEvidence(subject, index, onDate);
    cache.set(key, assessed);
  }
  return assessed;
}

let lastCheck: { run: object; licence: object; index: EvidenceIndex; onDate: string; lines: LineEvidence[] } | null =
  null;

/**
 * Every line of a licence assessed once per validation: the three evidence rules, which run one
 * after another on the same licence, share it. One slot keyed on the rule context (made afresh
 * by each validation run) is enough, and a licence changed between two runs is never judged on a
 * stale assessment. `onDateOf` runs only when the licence is assessed, not for each rule.
 */
export function licenceEvidence<L extends { readonly lines: readonly EvidenceSubject[] }, R extends object>(
  licence: L,
  index: EvidenceIndex,
  run: R,
  onDateOf: (licence: L, run: R) => string,
): { readonly onDate: string; readonly lines: readonly LineEvidence[] } {
  if (lastCheck && lastCheck.run === run && lastCheck.licence === licence && lastCheck.index === index)
    return lastCheck;
  const onDate = onDateOf(licence, run);
  const lines: LineEvidence[] = [];
  for (const line of licence.lines) lines.push(sharedAssessment(line, index, onDate));
  lastCheck = { run, licence, index, onDate, lines };
  return lastCheck;
}
