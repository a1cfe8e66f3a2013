import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import { proposeFields } from './propose-fields';

const header = letterhead('Rheinwalz Aluminium GmbH', 'Industriestraße 12, Neuss, Germany');

describe('a label’s value that wraps in its cell', () => {
  it('reads the value cell with the line right under it ("Deutschland /" over "Germany")', () => {
    const proposals = proposeFields([
      page([
        ...header,
        [
          100,
          [
            [40, 'Gießland / Country of cast'],
            [200, 'Deutschland /'],
            [320, 'Ursprungsland / Country of origin'],
            [480, 'Germany'],
          ],
        ],
        [110, [[200, 'Germany']]],
      ]),
    ]);
    expect(proposals.cast?.value).toBe('DE');
  });

  it('does not take the next row’s value for an empty one', () => {
    const proposals = proposeFields([
      page([
        ...header,
        [
          100,
          [
            [40, 'Smelt country (second)'],
            [200, '—'],
          ],
        ],
        [
          110,
          [
            [40, 'Cast country'],
            [200, 'Germany'],
          ],
        ],
      ]),
    ]);
    expect(proposals.smeltSecond).toBeUndefined();
    expect(proposals.cast?.value).toBe('DE');
  });

  it('reads the value beside a bilingual label that wraps, its other language above ("… (mayor) /" over "Country of smelt (largest)")', () => {
    const proposals = proposeFields([
      page([
        ...header,
        [
          100,
          [
            [40, 'País de fundición primaria (mayor) /'],
            [200, 'Noruega / Norway'],
            [320, 'País de fundición (segundo) /'],
            [480, 'Islandia /'],
          ],
        ],
        [
          111,
          [
            [40, 'Country of smelt (largest)'],
            [320, 'Country of smelt (second)'],
            [480, 'Iceland'],
          ],
        ],
        [
          130,
          [
            [40, 'País de colada / Country of cast'],
            [200, 'España / Spain'],
          ],
        ],
      ]),
    ]);
    expect(proposals.smeltLargest).toMatchObject({ value: 'NO', how: 'label' });
    expect(proposals.smeltSecond?.value).toBe('IS');
    expect(proposals.cast?.value).toBe('ES');
  });

  it('reads a country name that wraps in a narrow column of a table ("United Arab" over "Emirates")', () => {
    const proposals = proposeFields([
      page([
        ...header,
        [
          100,
          [
            [40, 'Heat'],
            [110, 'Smelt country 1'],
            [200, 'Smelt country 2'],
            [300, 'Cast country'],
          ],
        ],
        [
          115,
          [
            [40, 'H1'],
            [110, 'United Arab'],
            [200, 'Bahrain'],
            [300, 'United'],
          ],
        ],
        [
          125,
          [
            [110, 'Emirates'],
            [300, 'States'],
          ],
        ],
      ]),
    ]);
    expect(proposals.smeltLargest).toMatchObject({ value: 'AE', how: 'table' });
    expect(proposals.smeltSecond?.value).toBe('BH');
    expect(proposals.cast?.value).toBe('US');
  });

  it('reads a value that wraps beside a label whose own last word wrapped too ("… / Issue" over "date")', () => {
    const proposals = proposeFields([
      page([
        ...header,
        [
          100,
          [
            [40, 'Pedido / Order'],
            [150, 'PO-88412 de 14/09/2026'],
            [300, 'Data de emissão / Issue'],
            [420, '5 November'],
          ],
        ],
        [
          111,
          [
            [300, 'date'],
            [420, '2026'],
          ],
        ],
      ]),
    ]);
    expect(proposals.documentDate).toMatchObject({ value: '2026-11-05', how: 'label' });
  });
});
