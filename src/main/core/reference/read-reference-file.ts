import { runInWorker } from '../workers/run-in-worker';
import type { WorkerBudget } from '../workers/worker-budget';
import { refuseFile, type HtsExport } from './hts-export-file';

/** The app's own choice: the whole schedule as JSON reads in well under a second and 200 MB. */
const referenceFileBudget: WorkerBudget = { memoryMb: 512, timeoutMs: 30_000 };

/**
 * A USITC export a person gave the app, read in a worker thread under a memory and a time limit
 * (as every file from outside is), so a hostile one can end only that worker.
 */
export function readHtsExportFile(bytes: Uint8Array, fileName: string): Promise<HtsExport> {
  return runInWorker(
    'read-hts-export',
    { bytes, fileName },
    (reason) => refuseFile(fileName, reason),
    referenceFileBudget,
  );
}
