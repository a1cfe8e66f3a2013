import type { HtsRevision } from '#shared/reference/hts';
import type { ImportedCbpList, ImportedPortList } from '#shared/reference/imported-port-list';
import type { CbpPortList } from '#shared/reference/ports';

/** A table in a change: an HTS revision, or a Census or CBP port list with its id and label. */
export type Table =
  | { type: 'hts'; revision: HtsRevision }
  | { type: 'ports-census'; list: ImportedPortList }
  | { type: 'ports-cbp'; list: ImportedCbpList };

/** The id under which the bundled CBP codes are listed (their file's name). */
export const bundledCbpId = 'ports-cbp-appendix-e';
export const cbpIdOf = (list: CbpPortList) => ('id' in list ? String(list.id) : bundledCbpId);

export const tableFacts = (table: Table) =>
  table.type === 'hts'
    ? {
        id: table.revision.id,
        label: table.revision.label,
        effectiveFrom: table.revision.effectiveFrom,
        source: table.revision.source,
        origin: table.revision.origin ?? null,
        count: table.revision.lines.length,
      }
    : {
        id: table.list.id,
        label: table.list.label,
        effectiveFrom: table.list.asOf,
        source: table.list.source,
        origin: table.list.origin,
        count: table.list.ports.length,
      };
