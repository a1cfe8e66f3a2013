import { describe, expect, it } from 'vitest';

import { withLetterSpacingClosed } from './letter-spacing';
import type { PageWord } from './page-text';

/** Words laid out left to right on one line, `gaps[i]` points before word i (the first at x = 100). */
function line(texts: readonly string[], gaps: readonly number[] | number, y = 40, height = 18): PageWord[] {
  let x = 100;
  return texts.map((text, i) => {
    x += i === 0 ? 0 : typeof gaps === 'number' ? gaps : gaps[i]!;
    const width = 6 * [...text].length;
    const word = { text, box: { x0: x, y0: y, x1: x + width, y1: y + height }, confidence: 1 };
    x += width;
    return word;
  });
}

const texts = (words: readonly PageWord[]) =>
  withLetterSpacingClosed({ page: 1, width: 600, height: 800, words }).words.map((w) => w.text);

describe('letterheads in spaced letters', () => {
  it('reads letters spaced alike in a text layer as words, split where a capital follows a small letter', () => {
    const spaced = 'H e l v e t i c M e t a l s Tr a d i n g S A'.split(' ');
    expect(texts(line(spaced, 5.7))).toEqual(['Helvetic', 'Metals', 'Trading', 'SA']);
  });

  it('splits spaced capitals where the gap between words is wider than between letters', () => {
    const words = line('S I A M C O I L'.split(' '), [0, 4, 4, 4, 14, 4, 4, 4]);
    expect(texts(words)).toEqual(['SIAM', 'COIL']);
  });

  it('leaves initials, element symbols and ordinary words alone', () => {
    expect(texts(line(['J.', 'R.', 'Smith'], 5))).toEqual(['J.', 'R.', 'Smith']);
    expect(texts(line(['Si', 'Fe', 'Cu', 'Mn', 'Mg', 'Zn'], 5))).toEqual(['Si', 'Fe', 'Cu', 'Mn', 'Mg', 'Zn']);
    expect(texts(line(['a', 'b', 'c'], 5))).toEqual(['a', 'b', 'c']);
    // Letters in table columns stand far apart.
    expect(texts(line(['A', 'B', 'C', 'D', 'E', 'F'], 40))).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });
});
