import { runInWorker } from '#core/workers/run-in-worker';

import { type Answer, refusedAnswer } from './answer-rows';

export type { Answer, AnswerRow } from './answer-rows';

/** Reads a supplier's answer in a worker thread, under the spreadsheet limits (answer-rows.ts). */
export function readAnswer(bytes: Uint8Array, fileName: string, kind: 'xlsx' | 'csv'): Promise<Answer> {
  return runInWorker('read-answer', { bytes, fileName, kind }, (reason) => refusedAnswer(fileName, reason));
}
