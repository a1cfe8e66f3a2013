import { describe, expect, it } from 'vitest';

import { labelOf } from './field-labels';

const kind = (text: string) => labelOf(text)?.kind ?? null;

describe('labels of origin fields', () => {
  it('reads numbered and abbreviated labels', () => {
    expect(kind('Smelt ctry 1')).toBe('smeltLargest');
    expect(kind('Smelt ctry 2')).toBe('smeltSecond');
    expect(kind('Cntry of smelt (2)')).toBe('smeltSecond');
    expect(kind('Smelter #2')).toBe('smeltSecond');
    expect(kind('Cnty of cast')).toBe('cast');
    expect(kind('Cast ctry')).toBe('cast');
  });

  it('reads the other words for smelting, casting and the second share', () => {
    expect(kind('Potline country')).toBe('smelt');
    expect(kind('Primary aluminium production (balance):')).toBe('smeltSecond');
    expect(kind('Smelter (remaining share)')).toBe('smeltSecond');
    expect(kind('Smelter (minor)')).toBe('smeltSecond');
    expect(kind('Poured in:')).toBe('cast');
    expect(kind('País de fundición primaria (segundo) / Country of smelt')).toBe('smeltSecond');
    expect(kind('Secondary country of smelt:')).toBe('smeltSecond');
    expect(kind('Primary country of smelt:')).toBe('smeltLargest');
    expect(kind('Secondary aluminium smelter')).toBe('smelt');
    expect(kind('Largest source of primary aluminium')).toBe('smeltLargest');
    expect(kind('Second source of primary aluminium')).toBe('smeltSecond');
    expect(kind('Pot room location')).toBe('smelt');
    expect(kind('COUNTRY OF PRIMARY PRODUCTION')).toBe('smelt');
    expect(kind('Country of last melt')).toBe('cast');
    expect(kind('Metal poured in')).toBe('cast');
    expect(kind('Casthouse')).toBe('cast');
  });

  it('does not take a cast number, a street or an origin for an origin field', () => {
    expect(kind('Cast No.')).toBeNull();
    expect(kind('Smelter Way 8')).toBeNull();
    expect(kind('Country of origin')).toBe('distractor');
    expect(kind('Konşimento tarihi / B/L date')).toBe('otherDate');
    expect(kind('Bill of lading date')).toBe('otherDate');
    expect(kind('Date of this response')).toBe('issueDate');
    expect(kind('Date signed:')).toBe('issueDate');
    expect(kind('Fecha de emisión / Date of issue')).toBe('issueDate');
    expect(kind('LC-4471-2026 ISSUED 2026-09-30')).not.toBe('issueDate');
    expect(kind('Primary aluminium content')).toBeNull();
  });

  it('reads numbered questions of a questionnaire as labels, and a supplier’s name before its address', () => {
    expect(kind('1. Supplier legal name and address')).toBe('issuer');
    expect(kind('2. Product description / HTS number')).toBe('product');
    expect(kind('Supplier’s bank')).toBe('distractor');
  });

  it('ends a label at its colon behind leader dots, whatever OCR made of some of the dots', () => {
    const text = 'CASTING COUNTRY ........ SE : THAILAND';
    const label = labelOf(text);
    expect(label?.kind).toBe('cast');
    expect(text.slice(label!.end).trim()).toBe('THAILAND');
    const product = 'PRODUCT ove vveieeen .....: COIL 3105';
    expect(product.slice(labelOf(product)!.end).trim()).toBe('COIL 3105');
    const plain = 'Country of cast: Mexico';
    expect(plain.slice(labelOf(plain)!.end).trim()).toBe('Mexico');
  });
});
