import { describe, expect, it } from 'vitest';

import { neutraliseCell, restoreCell } from './neutralise-cell';

describe('formula injection in exported cells', () => {
  it.each(['=1+1', '+1', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x","y")', '\t=1', '\r=1'])(
    'neutralises %j',
    (cell) => {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
      expect(restoreCell(neutraliseCell(cell))).toBe(cell);
    },
  );

  it.each(['Northern Rolling Mills', '7606123035', "O'Neil Metals", ''])('leaves %j alone', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
    expect(restoreCell(cell)).toBe(cell);
  });
});
