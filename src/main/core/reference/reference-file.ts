import { runInWorker } from '#core/workers/run-in-worker';
import type { WorkerBudget } from '#core/workers/worker-budget';
import { looksLikeScheduleD } from '#shared/reference/census-schedule-d';

import { type CbpPortFile, readCbpPortList } from './cbp-port-file';
import { type HtsExport, htsExportFromText, referenceText, refuseFile } from './hts-export-file';
import { isPdf } from './pdf-words';
import { type CensusPortFile, readCensusScheduleD } from './port-list-file';

/** A reference file a person gave the app, by what it turned out to be. */
export type ReferenceFile =
  | { type: 'hts'; hts: HtsExport }
  | { type: 'ports-census'; ports: CensusPortFile }
  | { type: 'ports-cbp'; ports: CbpPortFile };

/**
 * Which publisher's file this is, read whole: a USITC HTS export, the Census Schedule D list
 * (text), or CBP's port code list (a PDF, the only form CBP publishes it in).
 */
export async function readReferenceFile(bytes: Uint8Array, fileName: string): Promise<ReferenceFile> {
  if (isPdf(bytes)) return { type: 'ports-cbp', ports: await readCbpPortList(bytes, fileName) };
  const text = referenceText(bytes, fileName);
  if (looksLikeScheduleD(text)) return { type: 'ports-census', ports: readCensusScheduleD(text, fileName) };
  return { type: 'hts', hts: htsExportFromText(text, fileName) };
}

/** The app's own choice: the whole schedule as JSON reads in well under a second and 200 MB; CBP's PDF in a few. */
const referenceFileBudget: WorkerBudget = { memoryMb: 512, timeoutMs: 30_000 };

/**
 * A reference file read in a worker thread under a memory and a time limit (as every file from
 * outside is), so a hostile one can end only that worker.
 */
export function readReferenceFileInWorker(bytes: Uint8Array, fileName: string): Promise<ReferenceFile> {
  return runInWorker(
    'read-reference-file',
    { bytes, fileName },
    (reason) => refuseFile(fileName, reason),
    referenceFileBudget,
  );
}
