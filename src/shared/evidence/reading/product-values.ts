/*
 * Aluminium alloy designations as certificates write them: 6063, 6063-T5, EN AW-6082 T6,
 * 3003 H14, 5754 H22, 6005A, 1350-H14, A356.2, AlSi9Cu3, AlSi7Mg, the casting alloys EN AC-43400 and
 * EN AC-AlSi10Mg, and the ingot grade P1020A.
 */
const designation =
  /\bEN\s?AC[- ]?(?:\d{5}|Al[A-Za-z0-9]+)\b|\b(?:EN\s?AW[- ]?|AA\s?)?(?:[1-8]\d{3}[A-Z]?|[A-Z]?\d{3}\.\d|[A-C]\d{3})(?!\d)(?:(?:\s?[-–]\s?|\s)?(?:T\d{1,4}|H\d{2,3}|O)\b)?|\bAl(?:[A-Z][a-z]?\d{0,2}(?:[.,]\d)?){1,4}\b|\bP1020A?\b/;
const afterAlloyWord = new RegExp(`\\balloy\\s*(?:/\\s*temper)?\\s*:?\\s*(${designation.source})`, 'i');

/** The designation in text that is an alloy's value (a cell under or beside "Alloy"). */
export function alloyIn(text: string): { start: number; end: number; alloy: string } | null {
  const match = designation.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length, alloy: match[0] } : null;
}

/** "… alloy EN AW-6063 T6 …" in running text. */
export function alloyAfterWord(text: string): { start: number; end: number; alloy: string } | null {
  const match = afterAlloyWord.exec(text);
  if (!match) return null;
  const start = match.index + match[0].length - match[1]!.length;
  return { start, end: start + match[1]!.length, alloy: match[1]! };
}

/** The digits that identify an alloy ("6063" in "EN AW-6063 T6"), to tell whether a description already names it. */
export const alloyCore = (alloy: string): string => /\d{3,4}/.exec(alloy)?.[0] ?? alloy;
