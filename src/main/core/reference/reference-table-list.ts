import type { ReferenceTables } from '#shared/contract/reference';
import { referenceFreshness } from '#shared/reference/freshness';
import { coveredLines, inForce } from '#shared/reference/hts';
import type { ImportedCbpList, ImportedPortList } from '#shared/reference/imported-port-list';
import { bundledCbpPorts } from '#shared/reference/ports';
import { bundledReferenceData } from '#shared/reference/reference-data';

import type { ReferenceStore } from './reference-store';
import { bundledCbpId, cbpIdOf } from './reference-table';

/** The reference tables in the app, bundled and imported, and which are in force today. */
export function listReferenceTables(reference: ReferenceStore, day: string): ReferenceTables {
  const index = reference.current();
  const revisions = [...index.data.htsRevisions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const inForceToday = index.htsOn(day).revision.id;
  const bundledPorts = bundledReferenceData.ports;
  const portLists = [bundledPorts, ...reference.imported().censusPorts].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const cbpLists = [bundledCbpPorts, ...reference.imported().cbpPorts].sort((a, b) => a.asOf.localeCompare(b.asOf));
  return {
    version: index.version,
    today: day,
    freshness: referenceFreshness(index.data, day),
    tables: [
      ...revisions.map((revision, i) => ({
        id: revision.id,
        kind: 'hts' as const,
        label: revision.label,
        effectiveFrom: revision.effectiveFrom,
        until: revisions[i + 1]?.effectiveFrom ?? null,
        inForceToday: revision.id === inForceToday,
        source: revision.source,
        origin: revision.origin ?? null,
        count: revision.lines.length,
        coveredCount: coveredLines(revision, inForce(index.data.coveredScope.revisions, revision.effectiveFrom)).length,
        removable: revision.origin?.kind === 'imported',
      })),
      ...portLists.map((ports) => {
        const imported = 'id' in ports ? (ports as ImportedPortList) : null;
        return {
          id: imported?.id ?? 'ports-schedule-d',
          kind: 'ports-census' as const,
          label: imported?.label ?? 'Census Schedule D port list',
          effectiveFrom: ports.asOf,
          until: null,
          inForceToday:
            ('id' in index.data.ports ? (index.data.ports as ImportedPortList).id : 'ports-schedule-d') ===
            (imported?.id ?? 'ports-schedule-d'),
          // The bundled list's source names its file in this repository; people need the publication.
          source: ports.source.replace(/; assets\/\S+$/, ''),
          origin: imported?.origin ?? null,
          count: ports.ports.length,
          coveredCount: null,
          removable: imported !== null,
        };
      }),
      ...cbpLists.map((list) => {
        const imported = 'id' in list ? (list as ImportedCbpList) : null;
        return {
          id: imported?.id ?? bundledCbpId,
          kind: 'ports-cbp' as const,
          label: imported?.label ?? 'CBP port codes beyond the Census list',
          effectiveFrom: list.asOf,
          until: null,
          inForceToday: cbpIdOf(index.data.cbpPorts ?? bundledCbpPorts) === (imported?.id ?? bundledCbpId),
          source: list.source.replace(/; assets\/\S+$/, ''),
          origin: imported?.origin ?? null,
          count: list.ports.length,
          coveredCount: null,
          removable: imported !== null,
        };
      }),
    ],
  };
}
