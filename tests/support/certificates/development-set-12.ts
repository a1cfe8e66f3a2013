import { party, scan } from './case-helpers';
import type { CertificateCase } from './certificate-case';
import {
  brazilianQualityCertificate,
  dutchColumnDeclaration,
  germanBusinessLetter,
  item,
  numberedQuestionnaire,
  polishChargeCertificate,
  spanishEmailThread,
  turkishOriginStatement,
  usAffidavit,
} from './development-set-12-layouts';

/*
 * Development set 12: 16 documents for tuning the certificate reader, each layout once with a
 * text layer and once as a scan. Written from what suppliers send, without looking at the reader:
 * documents in Portuguese, Dutch, Turkish, Polish, Spanish and German beside English, fields as
 * table columns, long numbered questions, an affidavit's jurat, a charge table in %, e-mail and
 * letter prose; single-smelter, recycled-only and "not known" answers; customs origins, ports,
 * banks and registrations that are not smelt or cast countries. Layouts: development-set-12-layouts.ts.
 */

const brazil = party('Alumínio Paulista Laminados Ltda.', 'Rod. Anhanguera km 104, 13180-000 Sumaré – SP, Brasil');
const gaucha = party('Extrusora Gaúcha de Alumínio S.A.', 'Av. Industrial 2100, 92420-000 Canoas – RS, Brasil');

