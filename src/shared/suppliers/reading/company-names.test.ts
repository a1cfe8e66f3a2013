import { describe, expect, it } from 'vitest';

import { letterhead, page } from '../../../../tests/support/certificates/page-layout';
import { companyName } from './company-names';
import { proposeFields } from './propose-fields';

describe('company names with their legal forms', () => {
  it('keeps long and stacked legal forms', () => {
    for (const name of [
      'Walzwerk Lausitz GmbH & Co. KG',
      'Kuwait Aluminium Extrusion Co. K.S.C.P.',
      'Doha Metal Trading W.L.L.',
      'Gulf Aluminium Rolling Mill B.S.C.',
      'Almaty Metal Export LLP',
      'Slovenska Valjarna d.o.o.',
      'Aluminium Konin Sp. z o.o.',
      'Fonderia Lombarda S.p.A.',
      'Aluminios del Cantábrico S.A.',
      'Gujarat Ingot Exports Pvt. Ltd.',
      'Industrias Norte S.A. de C.V.',
    ])
      expect(companyName(`issued by ${name}, certified`)?.name).toBe(name);
  });

  it('takes the issuer from a name whose legal form wrapped onto the next line', () => {
    const proposals = proposeFields([
      page([
        [
          40,
          [
            [40, 'Doha Metal Trading'],
            [300, 'Nov. 4, 2025'],
          ],
        ],
        [
          51,
          [
            [40, 'W.L.L.'],
            [300, 'Sunshine Enclosures Inc.'],
          ],
        ],
        [62, [[40, 'Al Sadd Street, Doha, Qatar']]],
      ]),
    ]);
    expect(proposals.issuer?.value).toBe('Doha Metal Trading W.L.L.');
  });

  it('takes the issuer from the foot when the letterhead names no company', () => {
    const proposals = proposeFields([
      page([
        ...letterhead('GULFAL', 'Building 22, Road 15, Sitra, Bahrain'),
        [270, [[40, 'Dated 27 January 2025 for Atlantic Fence Supply Inc., alloy 1050.']]],
        [300, [[40, 'For and on behalf of Gulf Aluminium Rolling Mill B.S.C.']]],
        [312, [[40, 'Authorised signatory']]],
      ]),
    ]);
    expect(proposals.issuer?.value).toBe('Gulf Aluminium Rolling Mill B.S.C.');
  });

  it('takes the issuer from an e-mail’s signature, not from its sender line', () => {
    const proposals = proposeFields([
      page([
        [40, [[40, 'From: Priya Raman <priya.raman@deccan.com>']]],
        [52, [[40, 'Sent: Tuesday, October 6, 2026 9:14 AM']]],
        [300, [[40, 'Best regards,']]],
        [312, [[40, 'Priya Raman']]],
        [324, [[40, 'Deccan Aluminium Traders Pvt. Ltd.']]],
        [336, [[40, 'Office 804, Nariman Point, Mumbai 400021, India']]],
      ]),
    ]);
    expect(proposals.issuer?.value).toBe('Deccan Aluminium Traders Pvt. Ltd.');
  });

  it('takes the company a declarant speaks for, not the declarant', () => {
    expect(companyName('I, Ahmed Al-Mansoori, of Gulf Metal Ingots Trading LLC, Office 1907, Dubai')?.name).toBe(
      'Gulf Metal Ingots Trading LLC',
    );
    expect(companyName('produced by Aluminium of Greece S.A., Agios Nikolaos')?.name).toBe('Aluminium of Greece S.A.');
  });
});
