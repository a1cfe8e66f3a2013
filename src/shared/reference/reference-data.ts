import {
  bundledCoveredScope,
  bundledHtsRevisions,
  coveredLines,
  type CoveredScope,
  type CoveredScopeRevision,
  type HtsLine,
  type HtsRevision,
  inForce,
  productCategory,
} from './hts';
import { bundledCbpPorts, bundledPorts, type CbpPortList, indexPorts, type PortIndex, type PortList } from './ports';

/** Every table the rules and pickers rely on, versioned and dated as one unit. */
export interface ReferenceData {
  /** The Census Schedule D list (and the statistics codes that are not ports of entry). */
  readonly ports: PortList;
  /** CBP's codes beyond it (ACE Appendix E); tables from before it was bundled lack it. */
  readonly cbpPorts?: CbpPortList;
  readonly htsRevisions: readonly HtsRevision[];
  readonly coveredScope: CoveredScope;
}

export interface HtsInForce {
  readonly revision: HtsRevision;
  readonly scope: CoveredScopeRevision;
  readonly byCode: ReadonlyMap<string, HtsLine>;
  readonly covered: ReadonlySet<string>;
  readonly coveredLines: readonly HtsLine[];
  category(hts10: string): string | null;
}

export interface ReferenceIndex {
  readonly data: ReferenceData;
  /** A stable name for this combination of tables, recorded on every validation. */
  readonly version: string;
  /** The newest source date among the tables: shown as "data as of …". */
  readonly asOf: string;
  readonly ports: PortIndex;
  /** The HTS revision and covered list in force on a date (YYYY-MM-DD). */
  htsOn(isoDate: string): HtsInForce;
  /** Which revisions list a code at all (to explain a code that changed between revisions). */
  revisionsListing(hts10: string): HtsRevision[];
}

export const bundledReferenceData: ReferenceData = {
  ports: bundledPorts,
  cbpPorts: bundledCbpPorts,
  htsRevisions: bundledHtsRevisions,
  coveredScope: bundledCoveredScope,
};

export function referenceVersion(data: ReferenceData): string {
  const hts = [...data.htsRevisions]
    .map((r) => r.id)
    .sort()
    .join('+');
  const scope = data.coveredScope.revisions.map((r) => r.id).join('+');
  // An imported list is named by its id: two lists can be produced in the same month.
  const named = (list: { asOf: string }, prefix: string) =>
    'id' in list && typeof list.id === 'string' ? list.id : `${prefix}-${list.asOf}`;
  return `${hts};${named(data.ports, 'ports')}+${named(data.cbpPorts ?? bundledCbpPorts, 'cbp')};scope-${scope}`;
}

export function indexReferenceData(data: ReferenceData): ReferenceIndex {
  const cache = new Map<string, HtsInForce>();
  // The rules ask for the data in force on each licence's import date: answered once per date.
  const byDate = new Map<string, HtsInForce>();
  const cbpPorts = data.cbpPorts ?? bundledCbpPorts;
  const asOf = [
    data.ports.asOf,
    cbpPorts.asOf,
    ...data.htsRevisions.map((r) => r.sourceDate),
    ...data.coveredScope.revisions.map((r) => r.effectiveFrom),
  ]
    .sort()
    .at(-1)!;
  const listing = new Map<string, HtsRevision[]>();
  for (const revision of data.htsRevisions) {
    for (const line of revision.lines) listing.set(line.hts10, [...(listing.get(line.hts10) ?? []), revision]);
  }
  return {
    data,
    version: referenceVersion(data),
    asOf,
    ports: indexPorts(data.ports, cbpPorts),
    htsOn(isoDate) {
      const known = byDate.get(isoDate);
      if (known) return known;
      const revision = inForce(data.htsRevisions, isoDate);
      const scope = inForce(data.coveredScope.revisions, isoDate);
      const key = `${revision.id}|${scope.id}`;
      let entry = cache.get(key);
      if (!entry) {
        const lines = coveredLines(revision, scope);
        entry = {
          revision,
          scope,
          byCode: new Map(revision.lines.map((l) => [l.hts10, l])),
          covered: new Set(lines.map((l) => l.hts10)),
          coveredLines: lines,
          category: (hts10) => productCategory(scope, hts10),
        };
        cache.set(key, entry);
      }
      if (byDate.size < 5000) byDate.set(isoDate, entry);
      return entry;
    },
    revisionsListing: (hts10) => listing.get(hts10) ?? [],
  };
}

export const bundledReference: ReferenceIndex = indexReferenceData(bundledReferenceData);
