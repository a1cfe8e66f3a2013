import { describe, expect, it } from 'vitest';

import { page } from '../../../../tests/support/certificates/page-layout';
import { labelOf } from './field-labels';
import { proposeFields } from './propose-fields';

describe('customs origin abbreviated as COO', () => {
  it('reads a "COO" column header as the customs origin, not as a value of the cast column beside it', () => {
    expect(labelOf('COO')?.kind).toBe('distractor');
    const proposals = proposeFields([
      page([
        [
          145,
          [
            [40, 'Lot no.'],
            [120, 'Smelt country (1)'],
            [230, 'Smelt country (2)'],
            [340, 'Casthouse'],
            [420, 'COO'],
          ],
        ],
        [
          162,
          [
            [40, 'K26-1101'],
            [120, 'AUS'],
            [230, 'NZL'],
            [340, 'KOR'],
            [420, 'KOR'],
          ],
        ],
      ]),
    ]);
    expect(proposals.cast?.value).toBe('KR');
  });
});
