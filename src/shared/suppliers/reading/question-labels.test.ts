import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import { labelOf } from './field-labels';
import { proposeFields } from './propose-fields';
import { questionLabel } from './question-labels';

const kind = (text: string) => labelOf(text)?.kind ?? null;

describe('questions of a supplier form read as labels', () => {
  it('classifies a question by what it asks, in any order and with filler words', () => {
    expect(kind('8. Country where the largest volume of primary aluminum was smelted')).toBe('smeltLargest');
    expect(kind('9. Country where the second largest volume was smelted (if any)')).toBe('smeltSecond');
    expect(kind('In which country was the majority of the primary aluminium smelted?')).toBe('smeltLargest');
    expect(kind('Q4: Which country did the next largest share of the metal come from, by electrolysis?')).toBe(
      'smeltSecond',
    );
    expect(kind('(c) Country in which the primary metal was produced by electrolysis, if more than one')).toBe(
      'smeltSecond',
    );
    expect(kind('Please state the country where the aluminium was smelted')).toBe('smelt');
    expect(kind('10. Country where the product was most recently cast')).toBe('cast');
    expect(kind('Country where billet was cast')).toBe('cast');
    expect(kind('Where was the metal last liquefied and poured?')).toBe('cast');
  });

  it('ends the question where its answer begins, in the same cell', () => {
    const text = '9. Country where the second largest volume was smelted (if any)? Kazakhstan';
    expect(text.slice(questionLabel(text)!.end).trim()).toBe('Kazakhstan');
    const box = 'Country where billet was cast United States';
    expect(box.slice(labelOf(box)!.end).trim()).toBe('United States');
  });

  it('takes no statement, no instruction and no cast number for a question', () => {
    // A sentence that names its country states a fact (the prose reader reads it).
    expect(questionLabel('Country where the metal was smelted: Canada, at Alma')?.kind).toBe('smelt');
    expect(questionLabel('The country where the metal was smelted is Canada')).toBeNull();
    expect(questionLabel('We confirm the country where the metal was smelted')).toBeNull();
    expect(questionLabel('Country where the metal was smelted and cast')).toBeNull();
    expect(questionLabel('Location of the cast number on each bundle')).toBeNull();
    expect(questionLabel('Remelted and cast at the Duisburg works from purchased scrap')).toBeNull();
    expect(questionLabel('11. Name of smelter(s), if known')).toBeNull();
  });

  it('reads the answer beside a question that wraps onto a second line (a filled-in form)', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Keystone Architectural Metals LLC', '220 Commerce Dr, Harrisburg, PA 17110, USA'),
        [
          100,
          [
            [40, '8. Country where the largest volume of primary aluminum was'],
            [340, 'Russia'],
          ],
        ],
        [111, [[40, 'smelted']]],
        [
          130,
          [
            [40, '9. Country where the second largest volume was smelted (if any)'],
            [340, 'Kazakhstan'],
          ],
        ],
        [
          148,
          [
            [40, '10. Country where the product was most recently cast'],
            [340, 'Turkey'],
          ],
        ],
      ]),
    ]);
    expect(proposals.smeltLargest).toMatchObject({ value: 'RU', how: 'label' });
    expect(proposals.smeltSecond?.value).toBe('KZ');
    expect(proposals.cast?.value).toBe('TR');
  });

  it('reads the answer in the box under a question', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Gulf Metal Ingots Trading LLC', 'Jebel Ali Free Zone, Dubai, United Arab Emirates'),
        [100, [[40, 'Q2. In which country was the largest share of the primary aluminium smelted?']]],
        [118, [[44, 'Bahrain']]],
        [140, [[40, 'Q3. Where was the metal most recently cast?']]],
        [158, [[44, 'United Arab Emirates']]],
      ]),
    ]);
    expect(proposals.smeltLargest?.value).toBe('BH');
    expect(proposals.cast?.value).toBe('AE');
  });

  it('reads the answer on an “Answer:” line under a question that explains itself, not a country it goes on to name', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Saigon Aluminium Profile JSC', 'Lot C2, Tan Tao Industrial Park, Ho Chi Minh City, Vietnam'),
        [
          100,
          [
            [
              40,
              '2. In which country was the largest share of the primary aluminium contained in the: product smelted?',
            ],
          ],
        ],
        [111, [[50, 'Give the country where the metal was produced by electrolysis, not the country of the trader.']]],
        [
          122,
          [
            [50, 'ANSE:'],
            [80, 'India'],
          ],
        ],
        [140, [[40, '3. In which country was the second-largest share smelted?']]],
        [151, [[50, 'Answer: Not known — part of the ingot was bought through a trader in Singapore']]],
        [
          170,
          [
            [40, '4. Casthouse:'],
            [110, 'in which country was the aluminium last liquefied and cast before it became the product?'],
          ],
        ],
        [181, [[50, 'Answer: VIETNAM']]],
      ]),
    ]);
    expect(proposals.smeltLargest).toMatchObject({ value: 'IN', how: 'label' });
    expect(proposals.smeltSecond).toBeUndefined();
    expect(proposals.cast?.value).toBe('VN');
  });
});
