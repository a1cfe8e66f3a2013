import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import { proposeFields } from './propose-fields';
import { castTriggers, smeltTriggers } from './prose-triggers';

const tokens = (text: string) => text.split(' ');

describe('what a sentence says was smelted or cast', () => {
  it('takes primary metal "produced" for smelting and billets or slabs "produced" for casting', () => {
    expect(
      smeltTriggers(tokens('the primary aluminium in this delivery was produced at our potlines in Oman')),
    ).toEqual([2, 10]);
    expect(castTriggers(tokens('The billets were produced at our plant in Oman'))).toEqual([1]);
    expect(castTriggers(tokens('Slabs poured in Norway'))).toEqual([1]);
  });

  it('takes no trigger from primary metal that is only mentioned, a cast number or a street', () => {
    expect(smeltTriggers(tokens('contains no primary aluminium at all'))).toEqual([]);
    expect(castTriggers(tokens('Cast No. 4471, 12 Cast House Road'))).toEqual([]);
    expect(castTriggers(tokens('billets of alloy 6063'))).toEqual([]);
  });

  it('reads a letter that says it in these words, and not the port country', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Sohar Billet Works LLC', 'Sohar Industrial Estate, Sohar, Oman'),
        [100, [[40, 'The primary aluminium in this delivery was produced at our potlines in Oman (majority), and']]],
        [111, [[40, 'the remaining share was bought from a smelter in Qatar. The billets were produced at our cast']]],
        [122, [[40, 'house in Oman and shipped from the port of Jebel Ali, United Arab Emirates.']]],
      ]),
    ]);
    expect([proposals.smeltLargest?.value, proposals.smeltSecond?.value, proposals.cast?.value]).toEqual([
      'OM',
      'QA',
      'OM',
    ]);
  });

  it('reads "smelted and cast in X" as both facts', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Probe Metals Ltd.', 'London, United Kingdom'),
        [100, [[40, 'The ingots were smelted and cast in Canada.']]],
      ]),
    ]);
    expect([proposals.smeltLargest?.value, proposals.cast?.value]).toEqual(['CA', 'CA']);
  });

  it('reads a verb OCR joined to the word before it, but not a trade or a condition', () => {
    expect(castTriggers(tokens('The billets were-cast in Canada'))).toEqual([2]);
    expect(smeltTriggers(tokens('metal was-smelted in Norway'))).toEqual([1]);
    expect(castTriggers(tokens('Ohio Valley Die Casting, Cincinnati, OH, USA'))).toEqual([]);
    expect(castTriggers(tokens('supplied in the as-cast condition'))).toEqual([]);
    expect(castTriggers(tokens('housings die cast in Mexico'))).toEqual([2]);
  });

  it('reads no cast from a customer’s row, and N/A for the second share only when only the second is said to be none', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Alliages du Québec Inc.', '455 boulevard Industriel, Bécancour (Québec) G9H 2V3, Canada'),
        [
          100,
          [
            [40, 'Client / Customer'],
            [160, 'Ohio Valley Die Casting — 2200 Spring Grove Ave, Cincinnati, OH 45214, USA'],
          ],
        ],
        [
          130,
          [
            [40, 'Hüttenland / Smelter country primary aluminium'],
            [300, 'Vereinigte Arabische Emirate / UAE'],
          ],
        ],
        [
          146,
          [
            [40, 'Zweites Hüttenland / Second smelter country'],
            [250, 'oo'],
            [300, 'keines / none'],
          ],
        ],
      ]),
    ]);
    expect(proposals.cast).toBeUndefined();
    expect(proposals.smeltLargest?.value).toBe('AE');
    expect(proposals.smeltSecond?.value).toBe('N/A');
  });

  it('reads the verbs of suppliers’ own languages that mean only smelting or only casting', () => {
    expect(smeltTriggers(tokens('El aluminio primario se fundió mayoritariamente en España'))).toEqual([4]);
    expect(smeltTriggers(tokens('Primäraluminium wurde in Norwegen elektrolytisch erzeugt'))).toEqual([4]);
    expect(castTriggers(tokens('Los planchones se colaron en España.'))).toEqual([3]);
    expect(castTriggers(tokens('lingots coulés au Canada'))).toEqual([1]);
    expect(castTriggers(tokens('Die Masseln wurden in Österreich gegossen.'))).toEqual([5]);
    // Portuguese "fundidos" means cast, Spanish "fundición" a foundry: neither is read as smelting.
    expect(smeltTriggers(tokens('Lingotes fundidos em Brasil'))).toEqual([]);
  });

  it('reads a Spanish sworn declaration’s numbered sentences', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Laminaciones de Aluminio del Sur S.A.', 'Dos Hermanas, Sevilla, España'),
        [100, [[47, '2. El aluminio primario contenido en dicha chapa se fundió mayoritariamente en España (San']]],
        [111, [[57, 'Cibrao, Lugo) y, en menor proporción, en Francia.']]],
        [126, [[47, '3. Los planchones de laminación se colaron en España.']]],
      ]),
    ]);
    expect([proposals.smeltLargest?.value, proposals.smeltSecond?.value, proposals.cast?.value]).toEqual([
      'ES',
      'FR',
      'ES',
    ]);
  });
});
