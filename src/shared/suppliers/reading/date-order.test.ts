import { describe, expect, it } from 'vitest';

import { page } from '../../../../tests/support/certificates/page-layout';
import { addressCountry } from './own-language-countries';
import { proposeFields } from './propose-fields';

const dateOf = (layout: Parameters<typeof page>[0]) => proposeFields([page(layout)]).documentDate?.value;

describe('the order of a numeric date', () => {
  it('knows an issuer’s country written in its own language', () => {
    expect(addressCountry('Via Industriale 9, 25016 Ghedi (BS), Italia')).toBe('IT');
    expect(addressCountry('Werkstraße 3, 41469 Neuss, Deutschland')).toBe('DE');
    expect(addressCountry('Polígono Industrial 7, 33400 Avilés, España')).toBe('ES');
    expect(addressCountry('Rod. BR-116 km 12, Curitiba – PR, Brasil')).toBe('BR');
    expect(addressCountry('Elm Street 4, Springfield')).toBeNull();
  });

  it('reads it as the issuer writes dates, whatever country its US customer is in', () => {
    const layout = (address: string) =>
      [
        [40, [[40, 'Nastri Alluminio Bresciani S.r.l.']]],
        [52, [[40, address]]],
        [
          90,
          [
            [40, 'Customer'],
            [160, 'Carolina HVAC Components, Greenville, SC 29605, USA'],
          ],
        ],
        [
          102,
          [
            [40, 'Date'],
            [160, '09/11/2026'],
          ],
        ],
      ] as const;
    expect(dateOf(layout('Via Industriale 9, 25016 Ghedi (BS), Italia'))).toBe('2026-11-09');
    expect(dateOf(layout('300 Fin Ave, Greenville, SC 29605, USA'))).toBe('2026-09-11');
  });

  it('lets a date elsewhere in the document that reads one way only decide', () => {
    const proposals = proposeFields([
      page([
        [40, [[40, 'Ontario Rolled Products Ltd., Cambridge, ON, Canada']]],
        [
          80,
          [
            [40, 'Date'],
            [160, '04/11/2026'],
          ],
        ],
        [92, [[40, 'Your order of 11/23/2026 was shipped complete by truck, as agreed.']]],
      ]),
    ]);
    expect(proposals.documentDate?.value).toBe('2026-04-11');
  });

  it('reads it day first when nothing tells (the app’s own choice), and says it is unsure', () => {
    const proposals = proposeFields([
      page([
        [
          80,
          [
            [40, 'Date'],
            [160, '04/11/2026'],
          ],
        ],
      ]),
    ]);
    expect(proposals.documentDate?.value).toBe('2026-11-04');
    expect(proposals.documentDate?.confidence).toBeLessThan(0.7);
  });

  it('takes the date a declaration was signed, not a date it mentions', () => {
    const proposals = proposeFields([
      page([
        [100, [[40, '3. The goods were shipped on 4 October 2026 from Khalifa Bin Salman Port to Houston, Texas.']]],
        [300, [[40, 'Declared at Dubai this 12th day of November, 2026.']]],
      ]),
    ]);
    expect(proposals.documentDate?.value).toBe('2026-11-12');
  });
});
