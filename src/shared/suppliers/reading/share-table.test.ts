import { describe, expect, it } from 'vitest';

import { page } from '../../../../tests/support/certificates/page-layout';
import { proposeFields } from './propose-fields';

const table = (rows: readonly (readonly [string, string, string])[]) =>
  page([
    [
      100,
      [
        [40, 'Smelter'],
        [250, 'Country of smelter'],
        [420, 'Share %'],
      ],
    ],
    ...rows.map(
      ([name, country, share], i) =>
        [112 + i * 12, [[40, name], [250, country], ...(share ? ([[430, share]] as const) : [])]] as const,
    ),
    [200, [[40, 'Goods ship from Piraeus, Greece.']]],
  ]);

describe('a table of smelters with their shares', () => {
  it('ranks the countries by share, whatever order the rows are in', () => {
    const proposals = proposeFields([
      table([
        ['Aluar (Puerto Madryn)', 'Argentina', '10'],
        ['Aluminium of Greece', 'Greece', '55'],
        ['Emirates Global Aluminium', 'United Arab Emirates', '35'],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('GR');
    expect(proposals.smeltSecond?.value).toBe('AE');
  });

  it('takes a share OCR lost as the rest of 100 % when it is the only one missing', () => {
    const proposals = proposeFields([
      table([
        ['Hillside smelter, Richards Bay', 'South Africa', '70'],
        ['Mozal, Maputo', 'Mozambique', ''],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('ZA');
    expect(proposals.smeltSecond?.value).toBe('MZ');
  });

  it('proposes no second when two shares tie', () => {
    const proposals = proposeFields([
      table([
        ['Sohar Aluminium', 'Oman', '40'],
        ['Alba', 'Bahrain', '30'],
        ['Qatalum', 'Qatar', '30'],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('OM');
    expect(proposals.smeltSecond?.value).not.toBe('BH');
    expect(proposals.smeltSecond?.value).not.toBe('QA');
  });

  it('reads a table headed by the country of electrolysis, each country named in two languages', () => {
    const proposals = proposeFields([
      page([
        [
          100,
          [
            [40, 'País de eletrólise / Country of electrolysis'],
            [340, '%'],
          ],
        ],
        [
          112,
          [
            [40, 'Russian Federation / Russia'],
            [340, '28'],
          ],
        ],
        [
          124,
          [
            [40, 'U.A.E. / United Arab Emirates'],
            [340, '72'],
          ],
        ],
      ]),
    ]);
    expect(proposals.smeltLargest).toMatchObject({ value: 'AE', how: 'table' });
    expect(proposals.smeltSecond?.value).toBe('RU');
  });
});
