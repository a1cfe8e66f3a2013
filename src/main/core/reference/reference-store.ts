import type { HtsRevision } from '../../../shared/reference/hts';
import { portListInForce, type ImportedPortList } from '../../../shared/reference/imported-port-list';
import {
  bundledReferenceData,
  indexReferenceData,
  type ReferenceData,
  type ReferenceIndex,
} from '../../../shared/reference/reference-data';
import type { ReferenceSnapshot } from '../../../shared/reference/reference-schema';
import type { ReferenceTableStore } from './reference-table-store';

/** What a data folder adds to the bundled tables. */
export interface ImportedTables {
  readonly hts: readonly HtsRevision[];
  readonly censusPorts: readonly ImportedPortList[];
}

export const noImportedTables: ImportedTables = { hts: [], censusPorts: [] };

/**
 * The bundled tables with a data folder's imported ones beside them (never instead of them): every
 * HTS revision in force on its own dates, and the most recently produced port list.
 */
export function withImported(base: ReferenceData, imported: ImportedTables): ReferenceData {
  return {
    ...base,
    ports: portListInForce(base.ports, imported.censusPorts),
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
  tables: Pick<ReferenceTableStore, 'htsRevisions' | 'censusPortLists'> | null = null,
  bundled: ReferenceData = bundledReferenceData,
): ReferenceStore {
  let imported: ImportedTables = noImportedTables;
  let index: ReferenceIndex;
  const load = () => {
    imported = tables ? { hts: tables.htsRevisions(), censusPorts: tables.censusPortLists() } : noImportedTables;
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
