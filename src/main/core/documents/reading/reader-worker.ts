import { parentPort, workerData } from 'node:worker_threads';
import { ReadingLimitError, readPages, type ReaderMessage } from './read-pages';
import type { ReadableKind, ReadingLimits } from './reading-limits';

/*
 * The reading worker's entry: reads one file's pages and posts them one by one, then 'done' (or
 * 'failed' with one sentence). Started by document-reader.ts through runBoundedWorker.
 */

export interface ReaderJob {
  readonly bytes: Uint8Array;
  readonly kind: ReadableKind;
  readonly limits: ReadingLimits;
}

export type WorkerMessage =
  | ReaderMessage
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly limit: boolean; readonly message: string };

const job = workerData as ReaderJob;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

readPages(job.bytes, job.kind, job.limits, post).then(
  () => post({ type: 'done' }),
  (error: unknown) =>
    post({
      type: 'failed',
      limit: error instanceof ReadingLimitError,
      message: error instanceof Error ? error.message : String(error),
    }),
);
