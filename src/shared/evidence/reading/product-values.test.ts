import { describe, expect, it } from 'vitest';
import { alloyAfterWord, alloyIn } from './product-values';

describe('alloy designations', () => {
  it('reads wrought and casting designations after the word alloy', () => {
    expect(alloyAfterWord('This material (alloy EN AC-43400 ingot) consists of 100 % secondary aluminium')?.alloy).toBe(
      'EN AC-43400',
    );
    expect(alloyAfterWord('billets in alloy EN AW-6063 T6')?.alloy).toBe('EN AW-6063 T6');
    expect(alloyAfterWord('foundry ingot, alloy EN AC-AlSi10Mg')?.alloy).toBe('EN AC-AlSi10Mg');
  });

  it('finds the designation in a cell, and none in a quantity', () => {
    expect(alloyIn('6005A-T6 profiles')?.alloy).toBe('6005A-T6');
    expect(alloyIn('12 bundles, 24.5 t')).toBeNull();
  });
});
