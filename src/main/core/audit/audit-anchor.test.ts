import fs from 'node:fs';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { validDraft } from '../../../../tests/support/licence-fixtures';
import { openTestCore, type TempCore, tempCore } from '../../../../tests/support/temp-core';
import { anchorFile, readAnchor } from './audit-anchor';
import { auditHash, type AuditRow } from './audit-log';

let core: TempCore;
const ctx = { host: 'in-process' } as const;

async function call(method: string, input: unknown) {
  const result = await core.dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as never;
}

async function makeHistory(): Promise<void> {
  for (const reference of ['PO-1', 'PO-2', 'PO-3']) await call('licences.create', validDraft({ reference }));
}

beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

describe('the audit anchor', () => {
  it('follows every change made through the dispatcher', async () => {
    await makeHistory();
    const read = readAnchor(core.paths.dataDir);
    expect(read.state).toBe('ok');
    const head = core.db
      .prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')
      .get()!;
    expect(read.state === 'ok' && read.anchor).toMatchObject({ seq: head.seq, hash: head.hash });
    expect(await call('audit.verify', {})).toMatchObject({ ok: true, entries: 3, head, anchor: { seq: 3 } });
  });

  it('catches the newest entries being cut off, which the chain alone cannot', async () => {
    await makeHistory();
    core.db.prepare('DELETE FROM audit_log WHERE seq >= 2').run();
    // The shorter chain is still a valid chain…
    expect(core.audit.verify().ok).toBe(true);
    // …but it no longer reaches the anchored entry.
    expect(await call('audit.verify', {})).toMatchObject({
      ok: false,
      firstBadSeq: 2,
      problem: expect.stringMatching(/^entries 2 to 3 were removed: the log ends at entry 1/),
    });
  });

  it('catches a chain rewritten consistently from an old entry onwards', async () => {
    await makeHistory();
    // Rewrite entry 3 and recompute its hash, as someone covering their tracks would.
    const row = core.db.prepare('SELECT * FROM audit_log WHERE seq = 3').get() as AuditRow;
    const after = row.after!.replace('PO-3', 'PO-X');
    const hash = auditHash({ ...row, after });
    core.db.prepare('UPDATE audit_log SET after = ?, hash = ? WHERE seq = 3').run(after, hash);
    expect(core.audit.verify().ok).toBe(true);
    expect(await call('audit.verify', {})).toMatchObject({
      ok: false,
      firstBadSeq: 3,
      problem: expect.stringMatching(/entry 3 is not the one recorded/),
    });
  });

  it('reports a deliberately altered entry, naming it', async () => {
    await makeHistory();
    core.db.prepare("UPDATE audit_log SET after = replace(after, 'PO-2', 'PO-9') WHERE seq = 2").run();
    expect(await call('audit.verify', {})).toMatchObject({
      ok: false,
      firstBadSeq: 2,
      problem: 'entry 2 was altered after it was written',
    });
  });

  it('says so when the anchor file is gone, and writes the gap into the trail on the next start', async () => {
    await makeHistory();
    fs.rmSync(anchorFile(core.paths.dataDir));
    expect(await call('audit.verify', {})).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/anchor file is missing/),
    });

    core.close();
    const reopened = openTestCore({
      dataDir: core.paths.dataDir,
      clock: core.clock,
      checkOutputs: true,
      logError: () => {},
    });
    try {
      const newest = reopened.audit.history('system', 'audit-anchor');
      expect(newest.map((e) => e.action)).toEqual(['anchor-recreated']);
      expect(JSON.parse(newest[0]!.before!)).toEqual({ anchor: 'missing' });
      const verified = await reopened.dispatch('audit.verify', {}, ctx);
      expect(verified).toMatchObject({ ok: true, value: { ok: true, entries: 4 } });
    } finally {
      reopened.close();
    }
  });

  it('treats an empty trail without an anchor as intact (a new installation)', async () => {
    expect(await call('audit.verify', {})).toMatchObject({ ok: true, entries: 0, head: null, anchor: null });
  });
});

describe('the audit view', () => {
  it('lists entries newest first, filtered by record, with before and after as data', async () => {
    await makeHistory();
    const first = (await call('licences.list', {})) as { items: { id: string; reference: string }[] };
    const po2 = first.items.find((i) => i.reference === 'PO-2')!;
    await call('licences.transition', { ids: [po2.id], to: 'cancelled', note: 'order withdrawn' });

    const page = (await call('audit.list', { limit: 2 })) as {
      total: number;
      items: { seq: number; action: string; after: unknown }[];
    };
    expect(page.total).toBe(4);
    expect(page.items.map((i) => i.seq)).toEqual([4, 3]);
    expect(page.items[0]).toMatchObject({
      action: 'status:cancelled',
      after: { status: 'cancelled', note: 'order withdrawn' },
    });

    const forOne = (await call('audit.list', { entity: 'licence', entityId: po2.id })) as {
      items: { action: string }[];
    };
    expect(forOne.items.map((i) => i.action)).toEqual(['status:cancelled', 'create']);
  });
});

describe('the anchor keeper', () => {
  it('never moves the anchor back onto a shortened or rewritten log', async () => {
    await makeHistory();
    core.db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    // A later change through the app must not bless the cut: the anchor stays at entry 3.
    await call('licences.create', validDraft({ reference: 'PO-4' }));
    const read = readAnchor(core.paths.dataDir);
    expect(read.state === 'ok' && read.anchor.seq).toBe(3);
    expect(await call('audit.verify', {})).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/entry 3 is not the one recorded/),
    });
  });
});
