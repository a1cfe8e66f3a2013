import type { ReferenceStore } from '#core/reference/reference-store';
import { decodeBase64 } from '#core/suppliers/documents/file-store';
import type { Handlers } from '#shared/contract';

import { checkLicenceFile } from './licence-file-check';

/** `imports.check`: would each licence in a file be fileable as of a day, with this folder's reference data. */
export function createFileCheckModule(deps: { reference: ReferenceStore }) {
  const handlers: Pick<Handlers, 'imports.check'> = {
    'imports.check': ({ fileName, contentBase64, asOf }) =>
      checkLicenceFile(decodeBase64(contentBase64, fileName), fileName, asOf, deps.reference.current()),
  };
  return { handlers };
}
