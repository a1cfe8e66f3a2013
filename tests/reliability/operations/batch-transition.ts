import { fixedClock } from '#core/clock';

import { validDraft } from '../../support/licence-fixtures';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { type CrashOperation, dataDirOf, harnessNow, type Verdict } from '../harness/crash-operation';
import { baselineLosses, type StoredBaseline, takeBaseline } from './baseline';

export interface BatchTransitionParams {
  readonly licences: number;
  readonly batchSize: number;
}

const open = (root: string) =>
  openTestCore({ dataDir: dataDirOf(root), clock: fixedClock(harnessNow), logError: () => {} });
const draftIds = (core: TestCore) =>
  core.db.prepare<[], string>('SELECT id FROM licences ORDER BY rowid').pluck().all();

function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Marks thousands of valid drafts "ready" through `licences.transition`, in batches (one
 * transaction each: validate every licence, change its status, write its history and audit
 * entries). After a kill each batch must be wholly done or wholly untouched, and every batch
 * acknowledged before the kill must be there.
 */
export const batchTransition: CrashOperation<BatchTransitionParams, StoredBaseline> = {
  name: 'batch-transition',
  description: 'licences.transition to "ready" over many licences, in batches of one transaction each',

  prepare(root, params) {
    const core = open(root);
    try {
      // One transaction (each create a savepoint inside it) keeps setting up thousands of drafts quick.
      core.db.transaction(() => {
        for (let i = 0; i < params.licences; i += 1)
          core.licences.create(validDraft({ reference: `CR-${String(i).padStart(5, '0')}` }));
      })();
      return takeBaseline(core);
    } finally {
      core.close();
    }
  },

  async run(root, params, ack) {
    const core = open(root);
    const batches = batchesOf(draftIds(core), params.batchSize);
    ack('window');
    for (const [index, ids] of batches.entries()) {
      const result = await core.dispatch(
        'licences.transition',
        { ids, to: 'ready', note: `crash batch ${index}` },
        { host: 'in-process' },
      );
      if (!result.ok) throw new Error(result.error.message);
      const outcome = result.value as { changed: string[]; refused: { message: string }[] };
      if (outcome.changed.length !== ids.length)
        throw new Error(`batch ${index}: ${outcome.refused[0]?.message ?? 'not every licence changed'}`);
      ack(`batch:${index}`);
    }
    core.close();
  },

  check(core, _root, params, baseline, acks): Verdict {
    const partial: string[] = [];
    const lost = baselineLosses(core, baseline);
    const status = new Map(
      core.db
        .prepare<[], { id: string; status: string }>('SELECT id, status FROM licences')
        .all()
        .map((r) => [r.id, r.status]),
    );
    const batches = batchesOf(baseline.licenceIds, params.batchSize);
    let readyLicences = 0;
    let doneBatches = 0;
    batches.forEach((ids, index) => {
      const ready = ids.filter((id) => status.get(id) === 'ready').length;
      readyLicences += ready;
      if (ready > 0 && ready < ids.length)
        partial.push(`batch ${index} is half done: ${ready} of ${ids.length} licences are ready`);
      if (ready === ids.length) {
        if (doneBatches !== index) partial.push(`batch ${index} is done but batch ${doneBatches} before it is not`);
        doneBatches += 1;
      }
      if (acks.includes(`batch:${index}`) && ready !== ids.length)
        lost.push(`batch ${index} was committed (acknowledged) but is not all there`);
    });
    const audited = core.db
      .prepare<[], number>("SELECT count(*) FROM audit_log WHERE action = 'status:ready'")
      .pluck()
      .get()!;
    if (audited !== readyLicences)
      partial.push(`${readyLicences} licences are ready but the audit trail records ${audited} such changes`);
    const history = core.db
      .prepare<[], number>("SELECT count(*) FROM licence_status_history WHERE to_status = 'ready'")
      .pluck()
      .get()!;
    if (history !== readyLicences)
      partial.push(`${readyLicences} licences are ready but their status history has ${history} such steps`);
    const expectedAudit = baseline.auditEntries + readyLicences;
    const auditEntries = core.db.prepare<[], number>('SELECT count(*) FROM audit_log').pluck().get()!;
    if (auditEntries !== expectedAudit)
      partial.push(`the audit trail has ${auditEntries} entries, not the ${expectedAudit} the licences account for`);
    return { partial, lost };
  },
};
