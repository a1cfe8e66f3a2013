import { made, type Party, party, scan, statedFields, type StatedOrigins } from './case-helpers';
import type { CertificateCase, Printed } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * Development set 7: the fifth held-out set (location columns, an "AIM data" footer box, a
 * sidebar letter, a remelt certificate, a coil table with abbreviated headers, three facts on
 * one line, a one-sentence certification), moved here once it had been measured (75.0 %).
 */

interface Certificate extends StatedOrigins {
  readonly customer: Party;
  readonly number: string;
  readonly alloy: string;
  readonly seed: number;
}

// A. A header row of "location" columns over one value row; names with their codes in brackets.
function locationColumns(p: Certificate) {
  const named = (c: Printed) => `${c[0]} (${c[1]})`;
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>Product certificate ${e(p.number)} – ${e(p.date[0])}</h2>
  <p>Ordered by ${e(p.customer.name)}, ${e(p.customer.address)}. Alloy ${e(p.alloy)}.</p>
  ${mechanicalTable(p.seed)}
  <table><tr><th>Primary smelter location – largest</th><th>Primary smelter location – second</th><th>Casting location</th></tr>
  <tr><td>${e(named(p.largest))}</td><td>${e(named(p.second))}</td><td>${e(named(p.cast))}</td></tr></table>`;
  return {
    html: htmlPage(`Product certificate ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: statedFields(p, p.alloy),
  };
}

// B. An "AIM data" footer box in small print: "smelt: X (largest), Y (second); cast: Z".
function footerBox(p: Certificate) {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right">Works certificate 2.2<br>${e(p.number)}<br>${e(p.date[0])}</div></div>
  <p>Customer: ${e(p.customer.name)}, ${e(p.customer.address)}</p>
  ${chemistryTable(p.alloy, p.seed)}
  <div style="margin-top:30pt;border:1pt solid #333;padding:4pt" class="small">AIM data — smelt: ${e(p.largest[0])} (largest), ${e(p.second[0])} (second); cast: ${e(p.cast[0])}.</div>`;
  return {
    html: htmlPage(`Works certificate ${p.number}`, pageStyle('serif', 'a4'), body),
    expected: statedFields(p, p.alloy),
  };
}

// C. A letter with a sidebar: the company's details in a left column, the text on the right.
function sidebarLetter(p: {
  issuer: Party;
  customer: Party;
  date: readonly [string, string];
  largest: Printed;
  second: Printed;
  cast: Printed;
}) {
  const body = `
  <div style="display:grid;grid-template-columns:130pt 1fr;gap:18pt">
  <div class="small" style="border-right:1pt solid #999;padding-right:8pt"><b style="font-size:11pt">${e(p.issuer.name)}</b><br>${e(p.issuer.address)}<br>VAT registered</div>
  <div>
  <p>${e(p.date[0])}</p>
  <p>${e(p.customer.name)}<br>${e(p.customer.address)}</p>
  <p>Dear Customer,</p>
  <p>As requested, the aluminium in our deliveries was smelted in ${e(p.largest[0])} and ${e(p.second[0])}, the first of these being the larger source. It was cast in ${e(p.cast[0])}.</p>
  <p>Sincerely,<br>Export Department</p>
  </div></div>`;
  return {
    html: htmlPage('Origin letter', pageStyle('sans', 'a4'), body),
    expected: statedFields(p),
  };
}

// D. A remelt certificate: smelt "none (recycled)", the cast as "Country of casting".
function remeltCertificate(p: {
  issuer: Party;
  customer: Party;
  date: readonly [string, string];
  alloy: string;
  cast: Printed;
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>Certificate — secondary aluminium alloy</h2>
  <table class="plain">
  <tr><td>Date</td><td>${e(p.date[0])}</td></tr>
  <tr><td>Consignee</td><td>${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><td>Alloy</td><td>${e(p.alloy)}</td></tr>
  <tr><td>Recycled content</td><td>100 %</td></tr>
  <tr><td>Smelt country</td><td>none (recycled metal)</td></tr>
  <tr><td>Country of casting</td><td>${e(p.cast[0])}</td></tr></table>`;
  return {
    html: htmlPage('Remelt certificate', pageStyle('sans', 'letter'), body),
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

// E. A coil table with abbreviated headers: "Smelt ctry 1", "Smelt ctry 2", "Cast ctry", alpha-2 codes.
function coilTable(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  codes: readonly [string, string, string];
}) {
  const rows = [1, 2, 3, 4]
    .map(
      (i) =>
        `<tr><td>C${p.number.slice(-3)}${i}</td><td>${e(p.alloy)}</td><td>${(1.2 + i * 0.1).toFixed(1)} × 1250</td><td>${e(p.codes[0])}</td><td>${e(p.codes[1])}</td><td>${e(p.codes[2])}</td><td class="right">${(4100 + i * 133).toLocaleString('en-US')}</td></tr>`,
    )
    .join('');
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>Coil certificate ${e(p.number)}</h2>
  <p>Date of certificate: ${e(p.date[0])} · Customer: ${e(p.customer.name)}</p>
  <table><tr><th>Coil</th><th>Alloy</th><th>Size mm</th><th>Smelt ctry 1</th><th>Smelt ctry 2</th><th>Cast ctry</th><th>Kg</th></tr>${rows}</table>`;
  return {
    html: htmlPage(`Coil certificate ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: {
      smeltLargest: p.codes[0],
      smeltSecond: p.codes[1],
      cast: p.codes[2],
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy,
    },
  };
}

