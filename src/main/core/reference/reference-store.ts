import {
  bundledReferenceData,
  indexReferenceData,
  type ReferenceData,
  type ReferenceIndex,
} from '../../../shared/reference/reference-data';
import type { ReferenceSnapshot } from '../../../shared/reference/reference-schema';

/**
 * The reference data in force. It starts as the data bundled with this version; newer tables
 * (delivered by sync) replace it as a whole, so rules never see a half-updated set.
 */
export interface ReferenceStore {
  current(): ReferenceIndex;
  snapshot(): ReferenceSnapshot;
  replace(data: ReferenceData): ReferenceIndex;
}

export function createReferenceStore(initial: ReferenceData = bundledReferenceData): ReferenceStore {
  let index = indexReferenceData(initial);
  return {
    current: () => index,
    snapshot: () => ({ version: index.version, asOf: index.asOf, data: index.data as ReferenceSnapshot['data'] }),
    replace(data) {
      index = indexReferenceData(data);
      return index;
    },
  };
}
