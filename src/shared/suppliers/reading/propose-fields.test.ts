import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import { proposeFields } from './propose-fields';

describe('proposals from a certificate', () => {
  it('reads an origin table with wrapped headers, and leaves the origin, port and address countries alone', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Nordic Aluminium Extrusions AS', 'Industriveien 12, 6600 Sunndalsøra, Norway'),
        [
          90,
          [
            [40, 'Port of loading'],
            [140, 'Rotterdam, Netherlands'],
            [300, 'Country of origin'],
            [400, 'Sweden'],
          ],
        ],
        [
          120,
          [
            [40, 'Country of smelt (largest'],
            [200, 'Smelter country'],
            [360, 'Country of most recent'],
          ],
        ],
        [
          131,
          [
            [40, 'share)'],
            [200, '(2nd)'],
            [360, 'cast'],
          ],
        ],
        [
          150,
          [
            [40, 'Iceland'],
            [200, 'Canada'],
            [360, 'Norway'],
          ],
        ],
      ]),
    ]);
    expect(proposals.smeltLargest).toMatchObject({
      value: 'IS',
      page: 1,
      text: 'Country of smelt (largest share) Iceland',
    });
    expect(proposals.smeltSecond).toMatchObject({ value: 'CA', text: 'Smelter country (2nd) Canada' });
    expect(proposals.cast).toMatchObject({ value: 'NO', text: 'Country of most recent cast Norway' });
    expect(proposals.issuer?.value).toBe('Nordic Aluminium Extrusions AS');
    // The highlight covers the label and the value, inside the page.
    for (const rect of proposals.smeltLargest!.rects) {
      expect(rect.x).toBeGreaterThanOrEqual(0);
      expect(rect.x + rect.w).toBeLessThanOrEqual(1);
      expect(rect.y).toBeGreaterThan(120 / 842 - 0.001);
      expect(rect.y + rect.h).toBeLessThan(160 / 842);
    }
  });

  it('reads label: value rows with ISO codes, and a "Cast No." is not a cast country', () => {
    const proposals = proposeFields([
      page([
        [
          100,
          [
            [40, 'Heat / Cast No.:'],
            [200, 'H7-0712'],
          ],
        ],
        [
          114,
          [
            [40, 'Smelt country (largest):'],
            [200, 'NO'],
          ],
        ],
        [
          128,
          [
            [40, 'Smelt country (second):'],
            [200, 'ISL'],
          ],
        ],
        [
          142,
          [
            [40, 'Cast country:'],
            [200, 'NOR'],
          ],
        ],
        [156, [[40, 'Date: March 4, 2025']]],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('NO');
    expect(proposals.smeltSecond?.value).toBe('IS');
    expect(proposals.cast).toMatchObject({ value: 'NO', text: 'Cast country: NOR' });
    expect(proposals.documentDate?.value).toBe('2025-03-04');
  });

  it('reads prose: predominantly, second-largest share, last liquefied and cast, not the address or the port', () => {
    const proposals = proposeFields([
      page([
        [
          100,
          [
            [
              40,
              'We, Gulf Extrusions LLC, Jebel Ali Free Zone, Dubai, United Arab Emirates, hereby declare that the primary',
            ],
          ],
        ],
        [
          112,
          [[40, 'aluminium was smelted predominantly in India, with the second-largest share smelted in Bahrain,']],
        ],
        [124, [[40, 'and that the metal was last liquefied and cast at our plant in Monterrey, Mexico.']]],
        [136, [[40, 'The goods were shipped from the port of Jebel Ali, United Arab Emirates.']]],
      ]),
    ]);
    expect(proposals.smeltLargest).toMatchObject({ value: 'IN', how: 'prose' });
    expect(proposals.smeltSecond?.value).toBe('BH');
    expect(proposals.cast?.value).toBe('MX');
    expect(proposals.cast?.text).toContain('last liquefied and cast at our plant in Monterrey, Mexico.');
  });

  it('proposes N/A for recycled-only metal, and never a cast of N/A', () => {
    const proposals = proposeFields([
      page([
        [100, [[40, 'Our ingots are made only from recycled scrap; they contain no primary aluminium, so the']]],
        [112, [[40, 'countries of largest and second-largest smelt do not apply.']]],
        [
          130,
          [
            [40, 'Cast:'],
            [120, 'Not applicable'],
          ],
        ],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('N/A');
    expect(proposals.smeltSecond?.value).toBe('N/A');
    expect(proposals.cast).toBeUndefined();
  });

  it('proposes nothing for what a document does not state', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Shanghai Huaxin Metals Co., Ltd.', 'No. 88 Songhu Road, Shanghai 200433, China'),
        [
          100,
          [
            [40, 'Country of origin'],
            [200, 'China'],
          ],
        ],
        [
          114,
          [
            [40, 'Port of loading'],
            [200, 'Shanghai, China'],
          ],
        ],
        [
          128,
          [
            [40, 'Delivery date:'],
            [200, '2025-04-30'],
          ],
        ],
      ]),
    ]);
    expect(proposals.smeltLargest).toBeUndefined();
    expect(proposals.smeltSecond).toBeUndefined();
    expect(proposals.cast).toBeUndefined();
    expect(proposals.documentDate).toBeUndefined();
    expect(proposals.issuer?.value).toBe('Shanghai Huaxin Metals Co., Ltd.');
  });

  it('guesses no issuer from the end of a sentence at the top of a letter', () => {
    const proposals = proposeFields([
      page([
        [40, [[40, 'June 30, 2025']]],
        [60, [[40, 'rod is cast and rolled at our mill in United States.']]],
      ]),
    ]);
    expect(proposals.issuer).toBeUndefined();
  });

  it('reads 03/04/2025 month first only for an issuer in the United States', () => {
    const dated = (address: string) =>
      proposeFields([
        page([...letterhead('Columbia River Extrusions Inc.', address), [100, [[40, 'Date: 03/04/2025']]]]),
      ]).documentDate?.value;
    expect(dated('4400 NW Front Ave, Portland, OR 97210, United States')).toBe('2025-03-04');
    expect(dated('Waalhaven 40, 3089 JH Rotterdam, Netherlands')).toBe('2025-04-03');
  });

  it('votes down a column of codes that OCR misread in some rows', () => {
    const proposals = proposeFields([
      page(
        [
          [
            100,
            [
              [40, 'Lot'],
              [120, 'Smelt (1)'],
              [220, 'Smelt (2)'],
              [320, 'Cast'],
            ],
          ],
          [
            115,
            [
              [40, 'L1'],
              [120, 'om'],
              [220, '0A'],
              [320, 'OM'],
            ],
          ],
          [
            130,
            [
              [40, 'L2'],
              [120, 'OM'],
              [220, 'QA'],
              [320, 'om'],
            ],
          ],
          [
            145,
            [
              [40, 'L3'],
              [120, 'OM'],
              [220, 'QA'],
              [320, 'OM'],
            ],
          ],
        ],
        1,
        0.8,
      ),
    ]);
    expect(proposals.smeltLargest?.value).toBe('OM');
    expect(proposals.smeltSecond?.value).toBe('QA');
    expect(proposals.cast?.value).toBe('OM');
    expect(proposals.cast!.confidence).toBeLessThan(0.95);
  });

  it('finds the origin on a later page and says which', () => {
    const proposals = proposeFields([
      page([[100, [[40, 'Mechanical properties: Rm 210 MPa, Rp0.2 180 MPa']]]], 1),
      page(
        [
          [
            100,
            [
              [40, 'Largest smelt country:'],
              [200, 'Canada'],
            ],
          ],
          [
            114,
            [
              [40, 'Most recent cast:'],
              [200, 'Canada'],
            ],
          ],
        ],
        2,
      ),
    ]);
    expect(proposals.smeltLargest).toMatchObject({ value: 'CA', page: 2 });
    expect(proposals.cast).toMatchObject({ value: 'CA', page: 2 });
  });
});

describe('second-largest smelt said in other words', () => {
  it('reads "the largest portion … smelted in X; the second largest portion originates from a smelter in Y", not the works street', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Tasman Billet Pty Ltd', '8 Smelter Way, Bell Bay, TAS 7253, Australia'),
        [
          100,
          [
            [
              40,
              'We confirm that the largest portion of the primary aluminium in the billets we supply was smelted in',
            ],
          ],
        ],
        [
          112,
          [[40, 'Australia; the second largest portion originates from a smelter in New Zealand. The material was']],
        ],
        [124, [[40, 'cast into billets in Australia. Our sales office in Singapore handles all shipments.']]],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('AU');
    expect(proposals.smeltSecond).toMatchObject({ value: 'NZ', how: 'prose' });
    expect(proposals.smeltSecond?.text).toContain('originates from a smelter in New Zealand');
    expect(proposals.cast?.value).toBe('AU');
  });

  it('reads "X (largest share); balance from Y" after a smelter label, and "the rest" in a label value', () => {
    const mill = proposeFields([
      page([
        [
          100,
          [
            [40, 'Primary metal smelter:'],
            [150, 'Qatalum, Qatar (largest share); balance from Oman.'],
          ],
        ],
        [
          112,
          [
            [40, 'Melt/cast location:'],
            [150, 'Sohar, Oman'],
          ],
        ],
      ]),
    ]);
    expect(mill.smeltLargest?.value).toBe('QA');
    expect(mill.smeltSecond?.value).toBe('OM');
    expect(mill.cast?.value).toBe('OM');
    const short = proposeFields([
      page([
        [
          100,
          [
            [40, 'Smelter country:'],
            [150, 'Norway (main), Iceland (the rest)'],
          ],
        ],
      ]),
    ]);
    expect(short.smeltLargest?.value).toBe('NO');
    expect(short.smeltSecond).toMatchObject({ value: 'IS', how: 'label' });
  });

  it('reads "the greater part … was smelted in X" as the largest share, whatever the order', () => {
    const proposals = proposeFields([
      page([
        [100, [[40, 'Some of the primary aluminium in our ingots was smelted in Argentina; the greater part was']]],
        [112, [[40, 'smelted in Brazil. All ingots were cast at our works in Brazil.']]],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('BR');
    expect(proposals.smeltSecond?.value).toBe('AR');
    expect(proposals.cast?.value).toBe('BR');
  });

  it('takes no smelt or cast country from a street named after the works', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Karmøy Støperi AS', '8 Smelter Road, 4265 Håvik, Norway'),
        [70, [[40, 'Works: 2 Cast House Way, Håvik, Norway']]],
        [100, [[40, 'Delivery note 4471 for 12 bundles of extrusion billets.']]],
      ]),
    ]);
    expect(proposals.smeltLargest).toBeUndefined();
    expect(proposals.smeltSecond).toBeUndefined();
    expect(proposals.cast).toBeUndefined();
  });

  it('does not take a stock, trader or port country after the smelt country as the second', () => {
    const proposals = proposeFields([
      page([
        [
          100,
          [[40, 'The primary aluminium was smelted in Canada and supplied from our stock in Rotterdam, Netherlands,']],
        ],
        [112, [[40, 'through our trader in Zug, Switzerland. Port of loading: Antwerp, Belgium.']]],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('CA');
    expect(proposals.smeltSecond).toBeUndefined();
  });
});

describe('layouts OCR splits into cells', () => {
  it('reads a questionnaire whose answers OCR read as cells under each question', () => {
    const proposals = proposeFields([
      page([
        [100, [[40, '2. Country where the largest volume of primary aluminium was smelted']]],
        [
          112,
          [
            [54, 'Answer:'],
            [120, 'India'],
            [200, ':'],
          ],
        ],
        [130, [[40, '3. Country where the second largest volume of primary aluminium was smelted']]],
        [142, [[54, 'Answer: Bahrain']]],
        [160, [[40, '4. Country where the aluminium was most recently cast']]],
        [
          172,
          [
            [54, 'Answer:'],
            [120, 'India'],
          ],
        ],
        [190, [[40, '5. Country of export']]],
        [202, [[54, 'Answer: United States of America via Canada']]],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('IN');
    expect(proposals.smeltSecond?.value).toBe('BH');
    expect(proposals.cast?.value).toBe('IN');
  });

  it('keeps the end of a sentence that OCR split from specks beside it', () => {
    const proposals = proposeFields([
      page([
        [
          100,
          [
            [
              40,
              'Metal source. The primary aluminium used was smelted chiefly in Malaysia, with a smaller share smelted in',
            ],
          ],
        ],
        [112, [[40, 'Australia. The ingots were cast']]],
        [
          124,
          [
            [40, 'in Malaysia.'],
            [200, 'd'],
            [260, 'Co'],
          ],
        ],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('MY');
    expect(proposals.smeltSecond?.value).toBe('AU');
    expect(proposals.cast?.value).toBe('MY');
  });

  it('reads a label with a stray colon, and a label whose leader dots OCR read as letters', () => {
    const proposals = proposeFields([
      page([
        [
          100,
          [
            [40, 'Smelt country (primary aluminium)'],
            [300, 'Country: of casting'],
          ],
        ],
        [
          114,
          [
            [40, 'N/A - no primary aluminium'],
            [300, 'Spain'],
          ],
        ],
        [140, [[40, 'Primary smelter, country (1) iiimimmirmsmisi Kazakhstan']]],
        [154, [[40, 'Primary smelter, COUNTRY (2) tiimivimmmirmmsmimisii siti wn RUSS1a']]],
      ]),
    ]);
    expect(proposals.cast?.value).toBe('ES');
    expect(proposals.smeltLargest?.value).toBe('KZ');
    expect(proposals.smeltSecond?.value).toBe('RU');
  });

  it('takes the product from a "Description" column', () => {
    const proposals = proposeFields([
      page([
        [
          100,
          [
            [40, 'Line'],
            [80, 'Description'],
            [220, 'Net kg'],
          ],
        ],
        [
          114,
          [
            [40, '1'],
            [80, 'Profile 820, 6063-T6'],
            [220, '1,200'],
          ],
        ],
      ]),
    ]);
    expect(proposals.product?.value).toContain('6063-T6');
  });
});

describe('more ways to label the same facts', () => {
  it('reads one "1st / 2nd" label for both smelt countries, in order', () => {
    const proposals = proposeFields([
      page([
        [
          100,
          [
            [40, 'Smelt countries (1st / 2nd)'],
            [220, 'Germany / Norway'],
          ],
        ],
        [
          114,
          [
            [40, 'Cast country'],
            [220, 'Austria'],
          ],
        ],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('DE');
    expect(proposals.smeltSecond?.value).toBe('NO');
    expect(proposals.cast?.value).toBe('AT');
    // OCR read the slash as a capital I.
    const scanned = proposeFields([
      page([
        [
          100,
          [
            [40, 'Smelt countries (1st I 2nd)'],
            [220, 'China / India'],
          ],
        ],
      ]),
    ]);
    expect(scanned.smeltLargest?.value).toBe('CN');
    expect(scanned.smeltSecond?.value).toBe('IN');
  });

  it('reads terse SMELT-1 / SMELT-2 / CAST keys with alpha-3 codes', () => {
    const proposals = proposeFields([
      page([
        [
          100,
          [
            [40, 'SMELT-1:'],
            [100, 'CAN'],
          ],
        ],
        [
          112,
          [
            [40, 'SMELT-2:'],
            [100, 'USA'],
          ],
        ],
        [
          124,
          [
            [40, 'CAST:'],
            [100, 'USA'],
          ],
        ],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('CA');
    expect(proposals.smeltSecond?.value).toBe('US');
    expect(proposals.cast?.value).toBe('US');
  });

  it('reads "Country where the product was cast: X", "Casting took place in X" and "a single smelter."', () => {
    const form = proposeFields([
      page([
        [
          100,
          [
            [40, 'Country where the product was cast:'],
            [220, 'Italy'],
          ],
        ],
      ]),
    ]);
    expect(form.cast?.value).toBe('IT');
    const letter = proposeFields([
      page([
        [
          100,
          [[40, 'The majority of the metal comes from our smelter in Iceland. Casting took place in the Netherlands.']],
        ],
        [130, [[40, 'All metal from a single smelter.']]],
      ]),
    ]);
    expect(letter.smeltLargest?.value).toBe('IS');
    expect(letter.cast?.value).toBe('NL');
    expect(letter.smeltSecond?.value).toBe('N/A');
  });
});
