import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { validDraft } from '../../../../tests/support/licence-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

describe('the audit trail', () => {
  it('records each change with its before and after, in order, and verifies', () => {
    const licence = core.licences.create(validDraft());
    core.licences.update(licence.id, licence.version, { ...validDraft(), exporterName: 'Other Mill' });
    const history = core.audit.history('licence', licence.id);
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    expect(JSON.parse(history[1]!.before!)).toMatchObject({ exporterName: 'Northern Rolling Mills Inc.' });
    expect(JSON.parse(history[1]!.after!)).toMatchObject({ exporterName: 'Other Mill' });
    expect(core.audit.verify()).toEqual({ ok: true, entries: 2, firstBadSeq: null, problem: null });
  });

  it('detects an entry edited after it was written', () => {
    const licence = core.licences.create(validDraft());
    core.licences.update(licence.id, licence.version, { ...validDraft(), exporterName: 'Other Mill' });
    core.db.prepare("UPDATE audit_log SET after = replace(after, 'Other Mill', 'Nobody') WHERE seq = 2").run();
    expect(core.audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 2,
      problem: 'entry 2 was altered after it was written',
    });
  });

  it('detects an entry removed from the middle of the chain', () => {
    for (const ref of ['A', 'B', 'C']) core.licences.create(validDraft({ reference: ref }));
    core.db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(core.audit.verify()).toMatchObject({ ok: false, problem: 'entry 2 is missing' });
  });

  it('is written only inside the transaction of the change it records', () => {
    expect(() => core.audit.append({ entity: 'licence', entityId: 'x', action: 'create' })).toThrow(/same transaction/);
  });

  it('rolls back with the change: a refused edit leaves no entry', () => {
    const licence = core.licences.create(validDraft());
    expect(() => core.licences.update(licence.id, licence.version + 5, validDraft({ notes: 'stale edit' }))).toThrow();
    expect(core.audit.history('licence', licence.id).map((h) => h.action)).toEqual(['create']);
  });
});
