import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import type { PageText } from './page-text';
import { proposeFields } from './propose-fields';

/** OCR's boxes for the words of line `y`: a capital and a descender make them taller than the line above. */
const taller = (p: PageText, y: number, by: number): PageText => ({
  ...p,
  words: p.words.map((w) => (w.box.y0 === y ? { ...w, box: { ...w.box, y0: y - by / 2, y1: w.box.y1 + by / 2 } } : w)),
});

describe('sentences across lines', () => {
  it('keeps a sentence’s last word that wrapped alone onto the next line, though OCR reads it taller', () => {
    const scanned = taller(
      page(
        [
          ...letterhead('Nordsjø Valseverk AS', 'Valsevegen 2, 5750 Odda, Norway'),
          [
            100,
            [
              [40, 'Customer:'],
              [90, 'Cape Cod Boatworks Inc., 14 Shore Rd, Hyannis, MA 02601, United States'],
            ],
          ],
          [
            130,
            [
              [40, 'Origin of metal:'],
              [110, 'primary aluminium smelted at Karmøy (Norway) and Straumsvík (Iceland), in that order;'],
            ],
          ],
          [142, [[40, 'slabs cast at our rolling plant, the former Odda works, at Odda in']]],
          [154, [[40, 'Norway.']]],
        ],
        1,
        0.9,
      ),
      154,
      5,
    );
    const proposals = proposeFields([scanned]);
    expect(proposals.cast).toMatchObject({ value: 'NO', how: 'prose' });
    expect(proposals.smeltLargest?.value).toBe('NO');
    expect(proposals.smeltSecond?.value).toBe('IS');
  });
});
