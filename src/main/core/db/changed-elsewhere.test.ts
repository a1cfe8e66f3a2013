import { describe, expect, it } from 'vitest';

import { assertCurrentVersion, changedElsewhere } from './changed-elsewhere';

describe('a write from a stale copy', () => {
  it('is refused as CONFLICT, naming what changed, both versions and that the edits were not saved', () => {
    const error = changedElsewhere({ what: 'supplier', id: 's1', expected: 2, actual: 3 });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'This supplier was changed elsewhere since you opened it (your copy is version 2, the saved one is 3). Reload it to see the changes; your edits have not been saved.',
    );
    expect(error.details).toEqual({ id: 's1', expected: 2, actual: 3 });
  });

  it('says what did not happen when it was not a save', () => {
    expect(() =>
      assertCurrentVersion({ what: 'licence', id: 'l1', expected: 1, notDone: 'nothing was queued' }, 4),
    ).toThrow(/your copy is version 1, the saved one is 4\). Reload it to see the changes; nothing was queued\.$/);
  });

  it('lets a current copy through', () => {
    expect(() => assertCurrentVersion({ what: 'document', id: 'd1', expected: 5 }, 5)).not.toThrow();
  });
});
