/*
 * Counted words ("1 licence", "3 licences", "1,204 rows") chosen by the language's plural rules
 * (Intl.PluralRules), never "licence(s)". English has two forms; the rules object keeps the door
 * open for others without changing any caller.
 */
const rules = new Intl.PluralRules('en-US');
const numbers = new Intl.NumberFormat('en-US');

export interface WordForms {
  readonly one: string;
  readonly other: string;
}

/** The word alone, in the form `count` needs: `pluralWord(2, 'licence')` → "licences". */
export function pluralWord(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other;
}

/** The number and the word: `countOf(1204, 'row')` → "1,204 rows"; `countOf(1, 'entry', 'entries')` → "1 entry". */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${numbers.format(count)} ${pluralWord(count, one, other)}`;
}
