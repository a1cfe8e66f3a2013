import { describe, expect, it } from 'vitest';

import { checkEntryNumber, entryCheckDigit, entryNumberProblem, formatEntryNumber } from './entry-number';

describe('entryCheckDigit (CATAIR Appendix E / AE Table 1)', () => {
  it("gives Appendix E's worked example: B76-0324527 → 8", () => {
    expect(entryCheckDigit('B76', '0324527')).toBe(8);
  });

  it('agrees with the worked values quoted by independent implementations of AE Table 1', () => {
    // ABC1234567: evens doubled 4,2,6,1,5 = 18, odds 16, total 34 → 6.
    expect(entryCheckDigit('ABC', '1234567')).toBe(6);
    expect(entryCheckDigit('ABC', '9999999')).toBe(9);
    expect(entryCheckDigit('999', '9999999')).toBe(0); // total 90: 10 becomes 0
  });

  it('maps letters in three runs: A-I = 1-9, J-R = 1-9, S-Z = 2-9', () => {
    const digit = (filer: string) => entryCheckDigit(filer, '0000000');
    expect(digit('A00')).toBe(digit('100'));
    expect(digit('J00')).toBe(digit('100'));
    expect(digit('I00')).toBe(digit('900'));
    expect(digit('R00')).toBe(digit('900'));
    expect(digit('S00')).toBe(digit('200')); // not 1: S starts the third run at 2
    expect(digit('Z00')).toBe(digit('900'));
    expect(digit('0K0')).toBe(digit('020')); // a letter in a doubled position
  });

  it('checks filer codes of every CBP shape (NNN, ANN, AAN, AAA, ANA, NAN, NNA, NAA)', () => {
    // Worked by hand: e.g. SRZ4455667 → 2,9,9,4,4,5,5,6,6,7; doubled 9,4,5,6,7 → 9,8,1,3,5 = 26; others 26; 52 → 8.
    const cases: [string, string, number][] = [
      ['231', '1234567', 5],
      ['B76', '0324527', 8],
      ['EF2', '0112232', 4],
      ['SRZ', '4455667', 8],
      ['JFK', '0000001', 2],
      ['N01', '0324527', 5],
    ];
    for (const [filer, transaction, digit] of cases) expect(entryCheckDigit(filer, transaction)).toBe(digit);
  });
});

describe('checkEntryNumber', () => {
  it('accepts dashes, spaces and lower case, and formats as the 7501 prints it', () => {
    expect(checkEntryNumber('b76 0324527 8')).toEqual({ kind: 'valid', formatted: 'B76-0324527-8' });
    expect(checkEntryNumber('B76-0324527-8')).toEqual({ kind: 'valid', formatted: 'B76-0324527-8' });
    expect(formatEntryNumber('b7603245278')).toBe('B76-0324527-8');
  });

  it('names the right digit when the check digit is wrong', () => {
    expect(checkEntryNumber('B76-0324527-3')).toEqual({
      kind: 'wrong-check-digit',
      expected: 8,
      corrected: 'B76-0324527-8',
    });
    expect(entryNumberProblem('B76-0324527-3')).toBe(
      'Entry number "B76-0324527-3" has the wrong check digit: CBP\'s formula gives 8 (B76-0324527-8). Check the number on the entry summary (CBP Form 7501, block 1).',
    );
  });

  it('tells an empty number (optional) from a malformed one', () => {
    expect(checkEntryNumber('  ')).toEqual({ kind: 'empty' });
    expect(entryNumberProblem('')).toBeNull();
    for (const bad of ['B76-032452-8', 'B76-0324527', 'B7%-0324527-8', 'B76-03245X7-8', '1234567890123'])
      expect(checkEntryNumber(bad)).toEqual({ kind: 'malformed' });
    expect(entryNumberProblem('B76-032452-8')).toMatch(/3-character filer code, 7 digits and a check digit/);
  });
});
