import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { validDraft } from '../../../../tests/support/licence-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';

let core: TempCore;
beforeEach(() => {
  core = tempCore('2026-03-02T15:00:00.000Z');
});
afterEach(() => core.dispose());

const actions = (id: string) => core.audit.history('licence', id).map((e) => e.action);

describe('autosaved edits', () => {
  it('keep every keystroke burst as the working copy, and the save records one change for all of them', () => {
    const saved = core.licences.create(validDraft());
    // Thirty autosaves as the notes are typed: the licence itself does not move.
    let typed = '';
    for (const letter of 'Second shipment of the spring'.split('')) {
      typed += letter;
      core.clock.advance(800);
      expect(core.licences.keepEdit(saved.id, saved.version, validDraft({ notes: typed })).pending).toBe(true);
    }
    expect(core.licences.get(saved.id)).toMatchObject({ version: saved.version, notes: '' });
    expect(actions(saved.id)).toEqual(['create']);
    expect(core.licences.keptEdit(saved.id)).toMatchObject({
      baseVersion: saved.version,
      draft: { notes: 'Second shipment of the spring' },
      savedAt: core.clock.now().toISOString(),
      stale: false,
    });
    expect(core.licences.keptEdits()).toEqual([
      { id: saved.id, reference: 'PO-1001', status: 'draft', savedAt: core.clock.now().toISOString() },
    ]);

    const after = core.licences.update(saved.id, saved.version, validDraft({ notes: typed }));
    expect(after).toMatchObject({ version: saved.version + 1, notes: 'Second shipment of the spring' });
    expect(actions(saved.id)).toEqual(['create', 'update']);
    const entry = core.audit.history('licence', saved.id).at(-1)!;
    expect(JSON.parse(entry.before!)).toMatchObject({ notes: '' });
    expect(JSON.parse(entry.after!)).toMatchObject({ notes: 'Second shipment of the spring' });
    expect(core.licences.keptEdit(saved.id)).toBeNull();
    expect(core.licences.keptEdits()).toEqual([]);
  });

  it('keep nothing when the form is back to the saved content, and can be thrown away', () => {
    const saved = core.licences.create(validDraft());
    core.licences.keepEdit(saved.id, saved.version, validDraft({ notes: 'x' }));
    expect(core.licences.keepEdit(saved.id, saved.version, validDraft())).toEqual({ pending: false, savedAt: null });
    expect(core.licences.keptEdit(saved.id)).toBeNull();

    core.licences.keepEdit(saved.id, saved.version, validDraft({ notes: 'y' }));
    core.licences.discardEdit(saved.id);
    expect(core.licences.keptEdit(saved.id)).toBeNull();
    expect(core.licences.get(saved.id)).toMatchObject({ version: saved.version, notes: '' });
    expect(actions(saved.id)).toEqual(['create']);
  });

  it('say when the licence changed since the form was opened, and are refused once it is filed', () => {
    const saved = core.licences.create(validDraft());
    core.licences.keepEdit(saved.id, saved.version, validDraft({ notes: 'mine' }));
    core.licences.transition([saved.id], 'ready', '');
    expect(core.licences.keptEdit(saved.id)).toMatchObject({ stale: true, draft: { notes: 'mine' } });
    core.licences.transition([saved.id], 'cancelled', '');
    expect(() => core.licences.keepEdit(saved.id, saved.version, validDraft({ notes: 'more' }))).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });

  it('go with the licence when it is deleted', () => {
    const saved = core.licences.create(validDraft());
    core.licences.keepEdit(saved.id, saved.version, validDraft({ notes: 'x' }));
    core.licences.remove(saved.id, true);
    expect(core.licences.keptEdits()).toEqual([]);
  });
});
