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
});
