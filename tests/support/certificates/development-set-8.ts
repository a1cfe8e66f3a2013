import { made, scan } from './case-helpers';
import type { CertificateCase, ExpectedFields, Printed } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * Development set 8: the general wordings the reader's role rules are written for, each as a
 * text PDF and as a scan: several labelled facts on one line with no separator but spaces,
 * abbreviated row labels ("Cntry of smelt (1)", "Cnty of cast"), primary metal "produced at our
 * potlines" and billets "produced at our cast house", "100 % scrap" in a smelt slot, a table of
 * roles down the side with a "Country" column, and issuers that sign at the foot with long
 * legal forms. Dates are written "14-Jan-25", "Jan. 14, 2025", "14th of January 2025".
 */

interface Doc {
  readonly issuer: string;
  readonly address: string;
  readonly customer: string;
  readonly date: readonly [string, string];
  readonly alloy: string;
  readonly largest: Printed;
  readonly second: Printed;
  readonly cast: Printed;
  readonly seed: number;
}

const expectAll = (p: Doc, issuer = p.issuer): ExpectedFields => ({
  smeltLargest: p.largest[1],
  smeltSecond: p.second[1],
  cast: p.cast[1],
  documentDate: p.date[1],
  issuer,
  product: p.alloy,
});

// A. A facts line: three labels and values on one line, apart only by spaces and a middle dot.
function factsLine(p: Doc) {
  const body = `
  <h1>${e(p.issuer)}</h1><p class="small">${e(p.address)}</p>
  <h2>Mill certificate</h2>
  <p>Date ${e(p.date[0])} &nbsp; Buyer: ${e(p.customer)} &nbsp; Alloy ${e(p.alloy)}</p>
  ${chemistryTable(p.alloy, p.seed)}
  <p><b>Origin</b> &nbsp; Smelter (main): ${e(p.largest[0])} · Smelter (other): ${e(p.second[0])} · Cast house: ${e(p.cast[0])}</p>`;
  return { html: htmlPage('Mill certificate', pageStyle('sans', 'a4'), body), expected: expectAll(p) };
}

// B. Abbreviated row labels in a two-column table.
function abbreviatedRows(p: Doc) {
  const row = (label: string, value: string) => `<tr><td>${e(label)}</td><td>${e(value)}</td></tr>`;
  const body = `
  <div class="head"><div><h1>${e(p.issuer)}</h1><div class="small">${e(p.address)}</div></div>
  <div class="right">Inspection certificate 3.1<br>${e(p.date[0])}</div></div>
  <table>${row('Customer', p.customer)}${row('Alloy / temper', p.alloy)}${row('Cntry of smelt (1)', p.largest[0])}${row('Cntry of smelt (2)', p.second[0])}${row('Cnty of cast', p.cast[0])}${row('Port of loading', 'Antwerp, Belgium')}</table>
  ${mechanicalTable(p.seed)}`;
  return { html: htmlPage('Inspection certificate', pageStyle('serif', 'a4'), body), expected: expectAll(p) };
}

// C. Prose: primary metal produced at potlines, billets produced at the cast house.
function potlineProse(p: Doc) {
  const body = `
  <h1>${e(p.issuer)}</h1><p class="small">${e(p.address)}</p>
  <p>${e(p.date[0])}</p>
  <p>To: ${e(p.customer)}</p>
  <h2>Origin of metal — alloy ${e(p.alloy)}</h2>
  <p>The primary aluminium in this delivery was produced at our potlines in ${e(p.largest[0])} (majority), and the remaining share was bought from a smelter in ${e(p.second[0])}. The billets were produced at our cast house in ${e(p.cast[0])} and shipped from the port of Jebel Ali, United Arab Emirates.</p>
  <p class="sign">Yours faithfully,<br>Quality Department</p>`;
  return { html: htmlPage('Origin of metal', pageStyle('serif', 'letter'), body), expected: expectAll(p) };
}

