import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import { proposeFields } from './propose-fields';

const origins = (...texts: string[]) => {
  const p = proposeFields([
    page([
      ...letterhead('Probe Metals Ltd.', 'Kings Road 1, London, United Kingdom'),
      ...texts.map((text, i) => [100 + 12 * i, [[40, text]]] as const),
    ]),
  ]);
  return [p.smeltLargest?.value, p.smeltSecond?.value, p.cast?.value];
};

describe('which smelt country is the largest share', () => {
  it('goes by per cent shares, whichever side of the country they are written and whatever the order', () => {
    expect(origins('Smelt origin: 35 % Kazakhstan, 65 % Russia', 'Cast: Austria')).toEqual(['RU', 'KZ', 'AT']);
    expect(
      origins('The metal was smelted in Iceland (40 %) and Canada (60 %), and cast in the United States.'),
    ).toEqual(['CA', 'IS', 'US']);
  });

  it('goes by the words beside each country, then by the order of a plain list', () => {
    expect(origins('Smelter: Kazakhstan (second), Russia (largest)', 'Cast: Austria')).toEqual(['RU', 'KZ', 'AT']);
    expect(origins('Smelt: CA / IS; Cast: US')).toEqual(['CA', 'IS', 'US']);
    expect(origins('Origin of primary aluminium: Canada (main), Iceland (balance)', 'Cast: Canada')).toEqual([
      'CA',
      'IS',
      'CA',
    ]);
  });

  it('does not take a country that is not listed as a share for the second', () => {
    expect(origins('Smelter: Canada, stock held in the Netherlands', 'Cast: Canada')).toEqual(['CA', undefined, 'CA']);
    expect(origins('Smelter: Canada; port of loading: Rotterdam, Netherlands', 'Cast: Canada')).toEqual([
      'CA',
      undefined,
      'CA',
    ]);
  });

  it('reads primary metal that "comes from" a country as smelted there, but not one delivered to an address', () => {
    expect(
      origins(
        'The largest share of primary aluminium comes from Canada, the second largest from Iceland.',
        'Cast: Canada',
      ),
    ).toEqual(['CA', 'IS', 'CA']);
    expect(
      origins(
        'The primary aluminium ingots delivered to Keystone Inc., Pittsburgh, PA, United States, were',
        'smelted in Iceland.',
      ),
    ).toEqual(['IS', undefined, undefined]);
  });

  it('reads a country named in two languages as one country, not as the largest and the second', () => {
    expect(origins('Smelt countries: Russian Federation / Russia, Kazakhstan', 'Cast: Austria')).toEqual([
      'RU',
      'KZ',
      'AT',
    ]);
    expect(origins('Smelters: U.A.E. (United Arab Emirates), Bahrain', 'Cast: Oman')).toEqual(['AE', 'BH', 'OM']);
  });

  it('does not take a country for the second share where its words deny a second', () => {
    expect(
      origins('English summary: smelted only in Iceland (one smelter, no second country); ingots cast in Austria.'),
    ).toEqual(['IS', 'N/A', 'AT']);
    expect(origins('Smelter: Norway (not a second source)', 'Cast: Norway')).toEqual(['NO', undefined, 'NO']);
  });
});
