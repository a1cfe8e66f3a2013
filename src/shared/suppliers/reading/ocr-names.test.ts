import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import { nearCountryName } from './ocr-names';
import { proposeFields } from './propose-fields';

describe('country names OCR misread', () => {
  it('reads a capitalised word one or two letters from exactly one country name as that name', () => {
    expect(nearCountryName('Balwain')).toBe('Bahrain');
    expect(nearCountryName('Norwey,')).toBe('Norway,');
    expect(nearCountryName('Tnrkey')).toBe('Turkey');
  });

  it('leaves names, short words and lower-case words alone', () => {
    expect(nearCountryName('Norway')).toBeNull();
    expect(nearCountryName('Iron')).toBeNull();
    expect(nearCountryName('balwain')).toBeNull();
    expect(nearCountryName('Certificate')).toBeNull();
  });

  it('repairs only words OCR was unsure of, never a text layer', () => {
    const layout = [
      ...letterhead('Gulf Rolling Co. B.S.C.', 'Sitra, Bahrain'),
      [
        100,
        [
          [40, 'Smelted in:'],
          [110, 'Balwain'],
        ],
      ],
    ] as const;
    const unsure = (text: string) => (text === 'Balwain' ? 0.6 : 0.95);
    expect(proposeFields([page(layout, 1, unsure)]).smeltLargest?.value).toBe('BH');
    expect(proposeFields([page(layout)]).smeltLargest).toBeUndefined();
  });
});
