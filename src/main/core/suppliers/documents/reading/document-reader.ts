import { performance } from 'node:perf_hooks';

import { runInWorker } from '#core/workers/run-in-worker';
import { proposeFields } from '#shared/suppliers/reading/propose-fields';
import type { DocumentReading } from '#shared/suppliers/reading/reading-schema';

import { notRead } from './read-document-task';
import { defaultReadingLimits, type ReadableKind, type ReadingLimits } from './reading-limits';

/*
 * Reads a supplier document offline and proposes what it states (src/shared/suppliers/reading).
 * The file is parsed in a worker thread bounded in memory and time (src/main/core/workers); the
 * proposals are made here from the words it returns (pure, and capped in size).
 */

/** A proposal never needs a whole binder's words: pages are capped before they are judged. */
const maxWordsPerPage = 6000;

export async function readDocument(
  bytes: Uint8Array,
  kind: ReadableKind,
  fileName: string,
  limits: ReadingLimits = defaultReadingLimits,
): Promise<DocumentReading> {
  const started = performance.now();
  const read = await runInWorker(
    'read-document',
    { bytes, kind, fileName, limits },
    (reason) => notRead(fileName, reason),
    { memoryMb: limits.maxHeapMb, timeoutMs: limits.timeoutMs },
  );
  const pages = read.pages
    .map((page) => ({ ...page, words: page.words.slice(0, maxWordsPerPage) }))
    .sort((a, b) => a.page - b.page);
  return {
    method: read.ocr ? 'ocr' : 'text',
    pages: Math.max(read.total, pages.length),
    pagesRead: pages.length,
    proposals: proposeFields(pages),
    notes: read.notes,
    readMs: Math.round(performance.now() - started),
  };
}
