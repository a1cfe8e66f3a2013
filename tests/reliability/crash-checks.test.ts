import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixedClock } from '#core/clock';

import { openTestCore, type TestCore } from '../support/temp-core';
import { dataDirOf, harnessNow } from './harness/crash-operation';
import { batchTransition } from './operations/batch-transition';
import { bulkImport } from './operations/bulk-import';

// The harness is only as good as its checks: each must notice the damage it is there to notice.
let root: string;
let core: TestCore | null = null;
const open = () =>
  (core = openTestCore({ dataDir: dataDirOf(root), clock: fixedClock(harnessNow), logError: () => {} }));

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-crash-checks-'));
  fs.mkdirSync(dataDirOf(root), { recursive: true });
});
afterEach(() => {
  core?.close();
  core = null;
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the batch status change checks', () => {
  const params = { licences: 6, batchSize: 3 };

  it('pass untouched data and fully applied batches', async () => {
    const baseline = batchTransition.prepare(root, params) as Awaited<ReturnType<typeof batchTransition.prepare>>;
    await batchTransition.run(root, params, () => {});
    expect(await batchTransition.check(open(), root, params, baseline, ['window', 'batch:0', 'batch:1'])).toEqual({
      partial: [],
      lost: [],
    });
  });

  it('report a batch left half done, and an acknowledged batch that is missing', async () => {
    const baseline = batchTransition.prepare(root, params) as Awaited<ReturnType<typeof batchTransition.prepare>>;
    const c = open();
    // What a non-atomic write would leave: one licence of batch 0 changed, without its audit entry.
    c.db.prepare("UPDATE licences SET status = 'ready' WHERE id = ?").run(baseline.licenceIds[0]);
    const verdict = await batchTransition.check(c, root, params, baseline, ['window', 'batch:0']);
    expect(verdict.partial).toEqual([
      'batch 0 is half done: 1 of 3 licences are ready',
      '1 licences are ready but the audit trail records 0 such changes',
      '1 licences are ready but their status history has 0 such steps',
      'the audit trail has 6 entries, not the 7 the licences account for',
    ]);
    expect(verdict.lost).toEqual(['batch 0 was committed (acknowledged) but is not all there']);
  });

  it('report licences and audit entries that existed before and are gone', async () => {
    const baseline = batchTransition.prepare(root, params) as Awaited<ReturnType<typeof batchTransition.prepare>>;
    const c = open();
    c.db.prepare('DELETE FROM licences WHERE id = ?').run(baseline.licenceIds[5]);
    c.db.prepare('DELETE FROM audit_log WHERE seq = 6').run();
    expect((await batchTransition.check(c, root, params, baseline, [])).lost).toEqual([
      '1 licence(s) that existed before the operation are gone',
      'audit entry 6, written before the operation, is gone or changed',
    ]);
  });
});

describe('the import checks', () => {
  it('pass a whole import and report a partial one', async () => {
    const params = { rows: 20 };
    const baseline = bulkImport.prepare(root, params) as Awaited<ReturnType<typeof bulkImport.prepare>>;
    await bulkImport.run(root, params, () => {});
    const c = open();
    expect(await bulkImport.check(c, root, params, baseline, ['window', 'committed:10'])).toEqual({
      partial: [],
      lost: [],
    });
    c.db.pragma('foreign_keys = ON');
    c.db.prepare("DELETE FROM licences WHERE reference = 'PO-00010'").run();
    expect(await bulkImport.check(c, root, params, baseline, ['window', 'committed:10'])).toEqual({
      partial: [
        "9 of the file's 10 licences were imported",
        '9 licences were imported but the audit trail records 10 imports',
      ],
      lost: ['the import was committed (acknowledged) but is not all there'],
    });
  });
});
