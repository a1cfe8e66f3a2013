import fs from 'node:fs';
import path from 'node:path';

import { fixedClock } from '#core/clock';

import { canonicalFile } from '../../support/licence-files';
import { validDraft } from '../../support/licence-fixtures';
import { openTestCore } from '../../support/temp-core';
import { type CrashOperation, dataDirOf, harnessNow, type Verdict } from '../harness/crash-operation';
import { baselineLosses, type StoredBaseline, takeBaseline } from './baseline';

export interface BulkImportParams {
  /** File rows; the canonical test file puts two rows (product lines) on each licence. */
  readonly rows: number;
}

interface ImportBaseline extends StoredBaseline {
  readonly fileLicences: number;
}

const open = (root: string) =>
  openTestCore({ dataDir: dataDirOf(root), clock: fixedClock(harnessNow), logError: () => {} });
const inputFile = (root: string) => path.join(root, 'import.csv');

/**
 * Imports a canonical CSV (10,000 rows in the full run) through the importer's preview and
 * commit, the path the app and `aim-licence import` take. The commit is one transaction: after a
 * kill the file's licences are all there (with one audit entry each) or none are, and the
 * licences that existed before are untouched.
 */
export const bulkImport: CrashOperation<BulkImportParams, ImportBaseline> = {
  name: 'bulk-import',
  description: 'import of a canonical CSV file (preview, then one all-or-nothing commit)',

  prepare(root, params) {
    fs.writeFileSync(inputFile(root), canonicalFile(params.rows).csv);
    const core = open(root);
    try {
      for (const reference of ['EXISTING-1', 'EXISTING-2', 'EXISTING-3'])
        core.licences.create(validDraft({ reference }));
      return { ...takeBaseline(core), fileLicences: Math.ceil(params.rows / 2) };
    } finally {
      core.close();
    }
  },

  async run(root, _params, ack) {
    const core = open(root);
    const preview = await core.imports.preview('import.csv', fs.readFileSync(inputFile(root)));
    if (!preview.importId)
      throw new Error(`the test file is not importable: missing ${preview.missingColumns.join(', ')}`);
    ack('window');
    const { created } = core.imports.commit(preview.importId, false);
    ack(`committed:${created.length}`);
    core.close();
  },

  check(core, _root, _params, baseline, acks): Verdict {
    const partial: string[] = [];
    const lost = baselineLosses(core, baseline);
    const licences = core.db.prepare<[], number>('SELECT count(*) FROM licences').pluck().get()!;
    const imported = licences - baseline.licenceIds.length;
    const importEntries = core.db
      .prepare<[], number>("SELECT count(*) FROM audit_log WHERE action = 'import'")
      .pluck()
      .get()!;
    if (imported !== 0 && imported !== baseline.fileLicences)
      partial.push(`${imported} of the file's ${baseline.fileLicences} licences were imported`);
    if (importEntries !== imported)
      partial.push(`${imported} licences were imported but the audit trail records ${importEntries} imports`);
    const lines = core.db.prepare<[], number>('SELECT count(*) FROM licence_lines').pluck().get()!;
    const expectedLines = baseline.licenceIds.length + (imported === 0 ? 0 : imported * 2);
    if (lines !== expectedLines)
      partial.push(`there are ${lines} product lines, not the ${expectedLines} the licences account for`);
    if (acks.some((a) => a.startsWith('committed:')) && imported !== baseline.fileLicences)
      lost.push('the import was committed (acknowledged) but is not all there');
    return { partial, lost };
  },
};
