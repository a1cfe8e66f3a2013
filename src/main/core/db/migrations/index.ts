import type { Migration } from '#core/db/migration';

import { initial } from './0001-initial';
import { supplierEvidence } from './0002-supplier-evidence';
import { syncOutbox } from './0003-sync-outbox';
import { withdrawn4 } from './0004-withdrawn';
import { importPresets } from './0005-import-presets';
import { licenceEdits } from './0006-licence-edits';
import { referenceTables } from './0007-reference-tables';
import { licenceKindsAndUses } from './0008-licence-kinds-and-uses';
import { documentReading } from './0009-document-reading';

/**
 * Every schema step. Static imports (not a directory scan) so the list is bundled into the main
 * build and works inside an ASAR archive. Sorted by number here; a number used twice is refused
 * when the database opens.
 */
export const migrations: readonly Migration[] = [
  initial,
  supplierEvidence,
  syncOutbox,
  withdrawn4,
  importPresets,
  licenceEdits,
  referenceTables,
  licenceKindsAndUses,
  documentReading,
].sort((a, b) => a.version - b.version);
