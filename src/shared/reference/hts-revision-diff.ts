import { type CoveredScopeRevision, formatHts, type HtsLine, type HtsRevision, isInScope } from './hts';

export interface RedescribedLine {
  readonly hts10: string;
  readonly before: string;
  readonly after: string;
  /** Set when the unit of quantity changed too (or only it). */
  readonly unitBefore?: string;
  readonly unitAfter?: string;
}

/** What one HTS revision changes against the one it follows, and what that means for the AIM licence. */
export interface RevisionDiff {
  readonly added: readonly HtsLine[];
  readonly removed: readonly HtsLine[];
  readonly redescribed: readonly RedescribedLine[];
  readonly coveredBefore: number;
  readonly coveredAfter: number;
  /** Covered lines (need a licence) that the new revision adds or drops. */
  readonly coveredAdded: readonly string[];
  readonly coveredRemoved: readonly string[];
}

export function diffRevisions(before: HtsRevision, after: HtsRevision, scope: CoveredScopeRevision): RevisionDiff {
  const old = new Map(before.lines.map((l) => [l.hts10, l]));
  const next = new Map(after.lines.map((l) => [l.hts10, l]));
  const added = after.lines.filter((l) => !old.has(l.hts10));
  const removed = before.lines.filter((l) => !next.has(l.hts10));
  const redescribed: RedescribedLine[] = [];
  for (const line of after.lines) {
    const was = old.get(line.hts10);
    if (!was || (was.description === line.description && was.unit === line.unit)) continue;
    redescribed.push({
      hts10: line.hts10,
      before: was.description,
      after: line.description,
      ...(was.unit !== line.unit ? { unitBefore: was.unit, unitAfter: line.unit } : {}),
    });
  }
  const covered = (lines: readonly HtsLine[]) => lines.filter((l) => isInScope(scope, l.hts10)).map((l) => l.hts10);
  return {
    added,
    removed,
    redescribed,
    coveredBefore: covered(before.lines).length,
    coveredAfter: covered(after.lines).length,
    coveredAdded: covered(added),
    coveredRemoved: covered(removed),
  };
}

/**
 * Where a licence using a code that a revision drops should go: the lines the revision adds under
 * the same 8-digit subheading (7601.10.60.30 → .40 and .45), else whatever that subheading still
 * has, else nothing.
 */
export function replacementsFor(hts10: string, diff: RevisionDiff, after: HtsRevision): string[] {
  const subheading = hts10.slice(0, 8);
  const added = diff.added.filter((l) => l.hts10.startsWith(subheading)).map((l) => l.hts10);
  if (added.length > 0) return added;
  return after.lines.filter((l) => l.hts10.startsWith(subheading)).map((l) => l.hts10);
}

/** "7601.10.60.40 or .45": codes after the first that share its first eight digits are shortened to their suffix. */
export function listCodes(codes: readonly string[]): string {
  if (codes.length === 0) return '';
  const [first, ...rest] = codes;
  const parts = [
    formatHts(first!),
    ...rest.map((c) => (c.slice(0, 8) === first!.slice(0, 8) ? `.${c.slice(8)}` : formatHts(c))),
  ];
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}