// D. A secondary alloy: "100 % scrap" in the smelt slot, "Poured in" for the cast.
function scrapSlot(p: Doc) {
  const body = `
  <h1>${e(p.issuer)}</h1><p class="small">${e(p.address)}</p>
  <h2>Certificate of analysis</h2>
  <table class="plain"><tr><td>Issue date:</td><td>${e(p.date[0])}</td></tr>
  <tr><td>Customer:</td><td>${e(p.customer)}</td></tr>
  <tr><td>Alloy:</td><td>${e(p.alloy)}</td></tr>
  <tr><td>Country of smelt:</td><td>n/a – 100 % scrap, secondary metal only</td></tr>
  <tr><td>Poured in:</td><td>${e(p.cast[0])}</td></tr></table>
  ${chemistryTable(p.alloy, p.seed)}`;
  return {
    html: htmlPage('Certificate of analysis', pageStyle('sans', 'letter'), body),
    expected: { ...expectAll(p), smeltLargest: 'N/A', smeltSecond: 'N/A' },
  };
}

// E. Roles down the side, one "Country" column; the letterhead has no legal form, the foot signs.
function rolesTable(p: Doc & { signs: string }) {
  const body = `
  <h1 style="letter-spacing:3pt">${e(p.issuer)}</h1><p class="small">${e(p.address)}</p>
  <h2>Supplier declaration — aluminium origin</h2>
  <p>Dated ${e(p.date[0])} for ${e(p.customer)}, alloy ${e(p.alloy)}.</p>
  <table><tr><th>Stage</th><th>Country</th></tr>
  <tr><td>Smelter — largest share</td><td>${e(p.largest[0])}</td></tr>
  <tr><td>Smelter — second share</td><td>${e(p.second[0])}</td></tr>
  <tr><td>Casthouse</td><td>${e(p.cast[0])}</td></tr>
  <tr><td>Bank</td><td>Switzerland</td></tr></table>
  <p class="sign">For and on behalf of ${e(p.signs)}</p><p>Authorised signatory</p>`;
  return {
    html: htmlPage('Supplier declaration', pageStyle('sans', 'a4'), body),
    expected: expectAll(p, p.signs),
  };
}