export const developmentSet12: readonly CertificateCase[] = [
  item(
    1,
    'Brazilian Portuguese/English quality certificate, "Origem do metal primário" table with a % column',
    'text-pdf',
    brazilianQualityCertificate({
      issuer: brazil,
      customer: party('Atlantic Can Stock Inc.', '75 Harbor Rd, Savannah, GA 31401, USA'),
      number: 'APL-CQ-26/4471',
      date: ['5 de novembro de 2026', '2026-11-05'],
      order: ['PO-88412', '14/09/2026'],
      port: 'Santos, Brasil',
      alloy: '3004',
      product: 'Bobina laminada / Rolled coil 0,28 mm',
      shares: [
        ['Brasil / Brazil', '72'],
        ['Noruega / Norway', '28'],
      ],
      castIn: 'Brasil (Sumaré)',
      note: 'Percentuais em peso do alumínio primário. / Shares by weight of primary aluminium. Escritório de vendas / sales office: Miami, EUA.',
      stated: { smeltLargest: 'BR', smeltSecond: 'NO', cast: 'BR' },
      seed: 3,
    }),
  ),
  item(
    2,
    'Brazilian Portuguese/English quality certificate, one country at 100 % (scan)',
    'jpeg',
    brazilianQualityCertificate({
      issuer: gaucha,
      customer: party('Gulf Shore Windows LLC', '4100 Airport Blvd, Mobile, AL 36608, USA'),
      number: 'EGA 2026-1187',
      date: ['18 de outubro de 2026', '2026-10-18'],
      order: ['GSW-5521', '02/10/2026'],
      port: 'Rio Grande, Brasil',
      alloy: '6063',
      product: 'Perfis extrudados / Extruded profiles T5',
      shares: [['Canadá / Canada', '100']],
      castIn: 'Brasil (Canoas)',
      note: 'Metal primário de uma única fundição; não há segundo país. / Primary metal from a single smelter; there is no second country.',
      stated: { smeltLargest: 'CA', smeltSecond: 'N/A', cast: 'BR' },
      seed: 7,
    }),
    scan(300, 0.4, 0.0005, 1202),
  ),
  item(
    3,
    'Dutch/English trader declaration, fields as table columns, customs origin differs',
    'text-pdf',
    dutchColumnDeclaration({
      issuer: party('Zeeland Aluminium Handel B.V.', 'Havenweg 18, 4382 NC Vlissingen, Nederland'),
      buyer: party('Keystone Architectural Metals', '900 Industrial Dr, York, PA 17402, USA'),
      number: 'ZAH-HV-26-0912',
      date: ['12 oktober 2026', '2026-10-12'],
      place: 'Vlissingen',
      lines: [
        'Profielen / Profiles | 6060 T66 | Noorwegen / Norway | IJsland / Iceland | Duitsland / Germany | België / Belgium',
        'Profielen / Profiles | 6060 T5 | Noorwegen / Norway | IJsland / Iceland | Duitsland / Germany | België / Belgium',
      ],
      stated: { smeltLargest: 'NO', smeltSecond: 'IS', cast: 'DE' },
      alloy: '6060',
    }),
  ),
  item(
    4,
    'Dutch/English trader declaration, fields as table columns, "geen / none" second (scan)',
    'png',
    dutchColumnDeclaration({
      issuer: party('Brabantse Metaalhandel B.V.', 'De Run 4410, 5503 LN Veldhoven, Nederland'),
      buyer: party('Chesapeake Marine Fabricators', '12 Dock St, Annapolis, MD 21401, USA'),
      number: 'BMH/2026/3318',
      date: ['3 november 2026', '2026-11-03'],
      place: 'Veldhoven',
      lines: [
        'Gewalste plaat / Rolled plate | 5083 H111 | Verenigde Arabische Emiraten | geen / none | Frankrijk / France | Frankrijk / France',
      ],
      stated: { smeltLargest: 'AE', smeltSecond: 'N/A', cast: 'FR' },
      alloy: '5083',
    }),
    scan(250, -0.6, 0.0007, 1204),
  ),
  item(
    5,
    'Turkish/English origin statement, "Electrolysis in" and "Metal poured in" rows',
    'text-pdf',
    turkishOriginStatement({
      issuer: party(
        'Ege Profil Alüminyum San. ve Tic. A.Ş.',
        'Atatürk OSB 10007 Sk. No: 12, 35620 Çiğli, İzmir, Türkiye',
      ),
      consignee: party('Desert Sun Glazing Inc.', '2150 W Broadway Rd, Phoenix, AZ 85041, USA'),
      date: ['12 Kasım 2026', '2026-11-12'],
      rows: [
        ['Fatura No / Invoice No', 'EGP2026000418'],
        ['Ürün / Product', 'Alüminyum profil / Aluminium profiles, alloy 6063 T6'],
        ['Konşimento tarihi / B/L date', '16.11.2026'],
        ['Yükleme limanı / Port of loading', 'Aliağa, İzmir'],
        [
          'Elektroliz ülkesi (en büyük pay) / Electrolysis in (largest share)',
          'Birleşik Arap Emirlikleri / United Arab Emirates',
        ],
        ['Elektroliz ülkesi (ikinci pay) / Electrolysis in (second share)', 'Bahreyn / Bahrain'],
        ['Metalin döküldüğü ülke / Metal poured in', 'Türkiye'],
        ['Menşe ülke (gümrük) / Country of origin (customs)', 'Türkiye'],
      ],
      stated: { smeltLargest: 'AE', smeltSecond: 'BH', cast: 'TR' },
      alloy: '6063',
    }),
  ),
  item(
    6,
    'Turkish/English origin statement, second electrolysis country "Bilinmiyor / Not known" (scan)',
    'tiff',
    turkishOriginStatement({
      issuer: party('Marmara Levha Alüminyum A.Ş.', 'TOSB 2. Cadde No: 7, 41420 Çayırova, Kocaeli, Türkiye'),
      consignee: party('Northwind Trailer Co.', '600 Commerce Pkwy, Fargo, ND 58104, USA'),
      date: ['28 Ekim 2026', '2026-10-28'],
      rows: [
        ['Fatura No / Invoice No', 'MLA-26-7781'],
        ['Ürün / Product', 'Levha / Sheet 5754 H22, 3.0 x 1500 x 3000 mm'],
        ['Yükleme limanı / Port of loading', 'Gemlik'],
        ['Elektroliz ülkesi / Electrolysis in', 'Katar / Qatar'],
        ['İkinci elektroliz ülkesi / Second electrolysis country', 'Bilinmiyor / Not known'],
        ['Metalin döküldüğü ülke / Metal poured in', 'Türkiye'],
        ['Konşimento tarihi / B/L date', '04.11.2026'],
      ],
      stated: { smeltLargest: 'QA', cast: 'TR' },
      alloy: '5754',
    }),
    scan(300, 0.3, 0.0004, 1206),
  ),
  item(
    7,
    'customer questionnaire, long numbered questions, answers below',
    'text-pdf',
    numberedQuestionnaire({
      issuer: party(
        'Kuantan Aluminium Extrusion Sdn. Bhd.',
        'Lot 3, Kawasan Perindustrian Gebeng, 26080 Kuantan, Pahang, Malaysia',
      ),
      contact: 'Tan Mei Ling, Quality Assurance Manager',
      date: ['November 9, 2026', '2026-11-09'],
      customer: 'Pacific Northwest Door Systems LLC',
      product: 'Door frame extrusions, alloy 6063-T5',
      alloy: '6063',
      answers: ['Yes', 'Malaysia', 'Australia', 'MALAYSIA', 'Malaysia', 'approx. 18 %'],
      stated: { smeltLargest: 'MY', smeltSecond: 'AU', cast: 'MY' },
    }),
  ),
  item(
    8,
    'customer questionnaire, long numbered questions, second smelt "not known" (scan)',
    'image-pdf',
    numberedQuestionnaire({
      issuer: party(
        'Saigon Aluminium Profile JSC',
        'Lot C5, Hiep Phuoc Industrial Park, Nha Be, Ho Chi Minh City, Vietnam',
      ),
      contact: 'Nguyen Van Hoa, Export Manager',
      date: ['2026-10-30', '2026-10-30'],
      customer: 'Bayview Cabinetry Inc.',
      product: 'Cabinet handle profiles, alloy 6463',
      alloy: '6463',
      answers: [
        'Yes',
        'India',
        'Not known – part of the ingot was bought through a trader in Singapore',
        'Vietnam',
        'Viet Nam',
        '0 %',
      ],
      stated: { smeltLargest: 'IN', cast: 'VN' },
    }),
    scan(200, -0.5, 0.0009, 1208),
  ),
  item(
    9,
    'U.S. affidavit with jurat, single smelter',
    'text-pdf',
    usAffidavit({
      state: 'Texas',
      county: 'Harris',
      affiant: 'Daniel R. Whitaker',
      title: 'Vice President of Supply',
      issuer: party('Bayou Metals Trading LLC', '1400 Smith St, Suite 2100, Houston, TX 77002'),
      averments: [
        'On or about October 14, 2026 the Company sold to Coastal Extrusion Co. 40 metric tons of aluminum extrusion billets, alloy 6063, shipped from Ras Al-Khair, Saudi Arabia, to the Port of Houston.',
        'The primary aluminum in said billets was smelted at a single smelter in the Kingdom of Saudi Arabia. No primary aluminum smelted in any other country was used.',
        'Said billets were cast in the Kingdom of Saudi Arabia and were not melted or cast again afterwards.',
      ],
      date: ['3rd day of November, 2026', '2026-11-03'],
      commission: 'June 30, 2029',
      stated: { smeltLargest: 'SA', smeltSecond: 'N/A', cast: 'SA' },
      alloy: '6063',
    }),
  ),
  item(
    10,
    'U.S. affidavit with jurat, scrap-based ingots, no country of smelt (scan)',
    'jpeg',
    usAffidavit({
      state: 'Texas',
      county: 'Webb',
      affiant: 'Luis Alberto Garza',
      title: 'General Manager',
      issuer: party(
        'Fundiciones Recicladas del Bajío S.A. de C.V.',
        'Carretera Celaya–Salamanca km 6, 38020 Celaya, Gto., México',
      ),
      averments: [
        'Under purchase order CX-2209 dated September 28, 2026 the Company supplied 22 metric tons of A356.2 foundry ingots, delivered by truck through Laredo, Texas.',
        'Said ingots were produced entirely from aluminum scrap bought in Mexico and the United States. They contain no primary aluminum, and therefore there is no country of smelt.',
        'Said ingots were melted and cast at the Company’s plant in Celaya, Guanajuato, Mexico.',
      ],
      date: ['17th day of October, 2026', '2026-10-17'],
      commission: 'March 2, 2028',
      stated: { smeltLargest: 'N/A', smeltSecond: 'N/A', cast: 'MX' },
      alloy: 'A356',
    }),
    scan(300, -0.3, 0.0006, 1210),
  ),
  item(
    11,
    'Polish/English charge composition certificate, recycled only, "nie dotyczy / not applicable"',
    'text-pdf',
    polishChargeCertificate({
      issuer: party('Wielkopolska Odlewnia Aluminium Sp. z o.o.', 'ul. Przemysłowa 22, 62-510 Konin, Polska'),
      customer: party('Heartland Die Casting Inc.', '3300 N Main St, Dayton, OH 45405, USA'),
      number: 'WOA/ŚW/2026/1190',
      date: ['3 listopada 2026', '2026-11-03'],
      delivery: '10.11.2026',
      alloy: 'AlSi9Cu3',
      product: 'Gąski odlewnicze / Foundry ingots',
      charge: [
        ['Złom poużytkowy / Post-consumer scrap', '58'],
        ['Złom poprodukcyjny / Pre-consumer scrap', '42'],
        ['Aluminium pierwotne / Primary aluminium', '0'],
      ],
      origin: [
        [
          'Kraj wytopu aluminium pierwotnego / Country of primary smelt',
          'nie dotyczy – brak aluminium pierwotnego / not applicable – no primary aluminium',
        ],
        ['Odlewnia / Casthouse', 'Konin, Polska / Poland'],
        ['Złom zakupiony w / Scrap bought in', 'Polska, Niemcy, Czechy / Poland, Germany, Czechia'],
      ],
      stated: { smeltLargest: 'N/A', smeltSecond: 'N/A', cast: 'PL' },
      seed: 4,
    }),
  ),
  item(
    12,
    'Polish/English charge composition certificate, primary share with country names in capitals (scan)',
    'png',
    polishChargeCertificate({
      issuer: party('Śląskie Walcownie Aluminium S.A.', 'ul. Hutnicza 5, 41-800 Zabrze, Polska'),
      customer: party('Great Plains HVAC Supply', '2200 E 23rd St, Kansas City, MO 64127, USA'),
      number: 'SWA-26-08841',
      date: ['27 października 2026', '2026-10-27'],
      delivery: '05.11.2026',
      alloy: '3003',
      product: 'Taśma / Strip 0,5 x 120 mm',
      charge: [
        ['Aluminium pierwotne / Primary aluminium', '65'],
        ['Złom własny / Own process scrap', '35'],
      ],
      origin: [
        ['Kraj wytopu (największy udział) / Country of smelt (largest share)', 'NORWEGIA / NORWAY'],
        ['Kraj wytopu (drugi) / Country of smelt (second)', 'ISLANDIA / ICELAND'],
        ['Odlewnia / Casthouse', 'Zabrze, POLSKA / POLAND'],
      ],
      stated: { smeltLargest: 'NO', smeltSecond: 'IS', cast: 'PL' },
      seed: 8,
    }),
    scan(250, 0.7, 0.0003, 1212),
  ),
  item(
    13,
    'printed Spanish/English e-mail thread, prose answer above the quoted question',
    'text-pdf',
    spanishEmailThread({
      sender: ['Marta Iglesias', 'm.iglesias@aluminiosdelebro.es'],
      issuer: party('Aluminios del Ebro S.L.', 'Polígono Malpica, calle E 41, 50016 Zaragoza, España'),
      to: 'Jennifer Brooks <jbrooks@sunridge-windows.com>',
      date: ['jueves, 5 de noviembre de 2026 10:42', '2026-11-05'],
      subject: 'RE: Origen del aluminio – pedido SW-4471 / AIM',
      spanish:
        'Hola Jennifer:\nTe confirmo el origen de los perfiles 6063 del pedido SW-4471, que salen del puerto de Valencia el 12 de noviembre. El aluminio primario se electrolizó principalmente en Noruega; el resto procede de Islandia. Los tochos se colaron en nuestra fundición de Zaragoza (España).',
      english:
        'The primary aluminium was smelted mainly in Norway, the rest in Iceland. The billets were cast at our Zaragoza casthouse in Spain.',
      quoted: [
        'Monday, November 2, 2026 3:15 PM',
        'Marta, for our AIM import licence we need the smelt and cast countries of PO SW-4471. Thanks, Jennifer',
      ],
      stated: { smeltLargest: 'NO', smeltSecond: 'IS', cast: 'ES' },
      alloy: '6063',
    }),
  ),
  item(
    14,
    'printed Spanish/English e-mail thread, single smelter in Argentina (scan)',
    'tiff',
    spanishEmailThread({
      sender: ['Rodrigo Paz', 'rpaz@extrusionesandinas.cl'],
      issuer: party('Extrusiones Andinas S.A.', 'Av. Las Industrias 8840, Quilicura, Santiago, Chile'),
      to: 'Mike Dolan <mdolan@redrockrail.com>',
      date: ['martes, 20 de octubre de 2026 17:05', '2026-10-20'],
      subject: 'RE: AIM – país de fundición, OC 7719',
      spanish:
        'Estimado Mike:\nTodo el aluminio primario de los perfiles 6005A procede de una sola fundición en Argentina (Puerto Madryn); no hay un segundo país de fundición. La colada de los tochos también se hizo en Argentina. Nosotros solo extruimos en Chile y despachamos desde San Antonio.',
      english:
        'All primary aluminium comes from a single smelter in Argentina; there is no second country of smelt. The billets were also cast in Argentina. We only extrude in Chile.',
      quoted: [
        'Friday, October 16, 2026 9:02 AM',
        'Rodrigo, please send country of smelt and cast for OC 7719 so we can file the AIM licence. Mike',
      ],
      stated: { smeltLargest: 'AR', smeltSecond: 'N/A', cast: 'AR' },
      alloy: '6005A',
    }),
    scan(300, 0.5, 0.0008, 1214),
  ),
  item(
    15,
    'German business letter (DIN 5008) with information block and English summary',
    'text-pdf',
    germanBusinessLetter({
      issuer: party('Ruhr Aluminium Strangpress GmbH', 'Am Walzwerk 9, 45141 Essen, Deutschland'),
      recipient: 'Midwest Storefront Systems Inc.\nAttn. Purchasing\n1200 Ogden Ave\nDowners Grove, IL 60515\nUSA',
      info: [
        ['Ihr Zeichen:', 'MSS-PO-90215'],
        ['Ihre Nachricht vom:', '02.10.2026'],
        ['Unser Zeichen:', 'VK-3/kl'],
        ['Telefon:', '+49 201 8840-312'],
        ['Datum:', '12. Oktober 2026'],
      ],
      subject: 'Herkunft des Primäraluminiums – Ihre Bestellung MSS-PO-90215 (Strangpressprofile EN AW-6063)',
      german:
        'Sie baten uns für Ihre Einfuhrlizenz (AIM) um Angaben zur Herkunft des Metalls.\nDas in den gelieferten Profilen enthaltene Primäraluminium wurde überwiegend in den Vereinigten Arabischen Emiraten elektrolytisch erzeugt, der kleinere Teil in Norwegen. Die Pressbolzen wurden in unserer Gießerei in Essen, Deutschland, gegossen. Der Versand erfolgt ab Hamburg.',
      english: 'smelted mainly in the United Arab Emirates, the smaller part in Norway; billets cast in Germany.',
      signer: 'Katrin Lehmann, Vertrieb Export',
      register:
        'Sitz Essen · Amtsgericht Essen HRB 28814 · Geschäftsführer: Dr. H. Brandt · Deutsche Bank AG, IBAN DE44 3607 0050 0123 4567 00',
      date: ['12. Oktober 2026', '2026-10-12'],
      stated: { smeltLargest: 'AE', smeltSecond: 'NO', cast: 'DE' },
      alloy: '6063',
    }),
  ),
  item(
    16,
    'German business letter (DIN 5008), single smelter in Iceland (scan)',
    'image-pdf',
    germanBusinessLetter({
      issuer: party('Alpenguss Aluminium GmbH', 'Lamprechtshausener Straße 61, 5282 Ranshofen, Österreich'),
      recipient: 'Rocky Mountain Castings LLC\n4400 Holly St\nDenver, CO 80216\nUSA',
      info: [
        ['Ihr Zeichen:', 'RMC 26-118'],
        ['Ihre Anfrage vom:', '21.10.2026'],
        ['Datum:', '3. November 2026'],
      ],
      subject: 'Herkunftsangaben für Gusslegierung AlSi7Mg0,3 (Masseln), Lieferung KW 46',
      german:
        'gerne bestätigen wir Ihnen die Herkunft des Metalls der oben genannten Lieferung.\nDas Primäraluminium stammt ausschließlich aus einer einzigen Elektrolyse in Island; ein weiteres Schmelzland gibt es nicht. Die Masseln wurden in Österreich in unserem Werk Ranshofen gegossen. Verladung über Bremerhaven.',
      english: 'smelted only in Iceland (one smelter, no second country); ingots cast in Austria.',
      signer: 'Ing. Markus Huber, Qualitätswesen',
      register: 'Sitz Ranshofen · Landesgericht Ried FN 118833k · UID ATU 4471 2290 · Raiffeisenlandesbank OÖ',
      date: ['3. November 2026', '2026-11-03'],
      stated: { smeltLargest: 'IS', smeltSecond: 'N/A', cast: 'AT' },
      alloy: 'AlSi7Mg',
    }),
    scan(200, -0.2, 0.0005, 1216),
  ),
];
