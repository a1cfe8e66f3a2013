import { made, type Party, party as us, scan } from './case-helpers';
import type { CertificateCase, Printed } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * The second DEVELOPMENT set. It was written as the first held-out set, before the reader's
 * rules; once measured (83 %, then 85 % of smelt, cast and date fields right) and then looked at
 * to see why, it could no longer be held out, so it joined the development set and a new
 * held-out set (held-out-set.ts) was written before any further tuning.
 */

// A. Quality certificate with the origin as rows of a ruled two-column table, labels with dashes.
function qualityCertificate(p: {
  issuer: Party;
  customer: Party;
  number: string;
  issued: readonly [string, string];
  product: string;
  alloy: string;
  smelt: readonly [Printed, Printed];
  cast: Printed;
  shippedFrom: string;
  seed: number;
}) {
  const body = `
  <table class="plain"><tr><td><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></td>
  <td class="right"><b>QUALITY CERTIFICATE</b><br>No. ${e(p.number)}<br>Issued: ${e(p.issued[0])}</td></tr></table>
  <table style="width:100%">
  <tr><td style="width:40%">Purchaser</td><td>${e(p.customer.name)}<br>${e(p.customer.address)}</td></tr>
  <tr><td>Product description</td><td>${e(p.product)}</td></tr>
  <tr><td>Alloy and temper</td><td>${e(p.alloy)}</td></tr>
  <tr><td>Shipped from</td><td>${e(p.shippedFrom)}</td></tr>
  <tr><td>Smelter country – largest share</td><td>${e(p.smelt[0][0])}</td></tr>
  <tr><td>Smelter country – second largest share</td><td>${e(p.smelt[1][0])}</td></tr>
  <tr><td>Cast house country</td><td>${e(p.cast[0])}</td></tr></table>
  <h3>Chemical analysis</h3>${chemistryTable(p.alloy.split(/[ -]/)[0]!, p.seed)}
  <h3>Tensile test</h3>${mechanicalTable(p.seed)}
  <p>The products were produced and tested under our quality management system certified to ISO 9001:2015.</p>
  <p class="sign">Head of Quality Control</p>`;
  return {
    html: htmlPage(`Quality certificate ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: {
      smeltLargest: p.smelt[0][1],
      smeltSecond: p.smelt[1][1],
      cast: p.cast[1],
      documentDate: p.issued[1],
      issuer: p.issuer.name,
      product: p.alloy.split(/[ -]/)[0]!,
    },
  };
}

// B. Statement of metal origin in prose, with "mainly" and "the remainder".
function originStatement(p: {
  issuer: Party;
  customer: Party;
  reference: string;
  product: string;
  largest: Printed;
  second: Printed;
  cast: Printed;
  date: readonly [string, string];
  registered: string;
}) {
  const body = `
  <h1 style="font-size:16pt">${e(p.issuer.name)}</h1>
  <p class="small">Registered office: ${e(p.registered)} · Works: ${e(p.issuer.address)}</p>
  <p class="right">${e(p.date[0])}</p>
  <h2>STATEMENT OF METAL ORIGIN</h2>
  <p>Our reference: ${e(p.reference)}<br>Customer: ${e(p.customer.name)}, ${e(p.customer.address)}</p>
  <p>Concerning the ${e(p.product)} supplied to you under the reference above, we state that the primary aluminium used was smelted mainly in ${e(p.largest[0])}, with the remainder smelted in ${e(p.second[0])}. The ingots were cast in ${e(p.cast[0])} before rolling.</p>
  <p>No aluminium from any other country of smelt was used in these products.</p>
  <p class="sign">Sincerely,<br><br>Director, Trade Compliance</p>`;
  return {
    html: htmlPage('Statement of metal origin', pageStyle('serif', 'letter'), body),
    expected: {
      smeltLargest: p.largest[1],
      smeltSecond: p.second[1],
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
    },
  };
}

// C. A lot table: one row per lot, origin codes in columns (ISO alpha-2).
function lotTable(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  smelt: readonly [string, string];
  cast: string;
  seed: number;
}) {
  const rows = Array.from(
    { length: 5 },
    (_, i) =>
      `<tr><td>L${p.seed}${700 + i}</td><td>${e(p.alloy)}</td><td>${(2100 + i * 143).toLocaleString('en-US')}</td><td>${e(p.smelt[0])}</td><td>${e(p.smelt[1])}</td><td>${e(p.cast)}</td></tr>`,
  ).join('');
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right">MILL CERTIFICATE ${e(p.number)}<br>Date ${e(p.date[0])}</div></div>
  <p>Sold to: ${e(p.customer.name)}, ${e(p.customer.address)}</p>
  <table><tr><th>Lot</th><th>Alloy</th><th>Weight (kg)</th><th>Smelt (1)</th><th>Smelt (2)</th><th>Cast</th></tr>${rows}</table>
  <p class="small">Smelt (1): country where the largest volume of primary aluminium was smelted; Smelt (2): the second largest; Cast: country of most recent casting. ISO 3166-1 alpha-2 codes.</p>
  ${chemistryTable(p.alloy, p.seed)}
  <p>Inspector's stamp and signature</p>`;
  return {
    html: htmlPage(`Mill certificate ${p.number}`, pageStyle('mono', 'letter'), body),
    expected: {
      smeltLargest: p.smelt[0],
      smeltSecond: p.smelt[1],
      cast: p.cast,
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy,
    },
  };
}

// D. Recycled-only letter: not applicable in prose, the cast country in prose too.
function recycledLetter(p: {
  issuer: Party;
  customer: Party;
  product: string;
  alloy: string;
  cast: Printed;
  place: string;
  date: readonly [string, string];
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <p>${e(p.place)}, ${e(p.date[0])}</p>
  <p>${e(p.customer.name)}<br>${e(p.customer.address)}</p>
  <h3>Subject: aluminium content of ${e(p.product)}</h3>
  <p>The ${e(p.product)} (alloy ${e(p.alloy)}) we deliver to you are produced entirely from post-consumer scrap. They contain no primary aluminium, so no country of smelt applies: largest and second-largest smelt are not applicable.</p>
  <p>The metal was remelted and cast in ${e(p.cast[0])} at our foundry.</p>
  <p class="sign">Kind regards,<br>Technical Sales</p>`;
  return {
    html: htmlPage('Recycled content letter', pageStyle('sans', 'a4'), body),
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

// E. Bilingual (German/English) inspection certificate 3.1 with label rows.
function bilingualCertificate(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  smelt: readonly [Printed, Printed];
  cast: Printed;
  origin: string;
  seed: number;
}) {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right"><b>Abnahmeprüfzeugnis 3.1<br>Inspection certificate 3.1</b><br>EN 10204</div></div>
  <table>
  <tr><th>Zeugnis-Nr. / Certificate no.</th><td>${e(p.number)}</td><th>Datum / Date</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Besteller / Purchaser</th><td colspan="3">${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><th>Erzeugnis / Product</th><td>Pressprofile / extruded sections ${e(p.alloy)}</td><th>Ursprungsland / Country of origin</th><td>${e(p.origin)}</td></tr></table>
  ${chemistryTable(p.alloy, p.seed)}
  <h3>Herkunft des Metalls / Origin of metal</h3>
  <table>
  <tr><td>Schmelzland (größter Anteil) / Country of smelt (largest share)</td><td>${e(p.smelt[0][0])}</td></tr>
  <tr><td>Schmelzland (zweitgrößter Anteil) / Country of smelt (second-largest share)</td><td>${e(p.smelt[1][0])}</td></tr>
  <tr><td>Gießland / Country of cast</td><td>${e(p.cast[0])}</td></tr></table>
  <p>Werksachverständiger / Inspection representative</p>`;
  return {
    html: htmlPage(`Zeugnis ${p.number}`, pageStyle('sans', 'a4'), body),
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

// F. A trader's declaration: seller, port, origin and bank countries around short origin labels.
function traderDeclaration(p: {
  issuer: Party;
  buyer: Party;
  number: string;
  date: readonly [string, string];
  port: string;
  origin: string;
  bank: string;
  smelt: readonly [Printed, Printed];
  cast: Printed;
  alloy: string;
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>DECLARATION BY THE SELLER</h2>
  <table class="plain">
  <tr><td>Declaration no.</td><td>${e(p.number)}</td><td>Date</td><td>${e(p.date[0])}</td></tr>
  <tr><td>Buyer</td><td colspan="3">${e(p.buyer.name)}, ${e(p.buyer.address)}</td></tr>
  <tr><td>Port of loading</td><td>${e(p.port)}</td><td>Country of origin</td><td>${e(p.origin)}</td></tr>
  <tr><td>Bank</td><td colspan="3">${e(p.bank)}</td></tr></table>
  <p>Goods: aluminium ingots and slabs, alloy ${e(p.alloy)}, 24 bundles.</p>
  <table style="width:55%">
  <tr><th>Largest smelter</th><td>${e(p.smelt[0][0])}</td></tr>
  <tr><th>2nd smelter</th><td>${e(p.smelt[1][0])}</td></tr>
  <tr><th>Cast at</th><td>${e(p.cast[0])}</td></tr></table>
  <p>The seller declares the above to be true and accepts responsibility for its accuracy.</p>`;
  return {
    html: htmlPage(`Seller declaration ${p.number}`, pageStyle('sans', 'letter'), body),
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

export const developmentSet2: readonly CertificateCase[] = [
  made(
    'dev2-01-quality-rows',
    'quality certificate, ruled label rows',
    'text-pdf',
    qualityCertificate({
      issuer: { name: 'Carpathia Aluminium S.A.', address: 'Str. Pescarului 1, 230133 Slatina, Romania' },
      customer: us('Ohio Valley Fabricators Inc.', '55 Riverside Dr, Cincinnati, OH 45202, United States'),
      number: 'CA-QC-250630-1',
      issued: ['2025-06-30', '2025-06-30'],
      product: 'Aluminium wire rod 9.5 mm',
      alloy: '1350-H14',
      smelt: [
        ['Romania', 'RO'],
        ['Slovakia', 'SK'],
      ],
      cast: ['Romania', 'RO'],
      shippedFrom: 'Constanța, Romania',
      seed: 8,
    }),
  ),
  made(
    'dev2-02-quality-rows-tiff',
    'quality certificate, ruled label rows',
    'tiff',
    qualityCertificate({
      issuer: { name: 'Kitimat Metal Products Ltd.', address: '1 Smeltersite Rd, Kitimat, BC V8C 2H2, Canada' },
      customer: us('Puget Sound Boatworks', '2100 Alaskan Way, Seattle, WA 98121, United States'),
      number: 'KMP-88213',
      issued: ['2025-05-15', '2025-05-15'],
      product: 'Sheet ingot',
      alloy: '5052 H32',
      smelt: [
        ['Canada', 'CA'],
        ['United States of America', 'US'],
      ],
      cast: ['Canada', 'CA'],
      shippedFrom: 'Prince Rupert, Canada',
      seed: 2,
    }),
    scan(300, 1.2, 0.001, 31),
  ),
  made(
    'dev2-03-statement-prose',
    'statement of metal origin, prose',
    'text-pdf',
    originStatement({
      issuer: { name: 'Saguenay Flat Rolled Corp.', address: '3000 rue du Pont, Saguenay, QC G7S 4K8, Canada' },
      customer: us('Atlantic HVAC Components', '12 Shore Rd, Norfolk, VA 23510, United States'),
      reference: 'SFR-OS-1123',
      product: 'aluminium fin stock coils',
      largest: ['Canada', 'CA'],
      second: ['the United States', 'US'],
      cast: ['Canada', 'CA'],
      date: ['June 17th, 2025', '2025-06-17'],
      registered: '200 Bay Street, Toronto, ON, Canada',
    }),
    undefined,
    'letter',
  ),
  made(
    'dev2-04-statement-prose-scan',
    'statement of metal origin, prose',
    'image-pdf',
    originStatement({
      issuer: {
        name: 'Vedanta Rolled Products Pvt. Ltd.',
        address: 'Plot 42, Jharsuguda Industrial Area, Odisha 768201, India',
      },
      customer: us('Gateway Cookware LLC', '700 Market St, St. Louis, MO 63101, United States'),
      reference: 'VRP/EXP/2025/0417',
      product: 'aluminium circles for cookware',
      largest: ['India', 'IN'],
      second: ['Oman', 'OM'],
      cast: ['India', 'IN'],
      date: ['April 22nd, 2025', '2025-04-22'],
      registered: 'Nariman Point, Mumbai 400021, India',
    }),
    scan(200, -1, 0.0008, 41),
    'letter',
  ),
  made(
    'dev2-05-lot-table',
    'mill certificate, lot table with alpha-2 columns',
    'text-pdf',
    lotTable({
      issuer: {
        name: 'Pacific Rim Aluminium Sdn. Bhd.',
        address: 'Lot 7, Samalaju Industrial Park, 97000 Bintulu, Sarawak, Malaysia',
      },
      customer: us('Coastal Window Systems Inc.', '1800 Harbor Blvd, Long Beach, CA 90813, United States'),
      number: 'PRA-MC-60177',
      date: ['17-Jun-2025', '2025-06-17'],
      alloy: '6063',
      smelt: ['MY', 'AU'],
      cast: 'MY',
      seed: 3,
    }),
    undefined,
    'letter',
  ),
  made(
    'dev2-06-lot-table-png',
    'mill certificate, lot table with alpha-2 columns',
    'png',
    lotTable({
      issuer: {
        name: 'Oman Aluminium Rolling Co. SAOG',
        address: 'Sohar Industrial Port Area, P.O. Box 8, Sohar 327, Oman',
      },
      customer: us('Desert Sun Solar Mounts LLC', '4400 E Broadway Rd, Phoenix, AZ 85040, United States'),
      number: 'OARC-2025-311',
      date: ['03-Mar-2025', '2025-03-03'],
      alloy: '6005',
      smelt: ['OM', 'QA'],
      cast: 'OM',
      seed: 9,
    }),
    scan(300, -0.7, 0.0008, 43),
    'letter',
  ),
  made(
    'dev2-07-recycled-letter',
    'recycled-only letter, prose',
    'text-pdf',
    recycledLetter({
      issuer: { name: 'Fonderia Lombarda S.p.A.', address: 'Via dell’Industria 15, 25030 Brescia, Italy' },
      customer: us('Midwest Auto Trim Inc.', '3300 E Jefferson Ave, Detroit, MI 48207, United States'),
      product: 'secondary alloy ingots',
      alloy: 'AlSi9Cu3',
      cast: ['Italy', 'IT'],
      place: 'Milan',
      date: ['2 July 2025', '2025-07-02'],
    }),
  ),
  made(
    'dev2-08-recycled-letter-jpeg',
    'recycled-only letter, prose',
    'jpeg',
    recycledLetter({
      issuer: {
        name: 'Ebro Reciclados de Aluminio S.L.',
        address: 'Polígono Malpica, Calle E 12, 50016 Zaragoza, Spain',
      },
      customer: us('Gulf Coast Ladder Co.', '500 Industrial Rd, Mobile, AL 36602, United States'),
      product: 'remelt ingots',
      alloy: 'AlSi7Mg',
      cast: ['Spain', 'ES'],
      place: 'Zaragoza',
      date: ['14 March 2025', '2025-03-14'],
    }),
    scan(200, 0.9, 0.0009, 47),
  ),
  made(
    'dev2-09-bilingual',
    'bilingual EN 10204 3.1, label rows',
    'text-pdf',
    bilingualCertificate({
      issuer: { name: 'Donau Strangpress GmbH', address: 'Industriezeile 36, 4020 Linz, Österreich' },
      customer: us('Blue Ridge Trailers Inc.', '150 Mill Rd, Roanoke, VA 24011, United States'),
      number: 'DSP-25-4417',
      date: ['08.05.2025', '2025-05-08'],
      alloy: 'EN AW-6060',
      smelt: [
        ['Deutschland / Germany', 'DE'],
        ['Norwegen / Norway', 'NO'],
      ],
      cast: ['Österreich / Austria', 'AT'],
      origin: 'Österreich / Austria',
      seed: 6,
    }),
  ),
  made(
    'dev2-10-bilingual-scan',
    'bilingual EN 10204 3.1, label rows',
    'image-pdf',
    bilingualCertificate({
      issuer: { name: 'Rheinland Profiltechnik AG', address: 'Werkstraße 9, 41460 Neuss, Deutschland' },
      customer: us('Great Plains Rail Parts', '800 Depot St, Wichita, KS 67202, United States'),
      number: 'RPT-3.1-09921',
      date: ['26.02.2025', '2025-02-26'],
      alloy: 'EN AW-6082',
      smelt: [
        ['Island / Iceland', 'IS'],
        ['Deutschland / Germany', 'DE'],
      ],
      cast: ['Deutschland / Germany', 'DE'],
      origin: 'Deutschland / Germany',
      seed: 1,
    }),
    scan(200, 0.6, 0.0007, 53),
  ),
  made(
    'dev2-11-trader',
    "trader's declaration, short labels, distractors",
    'text-pdf',
    traderDeclaration({
      issuer: { name: 'Emirates Metal Trading FZE', address: 'Office 1204, JAFZA One, Jebel Ali, Dubai, U.A.E.' },
      buyer: us('Lone Star Die Casting Inc.', '9000 Ship Channel Rd, Pasadena, TX 77506, United States'),
      number: 'EMT-D-2025-0520',
      date: ['05/20/2025', '2025-05-20'],
      port: 'Jebel Ali, UAE',
      origin: 'United Arab Emirates',
      bank: 'Emirates NBD, Dubai, United Arab Emirates; correspondent bank in New York, USA',
      smelt: [
        ['India', 'IN'],
        ['Bahrain', 'BH'],
      ],
      cast: ['India', 'IN'],
      alloy: 'A356.2',
    }),
    undefined,
    'letter',
  ),
  made(
    'dev2-12-trader-scan',
    "trader's declaration, short labels, distractors",
    'png',
    traderDeclaration({
      issuer: { name: 'Rotterdam Non-Ferrous B.V.', address: 'Waalhaven Z.z. 40, 3089 JH Rotterdam, Netherlands' },
      buyer: us('Cumberland Extrusions Inc.', '22 Foundry Ln, Knoxville, TN 37902, United States'),
      number: 'RNF-2025-118',
      // A Dutch seller writes day/month: 11 June.
      date: ['11/06/2025', '2025-06-11'],
      port: 'Rotterdam, Netherlands',
      origin: 'Netherlands',
      bank: 'ING Bank N.V., Amsterdam, Netherlands',
      smelt: [
        ['Mozambique', 'MZ'],
        ['South Africa', 'ZA'],
      ],
      cast: ['Netherlands', 'NL'],
      alloy: '1070A',
    }),
    scan(300, 1.5, 0.0012, 59),
    'letter',
  ),
];
