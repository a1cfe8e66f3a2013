import { describe, expect, it } from 'vitest';

import { page } from '../../../../tests/support/certificates/page-layout';
import { lostOriginValues } from './lost-values';

const grid = (codes?: readonly [string, string, string]) =>
  page([
    [
      100,
      [
        [40, 'Stage'],
        [160, 'Country (ISO 3166 alpha-3)'],
      ],
    ],
    [112, [[40, 'Smelt – largest'], ...(codes ? ([[160, codes[0]]] as const) : [])]],
    [124, [[40, 'Smelt – second'], ...(codes ? ([[160, codes[1]]] as const) : [])]],
    [136, [[40, 'Cast'], ...(codes ? ([[160, codes[2]]] as const) : [])]],
  ]);

describe('an OCR page that lost its origin values', () => {
  it('is one whose origin labels stand without a value, and only that', () => {
    expect(lostOriginValues(grid(['AUS', 'MYS', 'VNM']))).toBe(false);
    expect(lostOriginValues(grid())).toBe(true);
    expect(lostOriginValues(page([[100, [[40, 'Chemical composition (%) Si 0.42 Fe 0.19']]]]))).toBe(false);
  });
});
