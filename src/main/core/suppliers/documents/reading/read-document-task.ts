import { FileLimitError, MalformedFileError } from '#core/bounded/file-limit-error';
import { AppError } from '#shared/contract';

import { type ReadPages, readPages } from './read-pages';
import type { ReadableKind, ReadingLimits } from './reading-limits';

export interface ReadDocumentInput {
  readonly bytes: Uint8Array;
  readonly kind: ReadableKind;
  readonly fileName: string;
  readonly limits: ReadingLimits;
}

export const notRead = (fileName: string, reason: string) =>
  new AppError('UNREADABLE_FILE', `"${fileName}" was not read: ${reason}.`, { fileName, limit: true });

/** The worker task: a file's pages as positioned words, or one sentence saying why not. */
export async function readDocumentTask({ bytes, kind, fileName, limits }: ReadDocumentInput): Promise<ReadPages> {
  try {
    return await readPages(bytes, kind, limits, Date.now() + limits.softTimeoutMs);
  } catch (error) {
    if (error instanceof FileLimitError) throw notRead(fileName, error.reason);
    if (error instanceof MalformedFileError)
      throw new AppError('UNREADABLE_FILE', `"${fileName}" cannot be read: ${error.reason}.`, { fileName });
    throw error;
  }
}