export const developmentSet8: readonly CertificateCase[] = [
  made(
    'dev8-01-facts-line',
    'mill certificate, three labelled facts on one line apart by spaces',
    'text-pdf',
    factsLine({
      issuer: 'Alucast Bohemia a.s.',
      address: 'Průmyslová 4, 43401 Most, Czech Republic',
      customer: 'Keystone Ladders Inc.',
      date: ['14-Jan-25', '2025-01-14'],
      alloy: '6082',
      largest: ['Canada', 'CA'],
      second: ['Iceland', 'IS'],
      cast: ['Czech Republic', 'CZ'],
      seed: 81,
    }),
  ),
  made(
    'dev8-02-facts-line-png',
    'mill certificate, three labelled facts on one line apart by spaces',
    'png',
    factsLine({
      issuer: 'Fonderia Lombarda S.p.A.',
      address: 'Via Milano 12, 25100 Brescia, Italy',
      customer: 'Tidewater Boats LLC',
      date: ['Jan. 14, 2025', '2025-01-14'],
      alloy: '6060',
      largest: ['Mozambique', 'MZ'],
      second: ['Norway', 'NO'],
      cast: ['Italy', 'IT'],
      seed: 82,
    }),
    scan(300, 0.7, 0.0008, 801),
  ),
  made(
    'dev8-03-abbreviated-rows',
    'inspection certificate, "Cntry of smelt (1)/(2)", "Cnty of cast" row labels',
    'text-pdf',
    abbreviatedRows({
      issuer: 'Walzwerk Lausitz GmbH & Co. KG',
      address: 'Hüttenstraße 2, 02977 Hoyerswerda, Germany',
      customer: 'Blue Ridge Panels Inc.',
      date: ['14th of January 2025', '2025-01-14'],
      alloy: '5754 H22',
      largest: ['Germany', 'DE'],
      second: ['Slovakia', 'SK'],
      cast: ['Germany', 'DE'],
      seed: 83,
    }),
  ),
  made(
    'dev8-04-abbreviated-rows-tiff',
    'inspection certificate, "Cntry of smelt (1)/(2)", "Cnty of cast" row labels',
    'tiff',
    abbreviatedRows({
      issuer: 'Aluminium Konin Sp. z o.o.',
      address: 'ul. Hutnicza 1, 62-510 Konin, Poland',
      customer: 'Great Lakes Trailer Co.',
      date: ['2025-01-16', '2025-01-16'],
      alloy: '3003 H14',
      largest: ['Romania', 'RO'],
      second: ['Greece', 'GR'],
      cast: ['Poland', 'PL'],
      seed: 84,
    }),
    scan(300, -0.8, 0.0009, 802),
  ),
  made(
    'dev8-05-potline-letter',
    'letter, primary metal "produced at our potlines", billets "produced at our cast house"',
    'text-pdf',
    potlineProse({
      issuer: 'Emirates Billet Company PJSC',
      address: 'Al Taweelah, PO Box 3627, Abu Dhabi, United Arab Emirates',
      customer: 'Sun Valley Extrusions Inc.',
      date: ['January 20, 2025', '2025-01-20'],
      alloy: '6063',
      largest: ['United Arab Emirates', 'AE'],
      second: ['Bahrain', 'BH'],
      cast: ['United Arab Emirates', 'AE'],
      seed: 85,
    }),
  ),
  made(
    'dev8-06-potline-letter-jpeg',
    'letter, primary metal "produced at our potlines", billets "produced at our cast house"',
    'jpeg',
    potlineProse({
      issuer: 'Sohar Billet Works LLC',
      address: 'Sohar Industrial Estate, PO Box 80, Sohar, Oman',
      customer: 'Copper State Windows Inc.',
      date: ['21 January 2025', '2025-01-21'],
      alloy: '6061',
      largest: ['Oman', 'OM'],
      second: ['Qatar', 'QA'],
      cast: ['Oman', 'OM'],
      seed: 86,
    }),
    scan(300, 0.5, 0.0008, 803),
  ),
  made(
    'dev8-07-scrap-slot',
    'certificate of analysis, "n/a – 100 % scrap, secondary metal only", "Poured in"',
    'text-pdf',
    scrapSlot({
      issuer: 'Recyclal Iberia S.L.',
      address: 'Calle Fundición 3, 48950 Erandio, Spain',
      customer: 'Gulf Piston Parts Inc.',
      date: ['22.01.2025', '2025-01-22'],
      alloy: 'AlSi9Cu3',
      largest: ['', ''],
      second: ['', ''],
      cast: ['Spain', 'ES'],
      seed: 87,
    }),
  ),
  made(
    'dev8-08-scrap-slot-scan',
    'certificate of analysis, "n/a – 100 % scrap, secondary metal only", "Poured in"',
    'image-pdf',
    scrapSlot({
      issuer: 'Ohio Remelt Alloys LLC',
      address: '9 Furnace St, Cleveland, OH 44114, United States',
      customer: 'Lakeshore Castings Inc.',
      date: ['01/23/2025', '2025-01-23'],
      alloy: 'A380',
      largest: ['', ''],
      second: ['', ''],
      cast: ['United States', 'US'],
      seed: 88,
    }),
    scan(200, -0.6, 0.0009, 804),
  ),
  made(
    'dev8-09-roles-table',
    'supplier declaration, roles down the side under a "Country" column, issuer signs at the foot',
    'text-pdf',
    rolesTable({
      issuer: 'GULFAL',
      address: 'Building 22, Road 15, Sitra, Bahrain',
      customer: 'Atlantic Fence Supply Inc.',
      date: ['27 January 2025', '2025-01-27'],
      alloy: '1050',
      largest: ['Bahrain', 'BH'],
      second: ['Saudi Arabia', 'SA'],
      cast: ['Bahrain', 'BH'],
      seed: 89,
      signs: 'Gulf Aluminium Rolling Mill B.S.C.',
    }),
  ),
  made(
    'dev8-10-roles-table-png',
    'supplier declaration, roles down the side under a "Country" column, issuer signs at the foot',
    'png',
    rolesTable({
      issuer: 'KUWAIT ALU',
      address: 'Block 4, Street 11, Sabhan Industrial Area, Kuwait',
      customer: 'Mesa Shade Structures LLC',
      date: ['28-Jan-2025', '2025-01-28'],
      alloy: '3105',
      largest: ['Egypt', 'EG'],
      second: ['Turkey', 'TR'],
      cast: ['Kuwait', 'KW'],
      seed: 90,
      signs: 'Kuwait Aluminium Extrusion Co. K.S.C.P.',
    }),
    scan(300, -0.9, 0.001, 805),
  ),
];
