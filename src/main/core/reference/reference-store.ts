import type { HtsRevision } from '../../../shared/reference/hts';
import {
  bundledReferenceData,
  indexReferenceData,
  type ReferenceData,
  type ReferenceIndex,
} from '../../../shared/reference/reference-data';
import type { ReferenceSnapshot } from '../../../shared/reference/reference-schema';
import type { ReferenceTableStore } from './reference-table-store';

/** The bundled tables with a data folder's imported revisions beside them (never instead of them). */
export function withImported(base: ReferenceData, imported: readonly HtsRevision[]): ReferenceData {
  return { ...base, htsRevisions: [...base.htsRevisions, ...imported] };
}

/**
 * The reference data in force: the tables bundled with this version plus those imported into the
 * data folder. A change replaces the whole index at once, so rules never see a half-updated set.
 */
export interface ReferenceStore {
  current(): ReferenceIndex;
  snapshot(): ReferenceSnapshot;
  /** The imported revisions in force now. */
  imported(): readonly HtsRevision[];
  /** Reads the data folder's tables again (after an import or a removal). */
  reload(): ReferenceIndex;
}

export function createReferenceStore(
  tables: Pick<ReferenceTableStore, 'htsRevisions'> | null = null,
  bundled: ReferenceData = bundledReferenceData,
): ReferenceStore {
  let imported: readonly HtsRevision[] = [];
  let index: ReferenceIndex;
  const load = () => {
    imported = tables?.htsRevisions() ?? [];
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
