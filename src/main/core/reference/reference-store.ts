import type { HtsRevision } from '#shared/reference/hts';
import {
  cbpPortsInForce,
  type ImportedCbpList,
  type ImportedPortList,
  portListInForce,
} from '#shared/reference/imported-port-list';
import { bundledCbpPorts } from '#shared/reference/ports';
import {
  bundledReferenceData,
  indexReferenceData,
  type ReferenceData,
  type ReferenceIndex,
} from '#shared/reference/reference-data';
import type { ReferenceSnapshot } from '#shared/reference/reference-schema';

import type { ReferenceTableStore } from './reference-table-store';

/** What a data folder adds to the bundled tables. */
export interface ImportedTables {
  readonly hts: readonly HtsRevision[];
  readonly censusPorts: readonly ImportedPortList[];
  readonly cbpPorts: readonly ImportedCbpList[];
}

export const noImportedTables: ImportedTables = { hts: [], censusPorts: [], cbpPorts: [] };

/**
 * The bundled tables with a data folder's imported ones beside them (never instead of them): every
 * HTS revision in force on its own dates, and the most recently published port lists.
 */
export function withImported(base: ReferenceData, imported: ImportedTables): ReferenceData {
  const ports = portListInForce(base.ports, imported.censusPorts);
  return {
    ...base,
    ports,
    cbpPorts: cbpPortsInForce(base.cbpPorts ?? bundledCbpPorts, imported.cbpPorts, ports),
    htsRevisions: [...base.htsRevisions, ...imported.hts],
  };
}

/**
 * The reference data in force: the tables bundled with this version plus those imported into the
 * data folder. A change replaces the whole index at once, so rules never see a half-updated set.
 */
export interface ReferenceStore {
  current(): ReferenceIndex;
  snapshot(): ReferenceSnapshot;
  /** The imported tables in force now. */
  imported(): ImportedTables;
  /** Reads the data folder's tables again (after an import or a removal). */
  reload(): ReferenceIndex;
}

export function createReferenceStore(
  tables: Pick<ReferenceTableStore, 'htsRevisions' | 'censusPortLists' | 'cbpPortLists'> | null = null,
  bundled: ReferenceData = bundledReferenceData,
): ReferenceStore {
  let imported: ImportedTables = noImportedTables;
  let index: ReferenceIndex;
  const load = () => {
    imported = tables
      ? { hts: tables.htsRevisions(), censusPorts: tables.censusPortLists(), cbpPorts: tables.cbpPortLists() }
      : noImportedTables;
    index = indexReferenceData(withImported(bundled, imported));
    return index;
  };
  load();
  return {
    current: () => index,
    snapshot: () => ({ version: index.version, asOf: index.asOf, data: index.data as ReferenceSnapshot['data'] }),
    imported: () => imported,
    reload: load,
  };
}
