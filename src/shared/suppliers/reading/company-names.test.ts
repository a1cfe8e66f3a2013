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
      'Reciclados de Aluminio del Norte S.A. de C.V.',
      'Grupo Metalúrgico S.A.B. de C.V.',
      'Fundiciones del Bajío S. de R.L. de C.V.',
      'PT Alumindo Light Metal Industry Tbk',
      'Alumínio Brasileiro Ltda.',
      'Metalurgia do Norte Lda.',
      'Ege Alüminyum San. ve Tic. Ltd. Şti.',
      'Alcoa Wagner Ltée',
      'Hydro Extrusion Hungary Kft.',
      'Arconic Köfém Zrt.',
      'Impol Seval a.d.',
      'Nordisk Aluminium ApS',
      'Aluminium Rheinfelden GmbH & Co. KGaA',
      'Helvetic Metals Trading SA',
      'Aluminium Konin Sp. z o. o.',
      'Press Metal Berhad',
      'Nippon Light Metal Co., Ltd.',
    ])
      expect(companyName(`issued by ${name}, certified`)?.name).toBe(name);
  });

  it('reads names printed in capitals with their legal forms in capitals, and no form in a capitalised sentence word', () => {
    expect(companyName('SIAM COIL ALUMINIUM CO., LTD.')?.name).toBe('SIAM COIL ALUMINIUM CO., LTD.');
    expect(companyName('KOCAELI BORU SANAYI A.Ş. - GEBZE')?.name).toBe('KOCAELI BORU SANAYI A.Ş.');
    expect(companyName('ALUMINIUM KONIN SP. Z O.O.')?.name).toBe('ALUMINIUM KONIN SP. Z O.O.');
    expect(companyName('Shipped to Rayong co. and others')).toBeNull();
  });

  it("reads OCR's joined Mexican form and names written after their legal form", () => {
    expect(companyName('Aluminios Laminados de Veracruz S.A. deC.V.')?.name).toBe(
      'Aluminios Laminados de Veracruz S.A. deC.V.',
    );
    expect(companyName('Supplier: PT Indonesia Asahan Aluminium (Persero), Kuala Tanjung')?.name).toBe(
      'PT Indonesia Asahan Aluminium (Persero)',
    );
    expect(companyName('Producer: JSC Kazakhstan Aluminium Smelter, Pavlodar')?.name).toBe(
      'JSC Kazakhstan Aluminium Smelter',
    );
    expect(companyName('Part no. PT 4410, qty 12')).toBeNull();
    expect(companyName('~ Cape Aluminium Products Pty) Ltd')?.name).toBe('Cape Aluminium Products Pty) Ltd');
    expect(companyName('Spett.le Fonderia Bresciana Leghe S.p.A.')?.name).toBe('Fonderia Bresciana Leghe S.p.A.');
    expect(companyName('M/s Deccan Rolling Mills Pvt. Ltd.')?.name).toBe('Deccan Rolling Mills Pvt. Ltd.');
    expect(companyName('Perfis do Minho, S. A. - Parque Industrial de Lousado')?.name).toBe('Perfis do Minho, S. A.');
    expect(companyName('Houston, TX, U. S. A.')).toBeNull();
    expect(companyName('of Kuwait Aluminium Extrusion Co. K.S.C.P.')?.name).toBe(
      'Kuwait Aluminium Extrusion Co. K.S.C.P.',
    );
    expect(companyName("'Saigon Aluminium Profile JSC:")?.name).toBe('Saigon Aluminium Profile JSC');
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

  it("joins the rest of a legal form that wrapped under a whole name, past the next column's line", () => {
    const proposals = proposeFields([
      page([
        [
          51,
          [
            [40, 'Aluminios Laminados de Veracruz S.A.'],
            [330, 'CERTIFICADO DE CALIDAD / MILL TEST'],
          ],
        ],
        [62, [[330, 'CERTIFICATE']]],
        [72, [[40, 'de C.V.']]],
        [86, [[40, 'Carretera Federal 180 Km 12, 91697 Veracruz, México']]],
      ]),
    ]);
    expect(proposals.issuer?.value).toBe('Aluminios Laminados de Veracruz S.A. de C.V.');
  });

  it('does not take a document title in large print, in any language, for its issuer', () => {
    for (const title of ['AFFIDAVIT OF ALUMINUM ORIGIN', 'CERTIFICADO DE QUALIDADE', 'Ursprungserklärung Aluminium']) {
      const laidOut = page([
        [40, [[40, title]]],
        [80, [[40, 'I am the Vice President of Supply of Bayou Metals Trading LLC, 1400 Smith St, Houston']]],
      ]);
      // The title in large print: 15 points tall, the text under it 9.
      const words = laidOut.words.map((w) => (w.box.y0 === 40 ? { ...w, box: { ...w.box, y1: 55 } } : w));
      expect(proposeFields([{ ...laidOut, words }]).issuer?.value, title).toBe('Bayou Metals Trading LLC');
    }
  });

  it('reads the company beside its label past OCR specks between them', () => {
    const proposals = proposeFields([
      page([
        [
          102,
          [
            [40, 'Company'],
            [120, 'CL'],
            [140, ':'],
            [160, "'Saigon Aluminium Profile JSC:"],
          ],
        ],
        [
          114,
          [
            [40, 'Address'],
            [160, 'Lot C5, Hiep Phuoc Industrial Park, Ho Chi Minh City, Vietnam'],
          ],
        ],
      ]),
    ]);
    expect(proposals.issuer?.value).toBe('Saigon Aluminium Profile JSC');
  });

  it('does not take the company that requested the form for its issuer', () => {
    const proposals = proposeFields([
      page([
        [40, [[40, 'Primary Aluminium Source Questionnaire']]],
        [60, [[40, 'Requested by: Sunbelt Marine Supply Co., Tampa, FL - for U.S. Aluminum Import Monitoring']]],
        [
          98,
          [
            [40, 'Comparly :'],
            [200, 'Cape Aluminium Products (Pty) Ltd'],
          ],
        ],
      ]),
    ]);
    expect(proposals.issuer?.value).toBe('Cape Aluminium Products (Pty) Ltd');
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
    expect(companyName('1. I am the Vice President of Supply of Bayou Metals Trading LLC, 1400 Smith St')?.name).toBe(
      'Bayou Metals Trading LLC',
    );
    expect(companyName('General Manager of Fundiciones Recicladas del Bajío S.A. de C.V.')?.name).toBe(
      'Fundiciones Recicladas del Bajío S.A. de C.V.',
    );
  });
});
