import { batchTransition } from './batch-transition';
import { bulkImport } from './bulk-import';
import { portalSync } from './portal-sync';

/** The operations the crash harness knows, by name (the child process looks them up here). */
export const operations = {
  'batch-transition': batchTransition,
  'bulk-import': bulkImport,
  'portal-sync': portalSync,
} as const;

export type OperationName = keyof typeof operations;
