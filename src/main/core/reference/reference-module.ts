import { decodeBase64 } from '#core/suppliers/documents/file-store';
import type { Handlers } from '#shared/contract';
import type { referenceProcedures } from '#shared/contract/reference';

import { createReferenceChanges, type ReferenceChangesDeps } from './reference-changes';

type ReferenceHandlers = Pick<Handlers, keyof typeof referenceProcedures>;

/** Reference data: what is in force, and importing or removing HTS revisions (previewed first). */
export function createReferenceModule(deps: ReferenceChangesDeps) {
  const service = createReferenceChanges(deps);
  const handlers: ReferenceHandlers = {
    'reference.get': () => deps.reference.snapshot(),
    'reference.tables': () => service.list(),
    'reference.previewImport': ({ fileName, contentBase64, label, effectiveFrom }) =>
      service.previewImport({ fileName, bytes: decodeBase64(contentBase64, fileName), label, effectiveFrom }),
    'reference.previewRemoval': ({ id }) => service.previewRemoval(id),
    'reference.apply': ({ previewId }) => service.apply(previewId),
  };
  return { service, handlers };
}
export type ReferenceModule = ReturnType<typeof createReferenceModule>;
