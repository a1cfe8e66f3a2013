import type { DocumentReading } from '#shared/suppliers/reading/reading-schema';

import type { ExpectedFields } from './certificate-case';

/*
 * How right the reader's proposals are against a document's expected answers. The fields the
 * issue's target counts are the smelt and cast countries and the date; issuer and product are
 * scored too, apart. A proposal for a field the document does not state is counted as wrong.
 */

export const coreFields = ['smeltLargest', 'smeltSecond', 'cast', 'documentDate'] as const;
export const extraFields = ['issuer', 'product'] as const;
type Field = (typeof coreFields)[number] | (typeof extraFields)[number];

export interface FieldVerdict {
  readonly field: Field;
  readonly expected: string | undefined;
  readonly proposed: string | undefined;
  readonly source: string | undefined;
  readonly verdict: 'right' | 'wrong' | 'missed' | 'spurious' | 'absent';
}

const compact = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** OCR misreads a letter or two of a name (ü as ii, Ş as S): a name that close is the name. */
const sameName = (a: string, b: string) =>
  compact(a) === compact(b) || editDistance(compact(a), compact(b)) <= 0.12 * Math.max(compact(a).length, 1);

function matches(field: Field, expected: string, proposed: string): boolean {
  if (field === 'issuer') return sameName(proposed, expected);
  if (field === 'product') return compact(proposed).includes(compact(expected));
  return proposed === expected;
}

export function judge(expected: ExpectedFields, reading: DocumentReading): FieldVerdict[] {
  return [...coreFields, ...extraFields].map((field) => {
    const want = expected[field];
    const got = reading.proposals[field];
    const verdict: FieldVerdict['verdict'] =
      want === undefined
        ? got
          ? 'spurious'
          : 'absent'
        : !got
          ? 'missed'
          : matches(field, want, got.value)
            ? 'right'
            : 'wrong';
    return { field, expected: want, proposed: got?.value, source: got?.text, verdict };
  });
}

export interface Tally {
  readonly stated: number;
  readonly right: number;
  readonly spurious: number;
}

export function tally(verdicts: readonly FieldVerdict[], fields: readonly Field[]): Tally {
  const chosen = verdicts.filter((v) => fields.includes(v.field));
  return {
    stated: chosen.filter((v) => v.expected !== undefined).length,
    right: chosen.filter((v) => v.verdict === 'right').length,
    spurious: chosen.filter((v) => v.verdict === 'spurious').length,
  };
}

/** Right answers as a share of the fields stated plus the proposals made for fields not stated. */
export const accuracyPct = (t: Tally): number =>
  t.stated + t.spurious === 0 ? 100 : Math.round((1000 * t.right) / (t.stated + t.spurious)) / 10;
