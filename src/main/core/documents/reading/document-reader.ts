import { performance } from 'node:perf_hooks';
import { AppError } from '../../../../shared/contract';
import type { PageText } from '../../../../shared/evidence/reading/page-text';
import { proposeFields } from '../../../../shared/evidence/reading/propose-fields';
import type { DocumentReading } from '../../../../shared/evidence/reading/reading-schema';
import { runBoundedWorker } from '../../workers/bounded-worker';
import { defaultReadingLimits, type ReadableKind, type ReadingLimits } from './reading-limits';
import type { ReaderJob, WorkerMessage } from './reader-worker';

/*
 * Reads a supplier document offline and proposes what it states (src/shared/evidence/reading).
 * The file is parsed in a worker thread bounded in memory and time; what the worker read before
 * a limit stopped it is kept, and the limit is said in one sentence.
 */

const pageRange = (pages: readonly PageText[]) =>
  pages.length === 1 ? `page ${pages[0]!.page}` : `pages ${pages[0]!.page}–${pages.at(-1)!.page}`;

/** The text of the pages read, for the proposals (capped: a proposal never needs a whole binder's words). */
const maxWordsPerPage = 6000;

export async function readDocument(
  bytes: Uint8Array,
  kind: ReadableKind,
  limits: ReadingLimits = defaultReadingLimits,
): Promise<DocumentReading> {
  const started = performance.now();
  const pages: PageText[] = [];
  const notes: string[] = [];
  let total = 0;
  let ocr = false;
  let failure: { limit: boolean; message: string } | null = null;
  const copy = new Uint8Array(bytes);
  const job: ReaderJob = { bytes: copy, kind, limits };
  const end = await runBoundedWorker<WorkerMessage>(
    'reader-worker',
    __dirname,
    job,
    { timeoutMs: limits.timeoutMs, maxHeapMb: limits.maxHeapMb },
    (message) => {
      switch (message.type) {
        case 'pages':
          total = message.total;
          return false;
        case 'page':
          pages.push({ ...message.page, words: message.page.words.slice(0, maxWordsPerPage) });
          if (message.method === 'ocr') ocr = true;
          return false;
        case 'note':
          notes.push(message.note);
          return false;
        case 'failed':
          failure = { limit: message.limit, message: message.message };
          return true;
        case 'done':
          return true;
      }
    },
    [copy.buffer as ArrayBuffer],
  );
  const seconds = Math.round(limits.timeoutMs / 1000);
  const stopped = (why: string) => {
    if (pages.length === 0)
      throw new AppError('UNREADABLE_FILE', `${why} before its first page was read.`, { limit: true });
    notes.push(
      `${why} after ${pageRange(pages)}${total > pages.length ? ` of ${total}` : ''}; the proposals come from ${pages.length === 1 ? 'that page' : 'those pages'} only.`,
    );
  };
  if (end.kind === 'timeout') stopped(`Reading stopped at ${seconds} seconds, the limit for one file,`);
  else if (end.kind === 'out-of-memory')
    stopped(`Reading stopped when the file needed more than ${limits.maxHeapMb} MB of memory, the limit for one file,`);
  else if (end.kind === 'crashed') stopped(`The reader failed on this file (${end.message})`);
  const failed = failure as { limit: boolean; message: string } | null;
  if (failed) {
    if (pages.length === 0) throw new AppError('UNREADABLE_FILE', failed.message, { limit: failed.limit });
    notes.push(failed.message);
  }
  const ordered = pages.sort((a, b) => a.page - b.page);
  return {
    method: ocr ? 'ocr' : 'text',
    pages: Math.max(total, ordered.length),
    pagesRead: ordered.length,
    proposals: proposeFields(ordered),
    notes,
    readMs: Math.round(performance.now() - started),
  };
}
