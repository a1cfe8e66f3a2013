import { readTableRows } from '../import/table-rows';

/**
 * The work done on untrusted input in a worker thread (run-in-worker.ts), by name. Inputs and
 * outputs cross a structured clone: plain data and typed arrays only.
 */
export const workerTasks = {
  'read-table': ({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) => readTableRows(bytes, fileName),
};

export type WorkerTaskName = keyof typeof workerTasks;
export type WorkerTaskInput<K extends WorkerTaskName> = Parameters<(typeof workerTasks)[K]>[0];
export type WorkerTaskOutput<K extends WorkerTaskName> = Awaited<ReturnType<(typeof workerTasks)[K]>>;
