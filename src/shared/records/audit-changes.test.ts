import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fieldChanges } from './audit-changes';

describe('the changes an audit entry shows', () => {
  it('lists only the fields that differ, by path', () => {
    const before = { reference: 'PO-1', lines: [{ htsCode: '7606.12.30.35', quantityKg: 100 }], certified: false };
    const after = { reference: 'PO-1', lines: [{ htsCode: '7606.12.30.35', quantityKg: 250 }], certified: true };
    expect(fieldChanges(before, after)).toEqual([
      { path: 'lines.0.quantityKg', before: '100', after: '250' },
      { path: 'certified', before: 'false', after: 'true' },
    ]);
  });

  it('shows a creation as every field with no before, and a deletion the other way round', () => {
    expect(fieldChanges(null, { status: 'draft' })).toEqual([{ path: 'status', before: null, after: 'draft' }]);
    expect(fieldChanges({ status: 'draft' }, undefined)).toEqual([{ path: 'status', before: 'draft', after: null }]);
  });

  it('cuts long values short', () => {
    const [change] = fieldChanges({ notes: '' }, { notes: 'x'.repeat(500) });
    expect(change!.after).toHaveLength(200);
  });

  it('never throws and reports nothing for identical values, whatever JSON it gets', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(fieldChanges(a, a)).toEqual([]);
        expect(Array.isArray(fieldChanges(a, b))).toBe(true);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
