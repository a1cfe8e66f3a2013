import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import { proposeFields } from './propose-fields';

const header = [
  [
    100,
    [
      [40, 'Coil'],
      [100, 'Smelt ctry 1'],
      [180, 'Smelt ctry 2'],
      [260, 'Cast ctry'],
    ],
  ],
] as const;
const row = (y: number, coil: string, a: string, b: string, c: string) =>
  [
    y,
    [
      [40, coil],
      [100, a],
      [180, b],
      [260, c],
    ],
  ] as const;

describe('two-letter codes read by OCR', () => {
  it('weighs each row by how sure OCR was, so one smudged misreading does not outvote the rest', () => {
    const unsure = (text: string) => (text === 'TN' || text === 'WN' ? 0.2 : 0.95);
    const proposals = proposeFields([
      page(
        [
          ...letterhead('Vietnam Rolled Aluminium JSC', 'Hai Phong, Vietnam'),
          ...header,
          row(112, 'C1', 'CN', 'MY', 'TN'),
          row(124, 'C2', 'CN', 'MY', 'VN'),
          row(136, 'C3', 'CN', 'MY', 'WN'),
        ],
        1,
        unsure,
      ),
    ]);
    expect(proposals.cast?.value).toBe('VN');
    expect(proposals.smeltSecond?.value).toBe('MY');
  });

  it('proposes nothing for a lone unsure two-letter code nothing else on the page supports', () => {
    const proposals = proposeFields([
      page(
        [...letterhead('Saigon Coil JSC', 'Ho Chi Minh City'), ...header, row(112, 'C1', 'CN', 'MY', 'TN')],
        1,
        (text) => (text === 'TN' ? 0.3 : 0.95),
      ),
    ]);
    expect(proposals.cast).toBeUndefined();
    expect(proposals.smeltLargest?.value).toBe('CN');
  });

  it('keeps an unsure code the page names in full, and an unsure three-letter code', () => {
    const proposals = proposeFields([
      page(
        [...letterhead('Saigon Coil JSC', 'Hai Phong, Vietnam'), ...header, row(112, 'C1', 'ARE', 'IND', 'VN')],
        1,
        (text) => (['VN', 'ARE', 'IND'].includes(text) ? 0.2 : 0.95),
      ),
    ]);
    expect([proposals.smeltLargest?.value, proposals.smeltSecond?.value, proposals.cast?.value]).toEqual([
      'AE',
      'IN',
      'VN',
    ]);
  });
});
