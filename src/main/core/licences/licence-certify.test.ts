import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { certificationStatement } from '#shared/licences/certification';

import { coreCall } from '../../../../tests/support/core-call';
import { validDraft } from '../../../../tests/support/licence-fixtures';
import { filerProfile } from '../../../../tests/support/report-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';

let core: TempCore;
beforeEach(async () => {
  core = tempCore('2026-03-02T15:00:00.000Z');
  await coreCall(core)('profile.save', filerProfile);
});
afterEach(() => core.dispose());

/** Four licences as a file brings them: valid, but a file cannot certify. */
const imported = () =>
  ['IMP-1', 'IMP-2', 'IMP-3', 'IMP-4'].map((reference) =>
    core.licences.create(validDraft({ reference, certified: false })),
  );

describe('certifying a batch', () => {
  it('records the statement on each licence with who and when, in the trail, then lets the batch be marked ready', async () => {
    const licences = imported();
    const ids = licences.map((l) => l.id);
    expect(core.licences.transition(ids, 'ready', '').changed).toEqual([]);

    core.clock.set('2026-03-02T16:05:00.000Z');
    const call = coreCall(core);
    const outcome = await call('licences.certify', { ids, statement: certificationStatement });
    expect(outcome).toEqual({ changed: ids, unchanged: [], refused: [] });
    for (const licence of licences) {
      const after = core.licences.get(licence.id);
      expect(after).toMatchObject({
        certified: true,
        certifiedBy: 'Dana Whitfield (dana@lakeside-al.example)',
        certifiedAt: '2026-03-02T16:05:00.000Z',
        version: licence.version + 1,
        status: 'draft',
      });
      const entry = core.audit.history('licence', licence.id).at(-1)!;
      expect(entry.action).toBe('certify');
      expect(JSON.parse(entry.after!)).toEqual({
        certified: true,
        statement: certificationStatement,
        by: 'Dana Whitfield (dana@lakeside-al.example)',
        at: '2026-03-02T16:05:00.000Z',
      });
    }
    expect(core.licences.transition(ids, 'ready', '')).toEqual({ changed: ids, refused: [] });
  });

  it('leaves certified licences as they are, refuses filed and unknown ones, and refuses another statement', async () => {
    const [a, b, c] = imported();
    core.licences.certify([a!.id]);
    core.licences.transition([c!.id], 'cancelled', 'order withdrawn');
    const outcome = core.licences.certify([a!.id, b!.id, c!.id, 'no-such-id']);
    expect(outcome.changed).toEqual([b!.id]);
    expect(outcome.unchanged).toEqual([a!.id]);
    expect(outcome.refused.map((r) => [r.reference, r.code])).toEqual([
      ['IMP-3', 'CONFLICT'],
      ['', 'NOT_FOUND'],
    ]);
    expect(outcome.refused[0]!.message).toContain('"IMP-3" is "Cancelled"');
    expect(core.audit.history('licence', a!.id).filter((e) => e.action === 'certify')).toHaveLength(1);

    const refused = await core.dispatch(
      'licences.certify',
      { ids: [b!.id], statement: 'I certify something else.' },
      { host: 'in-process' },
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('records who certified when the box is ticked in the form, and forgets it when it is unticked', () => {
    const saved = core.licences.create(validDraft({ certified: false }));
    core.clock.set('2026-03-02T17:00:00.000Z');
    const ticked = core.licences.update(saved.id, saved.version, validDraft({ certified: true }));
    expect(ticked).toMatchObject({
      certifiedBy: 'Dana Whitfield (dana@lakeside-al.example)',
      certifiedAt: '2026-03-02T17:00:00.000Z',
    });
    expect(core.audit.history('licence', saved.id).map((e) => e.action)).toEqual(['create', 'update', 'certify']);
    const unticked = core.licences.update(saved.id, ticked.version, validDraft({ certified: false }));
    expect(unticked).toMatchObject({ certified: false, certifiedBy: null, certifiedAt: null });
  });
});
