import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import { proposeFields } from './propose-fields';
import { notApplicableSaid } from './prose-not-applicable';

describe('which smelt fields a sentence says do not apply', () => {
  it('gives both for a statement that there is no primary metal', () => {
    expect(notApplicableSaid('The ingots contain no primary aluminium.')).toEqual({ largest: true, second: true });
    expect(notApplicableSaid('They ‘contain no primary . aluminum, so there is no country of smelt.')).toEqual({
      largest: true,
      second: true,
    });
  });

  it('gives the second only when the statement names another share', () => {
    expect(notApplicableSaid('No primary aluminum smelted in any other country was used.')).toEqual({
      largest: false,
      second: true,
    });
    expect(notApplicableSaid('Zweites Hüttenland / Second smelter country oo keines / none')).toEqual({
      largest: false,
      second: true,
    });
  });

  it('gives nothing for a form’s instruction or condition', () => {
    expect(notApplicableSaid('Answer “none” if all of the primary aluminium came from one country.')).toBeNull();
    expect(notApplicableSaid('If the product is made only from scrap, write N/A and go to question 5.')).toBeNull();
    expect(notApplicableSaid('Enter "not applicable" where the metal is 100 % recycled.')).toBeNull();
  });

  it('keeps the answers of a questionnaire whose instructions say “none”', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('Kuantan Aluminium Extrusion Sdn. Bhd.', 'Gebeng, 26080 Kuantan, Pahang, Malaysia'),
        [100, [[40, '3. If primary aluminium from more than one country was used, in which country was the']]],
        [
          111,
          [[50, 'second-largest share smelted? Answer “none” if all of the primary aluminium came from one country.']],
        ],
        [122, [[50, 'Answer: Australia']]],
        [140, [[40, '4. Affidavit: No primary aluminum smelted in any other country was used.']]],
      ]),
    ]);
    expect(proposals.smeltLargest).toBeUndefined();
    expect(proposals.smeltSecond?.value).toBe('AU');
  });
});
