import scopeData from './data/aim-covered-scope.json';
import hts2025r13 from './data/hts-2025r13.json';
import hts2026r3 from './data/hts-2026r3.json';

export interface HtsLine {
  readonly hts10: string;
  readonly description: string;
  readonly unit: string;
}

/**
 * Where a table came from: the publisher's file it was read from (name, size and SHA-256 as
 * published), and for a table a user imported, when. Shown in Settings → Reference data.
 */
export interface ReferenceOrigin {
  readonly kind: 'bundled' | 'imported';
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: number;
  /** Imported tables only: when the file was read into this data folder (ISO time). */
  readonly importedAt?: string;
}

/** One published revision of the HTS (chapter 76 only), in force from `effectiveFrom`. */
export interface HtsRevision {
  readonly id: string;
  readonly label: string;
  readonly effectiveFrom: string;
  /** How recent the content is: the publication copy's date (bundled) or the effective date given (imported). */
  readonly sourceDate: string;
  readonly source: string;
  readonly origin?: ReferenceOrigin;
  readonly lines: readonly HtsLine[];
}

/** One revision of the AIM licence scope (which HTS lines need a licence). */
export interface CoveredScopeRevision {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly headings: readonly string[];
  readonly codes: readonly string[];
  readonly categories: readonly { prefix: string; category: string }[];
}

export interface CoveredScope {
  readonly source: string;
  readonly revisions: readonly CoveredScopeRevision[];
}

export const bundledHtsRevisions: readonly HtsRevision[] = [hts2025r13 as HtsRevision, hts2026r3 as HtsRevision];
export const bundledCoveredScope: CoveredScope = scopeData;

/** Digits only: "7606.12.30.30" and "7606 12 3030" are the same code. */
export function htsDigits(input: string): string {
  // The same few codes come back on every line the rules, the import and the register read.
  let digits = htsDigitsOf.get(input);
  if (digits === undefined) {
    digits = input.replace(/[\s.]/g, '');
    if (htsDigitsOf.size >= 4096) htsDigitsOf.clear();
    htsDigitsOf.set(input, digits);
  }
  return digits;
}
const htsDigitsOf = new Map<string, string>();

/**
 * An HTS line's path below its heading ("Of aluminum alloys › Other › Bars and rods › Other"):
 * every level, since a middle one ("Of aluminum alloys" or "not alloyed") is often what tells two
 * lines apart. The heading itself is the product category shown beside it.
 */
export const htsPath = (description: string): string => {
  const levels = description.split(' > ');
  return (levels.length > 1 ? levels.slice(1) : levels).join(' › ');
};

export function formatHts(code: string): string {
  const d = htsDigits(code);
  return /^\d{10}$/.test(d) ? `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6, 8)}.${d.slice(8)}` : code;
}

/** The item in force on a date: the latest whose effective date is on or before it. */
export function inForce<T extends { effectiveFrom: string }>(items: readonly T[], isoDate: string): T {
  const sorted = [...items].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  let chosen = sorted[0];
  if (!chosen) throw new Error('No revisions to choose from.');
  for (const item of sorted) if (item.effectiveFrom <= isoDate) chosen = item;
  return chosen;
}

export function isInScope(scope: CoveredScopeRevision, hts10: string): boolean {
  return scope.codes.includes(hts10) || scope.headings.some((h) => hts10.startsWith(h));
}

export function productCategory(scope: CoveredScopeRevision, hts10: string): string | null {
  let best: { prefix: string; category: string } | null = null;
  for (const c of scope.categories) {
    if (hts10.startsWith(c.prefix) && (!best || c.prefix.length > best.prefix.length)) best = c;
  }
  return best?.category ?? null;
}

/** The covered list is derived, not typed: the scope applied to one HTS revision. */
export function coveredLines(revision: HtsRevision, scope: CoveredScopeRevision): HtsLine[] {
  return revision.lines.filter((line) => isInScope(scope, line.hts10));
}
