import { readTableRows } from '#core/imports/table-rows';
import { readReferenceFile } from '#core/reference/reference-file';
import { checkAuditPackSource } from '#core/reports/audit-pack-verify';
import { type ReadDocumentInput, readDocumentTask } from '#core/suppliers/documents/reading/read-document-task';
import { readAnswerRows } from '#core/suppliers/requests/answer-rows';
import { type BackupDatabaseConversion, convertBackupDatabase } from '#core/vault/convert-backup-database';

/**
 * The work done in a worker thread (run-in-worker.ts), by name: mostly on untrusted input. Inputs and
 * outputs cross a structured clone: plain data and typed arrays only.
 */
export const workerTasks = {
  'read-table': ({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) => readTableRows(bytes, fileName),
  'read-answer': ({ bytes, fileName, kind }: { bytes: Uint8Array; fileName: string; kind: 'xlsx' | 'csv' }) =>
    readAnswerRows(bytes, fileName, kind),
  'verify-audit-pack': (source: { bytes: Uint8Array } | { file: string }) => checkAuditPackSource(source),
  // pdf.js, the canvas and the OCR engine are loaded by the task itself, when a document is read.
  'read-document': (input: ReadDocumentInput) => readDocumentTask(input),
  'read-reference-file': ({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) =>
    readReferenceFile(bytes, fileName),
  // Not untrusted input, but long CPU work (decrypt, encrypt, check): off the main thread, several at once.
  'convert-backup-database': (input: BackupDatabaseConversion) => convertBackupDatabase(input),
};

export type WorkerTaskName = keyof typeof workerTasks;
export type WorkerTaskInput<K extends WorkerTaskName> = Parameters<(typeof workerTasks)[K]>[0];
export type WorkerTaskOutput<K extends WorkerTaskName> = Awaited<ReturnType<(typeof workerTasks)[K]>>;
