import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import { fieldStarts } from './field-cells';
import { proposeFields } from './propose-fields';

const origins = (text: string) => {
  const p = proposeFields([
    page([...letterhead('Narvik Metall AS', 'Havnegata 8, Narvik, Norway'), [120, [[40, text]]]]),
  ]);
  return [p.smeltLargest?.value, p.smeltSecond?.value, p.cast?.value];
};

describe('several labelled fields in one cell', () => {
  it('reads each label with its own value, whatever separates them', () => {
    expect(origins('Country of Smelt: Norway; Country of Second Smelt: Sweden; Country of Cast: Norway')).toEqual([
      'NO',
      'SE',
      'NO',
    ]);
    expect(origins('AIM data — smelt: Russia (largest), Kazakhstan (second); cast: Austria.')).toEqual([
      'RU',
      'KZ',
      'AT',
    ]);
    expect(origins('Smelter (main): Canada · Smelter (other): Iceland · Cast house: Czech Republic')).toEqual([
      'CA',
      'IS',
      'CZ',
    ]);
    expect(origins('Smelt: Bahrain Cast: Oman')).toEqual(['BH', undefined, 'OM']);
    expect(origins('Smelt (largest): MZ / Smelt (2nd): ZA')).toEqual(['MZ', 'ZA', undefined]);
  });

  it('cuts only before words that are a label, so a value with its own colon-free remarks stays whole', () => {
    expect(fieldStarts('Qatalum, Qatar (largest share); balance from Oman')).toEqual([]);
    expect(fieldStarts('Norway; Note: see annex')).toEqual([]);
    expect(fieldStarts('Norway; Country of Cast: Norway')).toEqual([1]);
  });

  it('reads labels behind a heading of their own on the line ("AIM: smelt largest: CA / …")', () => {
    expect(origins('AIM: smelt largest: CA / smelt second: IS / cast: NO')).toEqual(['CA', 'IS', 'NO']);
    expect(origins('Metal origin: Country of smelt: Canada; Country of cast: Norway')).toEqual(['CA', undefined, 'NO']);
  });
});
