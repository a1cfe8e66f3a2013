/** Entry numbers are compared and stored without the dashes and spaces people type. */
export const normaliseEntryNumber = (entry: string): string =>
  entry === '' ? '' : entry.replace(/[\s-]/g, '').toUpperCase();

/** ABC12345676 → ABC-1234567-6, the way it is printed on the CBP 7501. */
export function formatEntryNumber(entry: string): string {
  const n = normaliseEntryNumber(entry);
  return /^[A-Z0-9]{3}\d{8}$/.test(n) ? `${n.slice(0, 3)}-${n.slice(3, 10)}-${n.slice(10)}` : entry;
}

/*
 * CBP entry numbers: XXX-NNNNNNN-C — a 3-character entry filer code (letters or digits), a
 * 7-digit transaction number and a check digit (ACE CATAIR Appendix E, "Valid Entry Numbers").
 * The check digit (CATAIR "Check Digit Computation", Entry Summary AE Table 1): letters of the
 * filer code become digits (A-I = 1-9, J-R = 1-9, S-Z = 2-9); over the 10 digits, every second
 * digit from the left is doubled and the digits of each product added (a product over 9 counts
 * as product − 9); the check digit brings the total up to the next multiple of 10.
 * Appendix E's worked example: B76-0324527 → 8.
 */
const letterValue = (letter: string): number => {
  const index = letter.charCodeAt(0) - 65; // A = 0
  if (index < 9) return index + 1; // A-I
  if (index < 18) return index - 8; // J-R
  return index - 16; // S-Z: S = 2 … Z = 9
};

/** The check digit of filer code + 7-digit transaction number (both already upper-case and well-formed). */
export function entryCheckDigit(filerCode: string, transaction: string): number {
  const digits = [...`${filerCode}${transaction}`].map((c) => (c >= 'A' && c <= 'Z' ? letterValue(c) : Number(c)));
  let total = 0;
  digits.forEach((digit, i) => {
    const doubled = digit * 2;
    total += i % 2 === 1 ? (doubled > 9 ? doubled - 9 : doubled) : digit;
  });
  return (10 - (total % 10)) % 10;
}

export type EntryNumberCheck =
  | { kind: 'empty' }
  | { kind: 'malformed' }
  | { kind: 'wrong-check-digit'; expected: number; corrected: string }
  | { kind: 'valid'; formatted: string };

/** Shape and check digit of a typed entry number (dashes and spaces allowed, any case). */
export function checkEntryNumber(text: string): EntryNumberCheck {
  const n = normaliseEntryNumber(text.trim());
  if (n === '') return { kind: 'empty' };
  if (!/^[A-Z0-9]{3}\d{8}$/.test(n)) return { kind: 'malformed' };
  const expected = entryCheckDigit(n.slice(0, 3), n.slice(3, 10));
  if (Number(n[10]) !== expected)
    return { kind: 'wrong-check-digit', expected, corrected: formatEntryNumber(`${n.slice(0, 10)}${expected}`) };
  return { kind: 'valid', formatted: formatEntryNumber(n) };
}

/** What is wrong with an entry number, in words, or null when it is empty or valid. */
export function entryNumberProblem(text: string): string | null {
  const check = checkEntryNumber(text);
  const raw = text.trim();
  if (check.kind === 'malformed')
    return `Entry number "${raw}" must be the 3-character filer code, 7 digits and a check digit (e.g. B76-0324527-8), or left empty.`;
  if (check.kind === 'wrong-check-digit')
    return `Entry number "${raw}" has the wrong check digit: CBP's formula gives ${check.expected} (${check.corrected}). Check the number on the entry summary (CBP Form 7501, block 1).`;
  return null;
}