// F. All three facts on one line, separated by semicolons.
function oneLine(p: {
  issuer: Party;
  customer: Party;
  date: readonly [string, string];
  product: string;
  largest: Printed;
  second: Printed;
  cast: Printed;
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>Statement of origin</h2>
  <p>Date: ${e(p.date[0])} &nbsp; Customer: ${e(p.customer.name)}</p>
  <p>Product: ${e(p.product)}</p>
  <p>Country of Smelt: ${e(p.largest[0])}; Country of Second Smelt: ${e(p.second[0])}; Country of Cast: ${e(p.cast[0])}</p>
  <p class="small">Issued without alteration or erasure.</p>`;
  return {
    html: htmlPage('Statement of origin', pageStyle('serif', 'letter'), body),
    expected: statedFields(p, /\d{4}/.exec(p.product)?.[0]),
  };
}

// G. A certification sentence: "first smelted in …, with a lesser quantity from …, and last cast in …".
function certifySentence(p: {
  issuer: Party;
  customer: Party;
  date: readonly [string, string];
  alloy: string;
  largest: Printed;
  second: Printed;
  cast: Printed;
  port: string;
}) {
  const body = `
  <h1 style="text-align:center">${e(p.issuer.name)}</h1>
  <p class="small" style="text-align:center">${e(p.issuer.address)}</p>
  <h2 style="text-align:center">CERTIFICATE</h2>
  <p>We certify that the aluminium ingots of alloy ${e(p.alloy)} sold to ${e(p.customer.name)} were first smelted in ${e(p.largest[0])}, with a lesser quantity from ${e(p.second[0])}, and last cast in ${e(p.cast[0])}. The ingots were loaded at the port of ${e(p.port)}.</p>
  <p>Done on ${e(p.date[0])}.</p>
  <p class="sign">Authorised signatory</p>`;
  return {
    html: htmlPage('Certificate', pageStyle('serif', 'a4'), body),
    expected: statedFields(p, p.alloy),
  };
}

export const developmentSet7: readonly CertificateCase[] = [
  made(
    'dev7-01-location-columns',
    'product certificate, "Primary smelter location – largest / second", "Casting location" columns',
    'text-pdf',
    locationColumns({
      issuer: party('Slovenska Valjarna d.o.o.', 'Tovarniška cesta 10, 2325 Kidričevo, Slovenia'),
      customer: party('Lakeside Signs Inc.', '45 Lake St, Madison, WI 53703, United States'),
      number: 'SV-PC-4410',
      date: ['2025-11-04', '2025-11-04'],
      alloy: '5005 H34',
      largest: ['Slovenia', 'SI'],
      second: ['Croatia', 'HR'],
      cast: ['Slovenia', 'SI'],
      seed: 51,
    }),
  ),
  made(
    'dev7-02-location-columns-scan',
    'product certificate, "Primary smelter location – largest / second", "Casting location" columns',
    'image-pdf',
    locationColumns({
      issuer: party('Hormozgan Profile Co.', 'Persian Gulf Free Zone, Bandar Abbas, Iran'),
      customer: party('Harbor Freight Racking LLC', '7 Pier Rd, Long Beach, CA 90802, United States'),
      number: 'HP-3391',
      date: ['04-11-2025', '2025-11-04'],
      alloy: '6063',
      largest: ['Iran', 'IR'],
      second: ['Oman', 'OM'],
      cast: ['Iran', 'IR'],
      seed: 52,
    }),
    scan(200, 0.8, 0.0009, 501),
  ),
  made(
    'dev7-03-footer-box',
    'works certificate 2.2, small "AIM data" footer box',
    'text-pdf',
    footerBox({
      issuer: party('Wels Strangpress GmbH', 'Linzer Straße 55, 4600 Wels, Austria'),
      customer: party('Mountain State Rail Inc.', '10 Capitol St, Charleston, WV 25301, United States'),
      number: 'WS-22-9931',
      date: ['4.11.2025', '2025-11-04'],
      alloy: '6106',
      largest: ['Russia', 'RU'],
      second: ['Kazakhstan', 'KZ'],
      cast: ['Austria', 'AT'],
      seed: 53,
    }),
  ),
  made(
    'dev7-04-footer-box-png',
    'works certificate 2.2, small "AIM data" footer box',
    'png',
    footerBox({
      issuer: party('Vlissingen Aluminium B.V.', 'Kaaiweg 3, 4389 Vlissingen, Netherlands'),
      customer: party('Chesapeake Gutter Co.', '22 Light St, Baltimore, MD 21202, United States'),
      number: 'VA-2.2-0117',
      date: ['29.10.2025', '2025-10-29'],
      alloy: '3105',
      largest: ['Iceland', 'IS'],
      second: ['Norway', 'NO'],
      cast: ['Netherlands', 'NL'],
      seed: 54,
    }),
    scan(300, -0.9, 0.001, 503),
  ),
  made(
    'dev7-05-sidebar-letter',
    'letter with a company sidebar, "the first of these being the larger source"',
    'text-pdf',
    sidebarLetter({
      issuer: party('Doha Metal Trading W.L.L.', 'Al Sadd Street, PO Box 2231, Doha, Qatar'),
      customer: party('Sunshine Enclosures Inc.', '80 Bay Rd, Tampa, FL 33602, United States'),
      date: ['Nov. 4, 2025', '2025-11-04'],
      largest: ['Qatar', 'QA'],
      second: ['Bahrain', 'BH'],
      cast: ['Oman', 'OM'],
    }),
  ),
  made(
    'dev7-06-sidebar-letter-jpeg',
    'letter with a company sidebar, "the first of these being the larger source"',
    'jpeg',
    sidebarLetter({
      issuer: party('Almaty Metal Export LLP', 'Abay Avenue 150, 050000 Almaty, Kazakhstan'),
      customer: party('Prairie Storage Systems Inc.', '19 Grain Rd, Fargo, ND 58102, United States'),
      date: ['31 October 2025', '2025-10-31'],
      largest: ['Kazakhstan', 'KZ'],
      second: ['China', 'CN'],
      cast: ['Kazakhstan', 'KZ'],
    }),
    scan(300, 0.6, 0.0008, 505),
  ),
  made(
    'dev7-07-remelt-certificate',
    'remelt certificate, smelt "none (recycled metal)", "Country of casting"',
    'text-pdf',
    remeltCertificate({
      issuer: party('Ohio Valley Secondary Aluminum LLC', '1 Foundry Way, Portsmouth, OH 45662, United States'),
      customer: party('Indiana Piston Co.', '400 Main St, Kokomo, IN 46901, United States'),
      date: ['11/04/2025', '2025-11-04'],
      alloy: 'A380',
      cast: ['United States', 'US'],
    }),
    undefined,
    'letter',
  ),
  made(
    'dev7-08-remelt-certificate-tiff',
    'remelt certificate, smelt "none (recycled metal)", "Country of casting"',
    'tiff',
    remeltCertificate({
      issuer: party('Monterrey Reciclaje de Aluminio S.A.', 'Calle Acero 12, 64000 Monterrey, Mexico'),
      customer: party('Texas Engine Castings Inc.', '300 Foundry Rd, El Paso, TX 79901, United States'),
      date: ['27-10-2025', '2025-10-27'],
      alloy: 'AlSi8Cu3',
      cast: ['Mexico', 'MX'],
    }),
    scan(300, 1, 0.0009, 507),
    'letter',
  ),
  made(
    'dev7-09-coil-table',
    'coil certificate, "Smelt ctry 1 / 2", "Cast ctry" columns, alpha-2 codes',
    'text-pdf',
    coilTable({
      issuer: party('Rheinfelden Walzwerk AG', 'Werkstrasse 1, 4310 Rheinfelden, Switzerland'),
      customer: party('Granite State Roofing LLC', '5 Elm St, Concord, NH 03301, United States'),
      number: 'RW-CC-25881',
      date: ['2025-10-30', '2025-10-30'],
      alloy: '3004',
      codes: ['DE', 'NO', 'CH'],
    }),
  ),
  made(
    'dev7-10-coil-table-png',
    'coil certificate, "Smelt ctry 1 / 2", "Cast ctry" columns, alpha-2 codes',
    'png',
    coilTable({
      issuer: party('Vietnam Rolled Aluminium JSC', 'Lot B2, Dinh Vu Industrial Zone, Hai Phong, Vietnam'),
      customer: party('Sierra Cookware Inc.', '900 J St, Sacramento, CA 95814, United States'),
      number: 'VRA-25-1140',
      date: ['30/10/2025', '2025-10-30'],
      alloy: '1100',
      codes: ['CN', 'MY', 'VN'],
    }),
    scan(300, -0.7, 0.001, 509),
  ),
  made(
    'dev7-11-one-line',
    'statement of origin, all three facts on one line separated by semicolons',
    'text-pdf',
    oneLine({
      issuer: party('Narvik Metall AS', 'Havnegata 8, 8514 Narvik, Norway'),
      customer: party('Puget Sound Marine Inc.', '3 Harbor Way, Everett, WA 98201, United States'),
      date: ['2025-11-03', '2025-11-03'],
      product: 'Sheet ingot 5182',
      largest: ['Norway', 'NO'],
      second: ['Sweden', 'SE'],
      cast: ['Norway', 'NO'],
    }),
    undefined,
    'letter',
  ),
  made(
    'dev7-12-one-line-scan',
    'statement of origin, all three facts on one line separated by semicolons',
    'image-pdf',
    oneLine({
      issuer: party('Kuwait Extrusion Co. K.S.C.', 'Shuaiba Industrial Area, Block 2, Kuwait'),
      customer: party('Dakota Window Co.', '44 Main Ave, Sioux Falls, SD 57104, United States'),
      date: ['3 November 2025', '2025-11-03'],
      product: 'Extrusion billet 6060',
      largest: ['United Arab Emirates', 'AE'],
      second: ['Saudi Arabia', 'SA'],
      cast: ['Kuwait', 'KW'],
    }),
    scan(200, -1, 0.0009, 511),
    'letter',
  ),
  made(
    'dev7-13-certify-sentence',
    'certificate, one sentence: "first smelted in …, with a lesser quantity from …, and last cast in …"',
    'text-pdf',
    certifySentence({
      issuer: party('Bintan Alumina Metals Pte. Ltd.', '10 Anson Road, Singapore 079903, Singapore'),
      customer: party('Great Basin Wire Inc.', '7 Desert Rd, Reno, NV 89501, United States'),
      date: ['October 28, 2025', '2025-10-28'],
      alloy: 'P1020A',
      largest: ['Indonesia', 'ID'],
      second: ['Malaysia', 'MY'],
      cast: ['Indonesia', 'ID'],
      port: 'Singapore',
    }),
  ),
  made(
    'dev7-14-certify-sentence-jpeg',
    'certificate, one sentence: "first smelted in …, with a lesser quantity from …, and last cast in …"',
    'jpeg',
    certifySentence({
      issuer: party('Gujarat Ingot Exports Pvt. Ltd.', 'GIDC Estate, Dahej 392130, Gujarat, India'),
      customer: party('Ozark Conductor LLC', '12 College Ave, Fayetteville, AR 72701, United States'),
      date: ['2 November 2025', '2025-11-02'],
      alloy: 'P1020A',
      largest: ['India', 'IN'],
      second: ['Oman', 'OM'],
      cast: ['India', 'IN'],
      port: 'Mundra, India',
    }),
    scan(200, 0.9, 0.0008, 513),
  ),
];
