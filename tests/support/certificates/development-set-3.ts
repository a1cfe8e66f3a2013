import { made, type Party, party as us, scan } from './case-helpers';
import type { CertificateCase, Printed } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * The third DEVELOPMENT set. It was written as the second held-out set (after the first had
 * become development-set-2.ts); once measured (89.1 % of smelt, cast and date fields right) and
 * its failures looked at, it could no longer be held out, so it joined the development set and a
 * fresh held-out set (held-out-set.ts) was written before the reader was run on it.
 */

// A. An origin certificate laid out as a form: bold labels and values on one line, in two columns.
function originForm(p: {
  issuer: Party;
  consignee: Party;
  number: string;
  date: readonly [string, string];
  product: string;
  largest: Printed;
  second: Printed;
  cast: Printed;
  production: string;
  shipment: string;
}) {
  const pair = (label: string, value: string) =>
    `<div style="display:flex;gap:8pt;margin:3pt 0"><b style="min-width:190pt">${e(label)}</b><span>${e(value)}</span></div>`;
  const body = `
  <h1 style="text-align:center">${e(p.issuer.name)}</h1>
  <p style="text-align:center" class="small">${e(p.issuer.address)}</p>
  <h2 style="text-align:center;border:1pt solid #222;padding:3pt">ALUMINIUM ORIGIN CERTIFICATE</h2>
  ${pair('Certificate number', p.number)}
  ${pair('Date', p.date[0])}
  ${pair('Consignee', `${p.consignee.name}, ${p.consignee.address}`)}
  ${pair('Goods', p.product)}
  ${pair('Country of production', p.production)}
  ${pair('Country of shipment', p.shipment)}
  <h3>Primary aluminium</h3>
  ${pair('Primary smelter country (largest volume)', p.largest[0])}
  ${pair('Primary smelter country (second volume)', p.second[0])}
  ${pair('Country of last casting', p.cast[0])}
  <p class="sign">Certified by the Quality Department of ${e(p.issuer.name)}.</p>`;
  return {
    html: htmlPage(`Origin certificate ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: {
      smeltLargest: p.largest[1],
      smeltSecond: p.second[1],
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
      // The goods line names the alloy ("Extrusion ingot 6063, 7 t").
      product: /\d{4}/.exec(p.product)?.[0],
    },
  };
}

// B. A test report (EN 10204 2.2) with an origin row of alpha-3 codes under long headers.
function testReport(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  codes: readonly [string, string, string];
  expected: readonly [string, string, string];
  seed: number;
}) {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right"><b>TEST REPORT EN 10204 – 2.2</b><br>Report ${e(p.number)}</div></div>
  <table><tr><th>Customer</th><td>${e(p.customer.name)}, ${e(p.customer.address)}</td><th>Report date</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Material</th><td>Drawn tube, alloy ${e(p.alloy)}</td><th>Production date</th><td>2024-12-19</td></tr></table>
  ${chemistryTable(p.alloy, p.seed)}
  ${mechanicalTable(p.seed)}
  <table><tr><th>Smelting country – 1st</th><th>Smelting country – 2nd</th><th>Last casting country</th></tr>
  <tr><td>${p.codes.map(e).join('</td><td>')}</td></tr></table>
  <p class="small">Countries given as ISO 3166-1 alpha-3 codes.</p>`;
  return {
    html: htmlPage(`Test report ${p.number}`, pageStyle('serif', 'a4'), body),
    expected: {
      smeltLargest: p.expected[0],
      smeltSecond: p.expected[1],
      cast: p.expected[2],
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy,
    },
  };
}

// C. A declaration in prose with "largest portion … originates from a smelter in …".
function portionProse(p: {
  issuer: Party;
  customer: Party;
  largest: Printed;
  second: Printed;
  cast: Printed;
  date: readonly [string, string];
  place: string;
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <p>${e(p.customer.name)}<br>${e(p.customer.address)}</p>
  <p>${e(p.place)}, ${e(p.date[0])}</p>
  <h3>Confirmation of aluminium origin</h3>
  <p>We confirm that the largest portion of the primary aluminium in the extrusion billets we supply was smelted in ${e(p.largest[0])}; the second largest portion originates from a smelter in ${e(p.second[0])}. The material was cast into billets in ${e(p.cast[0])}.</p>
  <p>Our sales office in Singapore handles all shipments.</p>
  <p class="sign">Yours sincerely,<br>General Manager</p>`;
  return {
    html: htmlPage('Confirmation of origin', pageStyle('serif', 'a4'), body),
    expected: {
      smeltLargest: p.largest[1],
      smeltSecond: p.second[1],
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
    },
  };
}

// D. Recycled material: short label lines inside a letter.
function recycledNote(p: {
  issuer: Party;
  customer: Party;
  cast: Printed;
  date: readonly [string, string];
  alloy: string;
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <p class="right">Date: ${e(p.date[0])}</p>
  <p>Attn: Purchasing, ${e(p.customer.name)}, ${e(p.customer.address)}</p>
  <p>This material (alloy ${e(p.alloy)} ingot) consists of 100 % secondary (recycled) aluminium.</p>
  <p>Smelt country: not applicable<br>Second smelt country: not applicable<br>Cast: ${e(p.cast[0])}</p>
  <p>Regards,<br>Sales Department</p>`;
  return {
    html: htmlPage('Recycled material note', pageStyle('sans', 'letter'), body),
    expected: {
      smeltLargest: 'N/A',
      smeltSecond: 'N/A',
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy,
    },
  };
}

// E. A form with each label above its value (no table), and only the cast stated (a cast house).
function castHouseForm(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  cast: Printed;
  alloy: string;
}) {
  const block = (label: string, value: string) =>
    `<div style="margin:0 0 7pt"><div class="small" style="text-transform:uppercase;letter-spacing:0.5pt">${e(label)}</div><div style="font-size:10pt">${e(value)}</div></div>`;
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>CAST HOUSE CERTIFICATE</h2>
  <div style="display:grid;grid-template-columns:1fr 1fr;gap:0 20pt">
  <div>${block('Certificate', p.number)}${block('Date of issue', p.date[0])}${block('Customer', p.customer.name)}</div>
  <div>${block('Alloy', p.alloy)}${block('Cast house country', p.cast[0])}${block('Customer address', p.customer.address)}</div>
  </div>
  <p>The billets listed in the attached packing list were cast at our cast house. This certificate does not state where the metal was smelted.</p>`;
  return {
    html: htmlPage(`Cast house certificate ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: { cast: p.cast[1], documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

// F. Three pages: order data first, the origin table last.
function threePages(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  origin: string;
  smelt: readonly [Printed, Printed];
  cast: Printed;
}) {
  const filler = Array.from(
    { length: 16 },
    (_, i) =>
      `<tr><td>${i + 1}</td><td>Profile ${4400 + i * 3}</td><td>${(6 + (i % 4) * 0.5).toFixed(1)} m</td><td>${120 + i * 7}</td><td>${(310 + i * 13).toLocaleString('en-US')}</td></tr>`,
  ).join('');
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>Certificate of compliance ${e(p.number)}</h2>
  <p>Issue date: ${e(p.date[0])} · Customer: ${e(p.customer.name)}, ${e(p.customer.address)} · Country of origin: ${e(p.origin)}</p>
  <table><tr><th>Pos.</th><th>Item</th><th>Length</th><th>Pieces</th><th>Net kg</th></tr>${filler}</table>
  <div style="break-before:page"></div>
  <h3>Mechanical properties (page 2)</h3>${mechanicalTable(4)}${mechanicalTable(9)}
  <p>All items alloy ${e(p.alloy)}, temper T6.</p>
  <div style="break-before:page"></div>
  <h3>Origin of primary aluminium (page 3)</h3>
  <table style="width:75%"><tr><td>Country of largest smelt</td><td>${e(p.smelt[0][0])}</td></tr>
  <tr><td>Country of second largest smelt</td><td>${e(p.smelt[1][0])}</td></tr>
  <tr><td>Country of most recent cast</td><td>${e(p.cast[0])}</td></tr></table>`;
  return {
    html: htmlPage(`Certificate of compliance ${p.number}`, pageStyle('sans', 'letter'), body),
    expected: {
      smeltLargest: p.smelt[0][1],
      smeltSecond: p.smelt[1][1],
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy,
    },
  };
}

// G. A mill certificate with "Melt/cast location" and "Primary metal smelter" lines and a production date.
function meltCastLines(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  smelter: string;
  largest: Printed;
  second: Printed;
  castPlace: string;
  cast: Printed;
}) {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div><div class="right">MILL CERTIFICATE<br>${e(p.number)}</div></div>
  <table class="plain">
  <tr><td>Certificate date:</td><td>${e(p.date[0])}</td><td>Production date:</td><td>2025-08-28</td></tr>
  <tr><td>Customer:</td><td colspan="3">${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><td>Alloy:</td><td>${e(p.alloy)}</td><td>Coil count:</td><td>12</td></tr></table>
  <p><b>Primary metal smelter:</b> ${e(p.smelter)}, ${e(p.largest[0])} (largest share); balance from ${e(p.second[0])}.<br>
  <b>Melt/cast location:</b> ${e(p.castPlace)}, ${e(p.cast[0])}</p>
  ${chemistryTable(p.alloy, 2)}`;
  return {
    html: htmlPage(`Mill certificate ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: {
      smeltLargest: p.largest[1],
      smeltSecond: p.second[1],
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy,
    },
  };
}

export const developmentSet3: readonly CertificateCase[] = [
  made(
    'dev3-01-origin-form',
    'origin certificate, label and value on one line',
    'text-pdf',
    originForm({
      issuer: { name: 'Sunndal Metall AS', address: 'Verksgata 1, 6600 Sunndalsøra, Norway' },
      consignee: us('Delaware Valley Extruders Inc.', '100 Front St, Wilmington, DE 19801, United States'),
      number: 'SM-OC-2025-0091',
      date: ['10 September 2025', '2025-09-10'],
      product: 'Extrusion ingot 6063, 7 t',
      largest: ['Norway', 'NO'],
      second: ['Iceland', 'IS'],
      cast: ['Norway', 'NO'],
      production: 'Norway',
      shipment: 'Netherlands',
    }),
  ),
  made(
    'dev3-02-origin-form-scan',
    'origin certificate, label and value on one line',
    'image-pdf',
    originForm({
      issuer: { name: 'Guangxi Hongfa Aluminium Co., Ltd.', address: 'No. 6 Industrial Avenue, Baise, Guangxi, China' },
      consignee: us('Sierra Window & Door Inc.', '3500 Power Inn Rd, Sacramento, CA 95826, United States'),
      number: 'HF-2025-08-114',
      date: ['August 26, 2025', '2025-08-26'],
      product: 'Aluminium extrusion profiles, 6063-T5',
      largest: ['China', 'CN'],
      second: ['Malaysia', 'MY'],
      cast: ['China', 'CN'],
      production: 'China',
      shipment: 'Vietnam',
    }),
    scan(200, 0.9, 0.0008, 101),
  ),
  made(
    'dev3-03-test-report',
    'test report 2.2, alpha-3 origin row',
    'text-pdf',
    testReport({
      issuer: { name: 'Ruhrtal Rohrwerke GmbH', address: 'Am Hafen 7, 45127 Essen, Germany' },
      customer: us('Heartland Hydraulics Inc.', '2000 Grand Ave, Des Moines, IA 50312, United States'),
      number: 'RRW-22-55108',
      date: ['15.07.2025', '2025-07-15'],
      alloy: '6061',
      codes: ['DEU', 'NOR', 'DEU'],
      expected: ['DE', 'NO', 'DE'],
      seed: 3,
    }),
  ),
  made(
    'dev3-04-test-report-tiff',
    'test report 2.2, alpha-3 origin row',
    'tiff',
    testReport({
      issuer: { name: 'Kocaeli Boru Sanayi A.Ş.', address: 'Dilovası OSB, 41455 Kocaeli, Turkey' },
      customer: us('Prairie Irrigation Co.', '45 Elm St, Lincoln, NE 68508, United States'),
      number: 'KBS-TR-7719',
      date: ['22.04.2025', '2025-04-22'],
      alloy: '6082',
      codes: ['ARE', 'IND', 'TUR'],
      expected: ['AE', 'IN', 'TR'],
      seed: 6,
    }),
    scan(300, -1.2, 0.001, 103),
  ),
  made(
    'dev3-05-portion-prose',
    'confirmation letter, prose with "largest portion … originates from a smelter in"',
    'text-pdf',
    portionProse({
      issuer: { name: 'Tasman Billet Pty Ltd', address: '8 Smelter Way, Bell Bay, TAS 7253, Australia' },
      customer: us('Golden State Extrusions LLC', '700 Industrial Rd, Fresno, CA 93706, United States'),
      largest: ['Australia', 'AU'],
      second: ['New Zealand', 'NZ'],
      cast: ['Australia', 'AU'],
      date: ['4 August 2025', '2025-08-04'],
      place: 'Launceston',
    }),
  ),
  made(
    'dev3-06-portion-prose-png',
    'confirmation letter, prose with "largest portion … originates from a smelter in"',
    'png',
    portionProse({
      issuer: {
        name: 'Sarawak Billet Industries Sdn. Bhd.',
        address: 'Jalan Samalaju 3, 97000 Bintulu, Sarawak, Malaysia',
      },
      customer: us('Evergreen Railings Inc.', '5 Harbor Pl, Tacoma, WA 98402, United States'),
      largest: ['Malaysia', 'MY'],
      second: ['Indonesia', 'ID'],
      cast: ['Malaysia', 'MY'],
      date: ['19 May 2025', '2025-05-19'],
      place: 'Bintulu',
    }),
    scan(300, -0.8, 0.0009, 107),
  ),
  made(
    'dev3-07-recycled-note',
    'recycled material note, short label lines',
    'text-pdf',
    recycledNote({
      issuer: { name: 'Silesia Recykling Aluminium Sp. z o.o.', address: 'ul. Hutnicza 9, 44-100 Gliwice, Poland' },
      customer: us('Keystone Wheel Co.', '12 Penn Ave, Reading, PA 19601, United States'),
      cast: ['Poland', 'PL'],
      date: ['2025-03-27', '2025-03-27'],
      alloy: 'AlSi10Mg',
    }),
    undefined,
    'letter',
  ),
  made(
    'dev3-08-recycled-note-jpeg',
    'recycled material note, short label lines',
    'jpeg',
    recycledNote({
      issuer: { name: 'Nordic Remelt Oy', address: 'Satamatie 4, 28100 Pori, Finland' },
      customer: us('Lakeshore Boats Inc.', '9 Marina Dr, Sandusky, OH 44870, United States'),
      cast: ['Finland', 'FI'],
      date: ['2025-06-05', '2025-06-05'],
      alloy: 'EN AC-43400',
    }),
    scan(200, -1, 0.0008, 109),
    'letter',
  ),
  made(
    'dev3-09-cast-house-form',
    'cast house certificate, labels above values, cast only',
    'text-pdf',
    castHouseForm({
      issuer: { name: 'Dubal Cast House LLC', address: 'Jebel Ali, P.O. Box 3627, Dubai, United Arab Emirates' },
      customer: us('Sunrise Extrusion Co.', '77 Commerce Way, Miami, FL 33166, United States'),
      number: 'DCH-44120',
      date: ['30/06/2025', '2025-06-30'],
      cast: ['United Arab Emirates', 'AE'],
      alloy: '6063',
    }),
  ),
  made(
    'dev3-10-three-pages-scan',
    'certificate of compliance, origin on page 3',
    'image-pdf',
    threePages({
      issuer: {
        name: 'Ontario Architectural Aluminum Ltd.',
        address: '250 Industrial Pkwy N, Aurora, ON L4G 4C3, Canada',
      },
      customer: us('Twin Cities Glazing Inc.', '1400 Marshall St NE, Minneapolis, MN 55413, United States'),
      number: 'OAA-COC-1187',
      date: ['July 8, 2025', '2025-07-08'],
      alloy: '6005A',
      origin: 'Canada',
      smelt: [
        ['Canada', 'CA'],
        ['Russia', 'RU'],
      ],
      cast: ['Canada', 'CA'],
    }),
    scan(200, 0.7, 0.0007, 113),
    'letter',
  ),
  made(
    'dev3-11-melt-cast-lines',
    'mill certificate, "Primary metal smelter" and "Melt/cast location" lines',
    'text-pdf',
    meltCastLines({
      issuer: { name: 'Sohar Flat Products LLC', address: 'Sohar Industrial Estate, P.O. Box 92, Sohar, Oman' },
      customer: us('Coastal Carolina Metals Inc.', '60 Port Rd, Wilmington, NC 28401, United States'),
      number: 'SFP-MC-25-310',
      date: ['2025-09-02', '2025-09-02'],
      alloy: '5754',
      smelter: 'Qatalum',
      largest: ['Qatar', 'QA'],
      second: ['Oman', 'OM'],
      castPlace: 'Sohar',
      cast: ['Oman', 'OM'],
    }),
  ),
  made(
    'dev3-12-melt-cast-lines-png',
    'mill certificate, "Primary metal smelter" and "Melt/cast location" lines',
    'png',
    meltCastLines({
      issuer: { name: 'Bratislava Rolling Mill a.s.', address: 'Priemyselná 12, 821 09 Bratislava, Slovakia' },
      customer: us('Capitol Ductwork LLC', '800 Eye St NE, Washington, DC 20002, United States'),
      number: 'BRM-25-0077',
      date: ['2025-01-14', '2025-01-14'],
      alloy: '3003',
      smelter: 'Žiar nad Hronom',
      largest: ['Slovakia', 'SK'],
      second: ['Germany', 'DE'],
      castPlace: 'Bratislava',
      cast: ['Slovakia', 'SK'],
    }),
    scan(300, 1.3, 0.0011, 127),
  ),
];
