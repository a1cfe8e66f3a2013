import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import { proposeFields } from './propose-fields';

const read = (rows: readonly (readonly [string, string])[]) => {
  const p = proposeFields([
    page([
      ...letterhead('Ohio Valley Secondary Aluminum LLC', 'Portsmouth, OH 45662, United States'),
      ...rows.map(
        ([label, value], i) =>
          [
            100 + 12 * i,
            [
              [40, label],
              [220, value],
            ],
          ] as const,
      ),
    ]),
  ]);
  return [p.smeltLargest?.value, p.smeltSecond?.value, p.cast?.value];
};

describe('the three origin fields together', () => {
  it('proposes N/A for both smelt fields when one smelt label says there is no primary metal', () => {
    expect(
      read([
        ['Smelt country', 'none (recycled metal)'],
        ['Country of casting', 'United States'],
      ]),
    ).toEqual(['N/A', 'N/A', 'US']);
    expect(
      read([
        ['Country of smelt:', 'n/a – 100 % scrap, secondary metal only'],
        ['Poured in:', 'Mexico'],
      ]),
    ).toEqual(['N/A', 'N/A', 'MX']);
  });

  it('does not propose a second-largest smelt equal to the largest', () => {
    expect(
      read([
        ['Smelter (1)', 'Norway'],
        ['Smelter (2)', 'Norway'],
        ['Cast', 'Norway'],
      ]),
    ).toEqual(['NO', undefined, 'NO']);
  });

  it('reads a country after a smelt label even when recycled metal is mentioned after it', () => {
    expect(
      read([
        ['Smelt country', 'Norway (30 % recycled content)'],
        ['Cast', 'Norway'],
      ]),
    ).toEqual(['NO', undefined, 'NO']);
  });

  it('proposes N/A for the second-largest when the document says there is no other smelter', () => {
    const second = (text: string) =>
      proposeFields([page([...letterhead('Kuala Extrusions Sdn. Bhd.', 'Selangor, Malaysia'), [100, [[40, text]]]])])
        .smeltSecond?.value;
    expect(second('The metal was smelted in the United Arab Emirates. No secondary smelter was involved.')).toBe('N/A');
    expect(second('The metal was smelted in Brazil (100%) and cast at our plant in Brazil.')).toBe('N/A');
  });
});
