import { made, type Party, party as us, scan } from './case-helpers';
import type { CertificateCase, Printed } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * The DEVELOPMENT set: the reader's rules are tuned on these documents. The held-out set
 * (held-out-set.ts) has other layouts and wordings and is never tuned on.
 */

// 1. EN 10204 3.1 inspection certificate: header table, chemistry, origin table (header row, value row).
function inspectionCertificate(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  product: string;
  alloy: string;
  port: string;
  origin: string;
  labels: readonly [string, string, string];
  smelt: readonly [Printed, Printed];
  cast: Printed;
  seed: number;
}) {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right"><b>INSPECTION CERTIFICATE</b><br>EN 10204:2004 type 3.1</div></div>
  <table>
    <tr><th>Certificate No.</th><td>${e(p.number)}</td><th>Date of issue</th><td>${e(p.date[0])}</td></tr>
    <tr><th>Customer</th><td colspan="3">${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
    <tr><th>Order No.</th><td>PO-${p.seed}4471</td><th>Delivery note</th><td>DN ${p.seed}0082</td></tr>
    <tr><th>Product</th><td>${e(p.product)}</td><th>Cast No.</th><td>${p.seed}1229</td></tr>
    <tr><th>Port of loading</th><td>${e(p.port)}</td><th>Country of origin</th><td>${e(p.origin)}</td></tr>
  </table>
  <h3>Chemical composition (%)</h3>${chemistryTable(p.alloy, p.seed)}
  <h3>Mechanical properties</h3>${mechanicalTable(p.seed)}
  <h3>Origin of the metal (19 CFR Part 361)</h3>
  <table><tr><th>${e(p.labels[0])}</th><th>${e(p.labels[1])}</th><th>${e(p.labels[2])}</th></tr>
  <tr><td>${e(p.smelt[0][0])}</td><td>${e(p.smelt[1][0])}</td><td>${e(p.cast[0])}</td></tr></table>
  <p>We hereby certify that the material described above has been manufactured, inspected and tested in accordance with the order and the applicable standards.</p>
  <p class="sign">Quality Manager: J. Halvorsen &nbsp; <span class="stamp">QA RELEASED</span></p>`;
  return {
    html: htmlPage(`Inspection certificate ${p.number}`, pageStyle('sans', 'a4'), body),
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

// 2. Mill test certificate: seller and buyer blocks, then a list of "Label: value" rows.
function millLabelValue(p: {
  issuer: Party;
  buyer: Party;
  number: string;
  date: readonly [string, string];
  product: string;
  alloy: string;
  origin: string;
  port: string;
  smelt: readonly [Printed, Printed];
  cast: Printed;
  seed: number;
}) {
  const row = (label: string, value: string) => `<tr><td>${e(label)}</td><td>${e(value)}</td></tr>`;
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>MILL TEST CERTIFICATE</h2>
  <table class="plain" style="width:auto"><tr>
    <td style="width:250pt"><b>Seller</b><br>${e(p.issuer.name)}<br>${e(p.issuer.address)}</td>
    <td><b>Buyer</b><br>${e(p.buyer.name)}<br>${e(p.buyer.address)}</td></tr></table>
  <table class="plain" style="width:auto">
    ${row('Certificate number:', p.number)}
    ${row('Date:', p.date[0])}
    ${row('Product:', p.product)}
    ${row('Alloy / temper:', p.alloy)}
    ${row('Heat / Cast No.:', `H${p.seed}-0${p.seed}12`)}
    ${row('Country of origin:', p.origin)}
    ${row('Port of loading:', p.port)}
    ${row('Smelt country (largest):', p.smelt[0][0])}
    ${row('Smelt country (second):', p.smelt[1][0])}
    ${row('Cast country:', p.cast[0])}
  </table>
  <h3>Test results</h3>${chemistryTable(p.alloy.split(' ')[0]!, p.seed)}${mechanicalTable(p.seed)}
  <p class="small">This certificate is issued electronically and is valid without signature.</p>`;
  return {
    html: htmlPage(`MTC ${p.number}`, pageStyle('serif', 'letter'), body),
    expected: {
      smeltLargest: p.smelt[0][1],
      smeltSecond: p.smelt[1][1],
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy.split(' ')[0]!,
    },
  };
}

// 3. Supplier declaration written as a letter: the countries are in sentences.
function declarationProse(p: {
  issuer: Party;
  customer: Party;
  po: string;
  product: string;
  alloy: string;
  largest: Printed;
  second: Printed;
  castCity: string;
  cast: Printed;
  port: string;
  origin: string;
  place: string;
  date: readonly [string, string];
}) {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div></div>
  <h2 style="text-align:center">SUPPLIER'S DECLARATION OF ALUMINIUM ORIGIN</h2>
  <p>To: ${e(p.customer.name)}, ${e(p.customer.address)}</p>
  <p>Re: Purchase order ${e(p.po)}, ${e(p.product)} in alloy ${e(p.alloy)}</p>
  <p>We, ${e(p.issuer.name)}, ${e(p.issuer.address)}, hereby declare that the primary aluminium contained in the goods listed above was smelted predominantly in ${e(p.largest[0])}, with the second-largest share smelted in ${e(p.second[0])}, and that the metal was last liquefied and cast at our plant in ${e(p.castCity)}, ${e(p.cast[0])}.</p>
  <p>The goods were shipped from the port of ${e(p.port)}. Country of origin of the finished goods: ${e(p.origin)}.</p>
  <p>This declaration is made for the purposes of the U.S. Aluminum Import Monitoring licence and remains valid for shipments under the order above.</p>
  <p class="sign">${e(p.place)}, ${e(p.date[0])}</p>
  <p>For and on behalf of ${e(p.issuer.name)}<br><br>______________________<br>Export Compliance Officer</p>`;
  return {
    html: htmlPage('Supplier declaration', pageStyle('serif', 'a4'), body),
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

// 4. A smelter's letter: one smelter, so no second country; cast stated on its own line.
function smelterLetter(p: {
  issuer: Party;
  customer: Party;
  contract: string;
  smelterName: string;
  largest: Printed;
  cast: Printed;
  date: readonly [string, string];
}) {
  const body = `
  <div style="text-align:center;border-bottom:1.5pt solid #234;padding-bottom:4pt;margin-bottom:10pt">
  <h1 style="font-size:18pt;letter-spacing:1pt">${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <p class="right">${e(p.date[0])}</p>
  <p>To whom it may concern</p>
  <p><b>Subject: Origin of primary aluminium ingots, contract ${e(p.contract)}</b></p>
  <p>This is to confirm that the P1020A primary aluminium ingots delivered under the above contract to ${e(p.customer.name)}, ${e(p.customer.address)}, were produced by electrolysis at our ${e(p.smelterName)} smelter in ${e(p.largest[0])}. All of the metal was smelted at this single smelter.</p>
  <p>The ingots were cast in our cast house on the same site.</p>
  <p><b>Cast: ${e(p.cast[0])}</b></p>
  <p>Please do not hesitate to contact our sales office should you need further information.</p>
  <p class="sign">Yours faithfully,<br><br>Head of Sales and Logistics<br>${e(p.issuer.name)}</p>`;
  return {
    html: htmlPage('Smelter letter', pageStyle('sans', 'a4'), body),
    expected: {
      smeltLargest: p.largest[1],
      smeltSecond: 'N/A',
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
    },
  };
}

// 5. Recycled-only: smelt not applicable, cast stated in a small ruled table.
function recycledDeclaration(p: {
  issuer: Party;
  product: string;
  alloy: string;
  cast: Printed;
  date: readonly [string, string];
  na: readonly [string, string];
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>DECLARATION OF RECYCLED CONTENT AND METAL ORIGIN</h2>
  <p>Date: ${e(p.date[0])}</p>
  <p>Product: ${e(p.product)}, alloy ${e(p.alloy)}</p>
  <p>This product is made from 100% recycled aluminium (post-consumer and post-industrial scrap). It contains no primary aluminium.</p>
  <table style="width:70%">
  <tr><td>Country of smelt (largest)</td><td>${e(p.na[0])}</td></tr>
  <tr><td>Country of smelt (second)</td><td>${e(p.na[1])}</td></tr>
  <tr><td>Country where last cast</td><td>${e(p.cast[0])}</td></tr></table>
  <p class="sign">Signed for ${e(p.issuer.name)}: Environmental and Quality Department</p>`;
  return {
    html: htmlPage('Recycled content', pageStyle('sans', 'a4'), body),
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

// 6. ISO alpha-3 codes in a compact grid, and the cast in prose.
function originGrid(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  smelt: readonly [Printed, Printed];
  castPlant: string;
  cast: Printed;
  seed: number;
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>Certificate of Conformity No. ${e(p.number)}</h2>
  <p>Issued ${e(p.date[0])} for ${e(p.customer.name)}, ${e(p.customer.address)}</p>
  <p>Material: extrusion billet, alloy ${e(p.alloy)}, homogenised, diameter 178 mm</p>
  ${chemistryTable(p.alloy, p.seed)}
  <h3>Origin data (ISO 3166 alpha-3)</h3>
  <table style="width:60%"><tr><th>Smelt 1</th><th>Smelt 2</th><th>Cast</th></tr>
  <tr><td>${e(p.smelt[0][0])}</td><td>${e(p.smelt[1][0])}</td><td>${e(p.cast[0])}</td></tr></table>
  <p>The billets were last liquefied and cast at our ${e(p.castPlant)} plant in ${e(p.cast[0] === 'MEX' ? 'Mexico' : p.cast[0])}.</p>
  <p class="small">Values in the origin table refer to primary aluminium content. This certificate was generated by an automated quality system.</p>`;
  return {
    html: htmlPage(`CoC ${p.number}`, pageStyle('sans', 'letter'), body),
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

// 7. Two pages: test data on the first, the origin declaration on the second.
function twoPageMtc(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  smelt: readonly [Printed, Printed];
  cast: Printed;
  seed: number;
}) {
  const coils = Array.from(
    { length: 14 },
    (_, i) =>
      `<tr><td>C${p.seed}${String(i + 1).padStart(3, '0')}</td><td>1.${(i % 5) + 2} x 1250</td><td>${4100 + i * 37}</td><td>${150 + (i % 9)}</td><td>${128 + (i % 7)}</td><td>${5 + (i % 4)}</td></tr>`,
  ).join('');
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div><div class="right"><b>MATERIAL TEST CERTIFICATE</b><br>No. ${e(p.number)}<br>Date: ${e(p.date[0])}</div></div>
  <p>Customer: ${e(p.customer.name)}, ${e(p.customer.address)}</p>
  <p>Product: cold rolled aluminium coil, alloy ${e(p.alloy)}</p>
  ${chemistryTable(p.alloy, p.seed)}
  <table><tr><th>Coil</th><th>Size (mm)</th><th>Net kg</th><th>Rm</th><th>Rp0.2</th><th>A %</th></tr>${coils}</table>
  <p>Continued on page 2.</p>
  <div style="break-before: page"></div>
  <h2>Declaration of aluminium origin (page 2 of 2)</h2>
  <p>Certificate ${e(p.number)}</p>
  <table class="plain" style="width:auto">
  <tr><td>Largest smelt country:</td><td>${e(p.smelt[0][0])}</td></tr>
  <tr><td>Second largest smelt country:</td><td>${e(p.smelt[1][0])}</td></tr>
  <tr><td>Most recent cast:</td><td>${e(p.cast[0])}</td></tr></table>
  <p>Authorised signatory, Quality Assurance</p>`;
  return {
    html: htmlPage(`MTC ${p.number}`, pageStyle('sans', 'a4'), body),
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

// 8. A trader's commercial declaration: many countries, most of them not smelt or cast countries.
function commercialDeclaration(p: {
  issuer: Party;
  consignee: Party;
  number: string;
  date: readonly [string, string];
  port: string;
  discharge: string;
  origin: string;
  largest: Printed;
  second: Printed;
  cast: Printed;
  alloy: string;
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>COMMERCIAL INVOICE AND ORIGIN DECLARATION No. ${e(p.number)}</h2>
  <table><tr><th>Seller</th><td>${e(p.issuer.name)}, ${e(p.issuer.address)}</td><th>Invoice date</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Consignee</th><td>${e(p.consignee.name)}, ${e(p.consignee.address)}</td><th>Terms</th><td>CIF Houston</td></tr>
  <tr><th>Port of loading</th><td>${e(p.port)}</td><th>Port of discharge</th><td>${e(p.discharge)}</td></tr>
  <tr><th>Country of origin</th><td>${e(p.origin)}</td><th>Vessel</th><td>MV Pacific Dawn</td></tr></table>
  <table><tr><th>Item</th><th>Description</th><th>HTS</th><th>Net kg</th><th>USD</th></tr>
  <tr><td>1</td><td>Aluminium plate, alloy ${e(p.alloy)}, 6 x 1500 x 3000 mm</td><td>7606.12.3091</td><td>18,420</td><td>61,245.00</td></tr>
  <tr><td>2</td><td>Aluminium plate, alloy ${e(p.alloy)}, 8 x 1500 x 3000 mm</td><td>7606.12.3091</td><td>12,880</td><td>42,826.00</td></tr></table>
  <h3>Metal origin</h3>
  <p>Primary aluminium smelted in ${e(p.largest[0])} (largest share) and ${e(p.second[0])} (second-largest share). Cast in ${e(p.cast[0])}.</p>
  <p>We certify that this invoice is true and correct.</p>`;
  return {
    html: htmlPage(`Invoice ${p.number}`, pageStyle('sans', 'a4'), body),
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

// 9. A French/English certificate: bilingual labels in ruled rows, dates with dots.
function bilingualFrench(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  smelt: readonly [Printed, Printed];
  cast: Printed;
  seed: number;
}) {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right"><b>Certificat de réception 3.1<br>Inspection certificate 3.1</b></div></div>
  <table>
  <tr><th>N° / No.</th><td>${e(p.number)}</td><th>Date d'émission / Issue date</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Client / Customer</th><td colspan="3">${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><th>Produit / Product</th><td>Tôles / sheets ${e(p.alloy)}</td><th>Pays d'origine / Country of origin</th><td>France</td></tr></table>
  ${chemistryTable(p.alloy, p.seed)}
  <h3>Origine du métal / Metal origin</h3>
  <table>
  <tr><td>Pays d'électrolyse principal / Main smelter country</td><td>${e(p.smelt[0][0])}</td></tr>
  <tr><td>Pays d'électrolyse secondaire / Second smelter country</td><td>${e(p.smelt[1][0])}</td></tr>
  <tr><td>Pays de coulée / Casting country</td><td>${e(p.cast[0])}</td></tr></table>
  <p>Le représentant du contrôle / Inspection representative</p>`;
  return {
    html: htmlPage(`Certificat ${p.number}`, pageStyle('serif', 'a4'), body),
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

// 10. A prose declaration with other words for the shares: "mostly", "the balance", "to a lesser extent".
function sharesProse(p: {
  issuer: Party;
  customer: Party;
  largest: Printed;
  second: Printed;
  cast: Printed;
  castTown: string;
  date: readonly [string, string];
  variant: 0 | 1;
}) {
  const sentence =
    p.variant === 0
      ? `The primary metal in these products was mostly smelted in ${e(p.largest[0])}; the balance was smelted in ${e(p.second[0])}.`
      : `Primary aluminium for these goods comes from smelters in ${e(p.largest[0])} and, to a lesser extent, ${e(p.second[0])}.`;
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <p>${e(p.date[0])}</p>
  <p>${e(p.customer.name)}<br>${e(p.customer.address)}</p>
  <h3>Declaration on the origin of aluminium</h3>
  <p>Dear Sirs,</p>
  <p>${sentence} It was last liquefied and cast in ${e(p.castTown)}, ${e(p.cast[0])}, at our own cast house.</p>
  <p>Our products are shipped from our warehouse in Antwerp, Belgium.</p>
  <p class="sign">Best regards,<br>Customer Service</p>`;
  return {
    html: htmlPage('Origin declaration', pageStyle('sans', 'letter'), body),
    expected: {
      smeltLargest: p.largest[1],
      smeltSecond: p.second[1],
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
    },
  };
}

// 11. A packing list with a lot table: one row per bundle, origin codes in their own columns.
function packingLots(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  codes: readonly [string, string, string];
  headers: readonly [string, string, string];
  seed: number;
}) {
  const rows = Array.from(
    { length: 6 },
    (_, i) =>
      `<tr><td>B${p.seed}${300 + i}</td><td>${e(p.alloy)}</td><td>${(1480 + i * 97).toLocaleString('en-US')}</td><td>${p.codes.map(e).join('</td><td>')}</td></tr>`,
  ).join('');
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>PACKING LIST AND ORIGIN DATA ${e(p.number)}</h2>
  <p>Date: ${e(p.date[0])} &nbsp; Consignee: ${e(p.customer.name)}, ${e(p.customer.address)}</p>
  <table><tr><th>Bundle</th><th>Alloy</th><th>Net kg</th><th>${p.headers.map(e).join('</th><th>')}</th></tr>${rows}</table>
  <p class="small">Country codes: ISO 3166-1 alpha-2.</p>`;
  return {
    html: htmlPage(`Packing list ${p.number}`, pageStyle('mono', 'a4'), body),
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

// 12. A scrap-based producer's letter: not applicable said in a sentence, the cast country too.
function scrapLetter(p: {
  issuer: Party;
  customer: Party;
  cast: Printed;
  date: readonly [string, string];
  alloy: string;
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <p class="right">${e(p.date[0])}</p>
  <p>To: ${e(p.customer.name)}</p>
  <p>Re: smelt and cast information for alloy ${e(p.alloy)} ingots</p>
  <p>Our ingots are made only from recycled scrap; there is no primary aluminium in them, so the countries of largest and second-largest smelt do not apply (N/A).</p>
  <p>All ingots are melted and cast at our plant in ${e(p.cast[0])}.</p>
  <p>Sincerely,<br>Quality Department</p>`;
  return {
    html: htmlPage('Recycled ingots', pageStyle('serif', 'letter'), body),
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

// 13. Key-value lines with dashes and short labels, US dates: "Smelter 1 — Canada".
function shortLabels(p: {
  issuer: Party;
  buyer: Party;
  date: readonly [string, string];
  smelt: readonly [Printed, Printed];
  cast: Printed;
  alloy: string;
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>Certificate of Analysis and Origin</h2>
  <p>Date issued: ${e(p.date[0])}</p>
  <p>Sold to: ${e(p.buyer.name)}, ${e(p.buyer.address)}</p>
  <p>Product: extruded bar, alloy ${e(p.alloy)}</p>
  <p>Smelter 1 — ${e(p.smelt[0][0])}<br>Smelter 2 — ${e(p.smelt[1][0])}<br>Caster — ${e(p.cast[0])}</p>
  ${chemistryTable(p.alloy, 3)}
  <p>Delivery date: 07/30/2025 &nbsp; Order date: 06/02/2025</p>`;
  return {
    html: htmlPage('Certificate of analysis', pageStyle('sans', 'letter'), body),
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

export const developmentSet: readonly CertificateCase[] = [
  made(
    'dev-01-inspection-table',
    'EN 10204 3.1, origin table',
    'text-pdf',
    inspectionCertificate({
      issuer: { name: 'Nordic Aluminium Extrusions AS', address: 'Industriveien 12, 6600 Sunndalsøra, Norway' },
      customer: us('Lakeside Aluminum Inc.', '400 Harbor Road, Cleveland, OH 44114, United States'),
      number: 'NAE-2025-04411',
      date: ['14.03.2025', '2025-03-14'],
      product: 'Extruded profiles, alloy EN AW-6063 T6',
      alloy: '6063',
      port: 'Rotterdam, Netherlands',
      origin: 'Norway',
      labels: ['Country of smelt (largest share)', 'Smelter country (2nd)', 'Country of most recent cast'],
      smelt: [
        ['Iceland', 'IS'],
        ['Canada', 'CA'],
      ],
      cast: ['Norway', 'NO'],
      seed: 3,
    }),
  ),
  made(
    'dev-02-inspection-table-jpeg',
    'EN 10204 3.1, origin table',
    'jpeg',
    inspectionCertificate({
      issuer: { name: 'Alpine Profile Werke GmbH', address: 'Hüttenstraße 4, 5020 Salzburg, Austria' },
      customer: us('Great Lakes Metals LLC', '1200 W Fulton St, Chicago, IL 60607, USA'),
      number: 'APW 3.1-77812',
      date: ['02.04.2025', '2025-04-02'],
      product: 'Extruded tubes, alloy EN AW-6082 T6',
      alloy: '6082',
      port: 'Hamburg, Germany',
      origin: 'Austria',
      labels: ['Smelter country (largest)', 'Smelter country (2nd)', 'Cast'],
      smelt: [
        ['Germany', 'DE'],
        ['Norway', 'NO'],
      ],
      cast: ['Austria', 'AT'],
      seed: 5,
    }),
    scan(200, 0.8, 0.0006, 11),
  ),
  made(
    'dev-03-mill-label-value',
    'mill test certificate, label: value rows, ISO alpha-2',
    'text-pdf',
    millLabelValue({
      issuer: { name: 'Fjord Rolling Mills ASA', address: 'Kaiveien 3, 5700 Voss, Norway' },
      buyer: us('Cascade Building Products Inc.', '88 Industrial Pkwy, Portland, OR 97217, United States'),
      number: 'FRM-MTC-550182',
      date: ['March 4, 2025', '2025-03-04'],
      product: 'Aluminium coil, mill finish, 0.8 x 1250 mm',
      alloy: '3003 H14',
      origin: 'Norway',
      port: 'Bergen, Norway',
      smelt: [
        ['NO', 'NO'],
        ['IS', 'IS'],
      ],
      cast: ['NO', 'NO'],
      seed: 7,
    }),
    undefined,
    'letter',
  ),
  made(
    'dev-04-mill-label-value-scan',
    'mill test certificate, label: value rows, names',
    'image-pdf',
    millLabelValue({
      issuer: { name: 'Anatolia Alüminyum Sanayi A.Ş.', address: 'OSB 2. Cadde No: 14, 41400 Gebze, Kocaeli, Türkiye' },
      buyer: us('Southern Door Systems Co.', '7 Commerce Blvd, Savannah, GA 31401, United States'),
      number: 'AAS-2025-1187',
      date: ['January 9, 2025', '2025-01-09'],
      product: 'Aluminium sheet, 1.5 x 1000 x 2000 mm',
      alloy: '5754 H22',
      origin: 'Turkey',
      port: 'Mersin, Turkey',
      smelt: [
        ['Russian Federation', 'RU'],
        ['Kazakhstan', 'KZ'],
      ],
      cast: ['Turkey', 'TR'],
      seed: 2,
    }),
    scan(200, -0.6, 0.0008, 21),
    'letter',
  ),
  made(
    'dev-05-declaration-prose-scan',
    'supplier declaration, prose',
    'image-pdf',
    declarationProse({
      issuer: {
        name: 'Gulf Extrusions LLC',
        address: 'Jebel Ali Free Zone, P.O. Box 17541, Dubai, United Arab Emirates',
      },
      customer: us('Sunbelt Windows Inc.', '5400 Airport Fwy, Fort Worth, TX 76117, United States'),
      po: 'SW-88120',
      product: 'window profiles',
      alloy: '6063-T5',
      largest: ['the United Arab Emirates', 'AE'],
      second: ['India', 'IN'],
      castCity: 'Jebel Ali',
      cast: ['UAE', 'AE'],
      port: 'Jebel Ali, UAE',
      origin: 'United Arab Emirates',
      place: 'Dubai',
      date: ['3 February 2025', '2025-02-03'],
    }),
    scan(200, 1.1, 0.0008, 5),
  ),
  made(
    'dev-06-declaration-prose',
    'supplier declaration, prose',
    'text-pdf',
    declarationProse({
      issuer: { name: 'Baltic Profiles UAB', address: 'Pramonės g. 21, 94101 Klaipėda, Lithuania' },
      customer: us('Harbor Marine Supply Corp.', '19 Dock St, Baltimore, MD 21231, USA'),
      po: 'HM-2291',
      product: 'marine extrusions',
      alloy: '6061-T6',
      largest: ['Norway', 'NO'],
      second: ['Sweden', 'SE'],
      castCity: 'Klaipėda',
      cast: ['Lithuania', 'LT'],
      port: 'Klaipėda, Lithuania',
      origin: 'Lithuania',
      place: 'Klaipėda',
      date: ['21 May 2025', '2025-05-21'],
    }),
  ),
  made(
    'dev-07-smelter-letter-png',
    'smelter letter, prose, single smelter',
    'png',
    smelterLetter({
      issuer: { name: 'Straumur Aluminium hf.', address: 'Straumsvík, 220 Hafnarfjörður, Iceland' },
      customer: us('Keystone Castings Inc.', '300 Liberty Ave, Pittsburgh, PA 15222, United States'),
      contract: 'SA-2025-014',
      smelterName: 'Straumsvík',
      largest: ['Iceland', 'IS'],
      cast: ['Iceland', 'IS'],
      date: ['12 May 2025', '2025-05-12'],
    }),
    scan(300, 1.4, 0.001, 9),
  ),
  made(
    'dev-08-recycled-tiff',
    'recycled-only declaration, table',
    'tiff',
    recycledDeclaration({
      issuer: { name: 'Rhein Recycling Aluminium GmbH', address: 'Hafenstraße 88, 47119 Duisburg, Germany' },
      product: 'Remelt extrusion billet',
      alloy: '6060',
      cast: ['Germany', 'DE'],
      date: ['2025-02-10', '2025-02-10'],
      na: ['Not applicable', 'N/A'],
    }),
    scan(300, -0.9, 0.0012, 13),
  ),
  made(
    'dev-09-alpha3-grid',
    'certificate of conformity, alpha-3 grid, prose cast',
    'text-pdf',
    originGrid({
      issuer: {
        name: 'Sierra Madre Billets S.A. de C.V.',
        address: 'Av. Industrial 2200, 64000 Monterrey, N.L., Mexico',
      },
      customer: us('Prairie Extrusion Co.', '900 N 3rd St, Omaha, NE 68102, United States'),
      number: 'SMB-CC-3318',
      date: ['2025/01/28', '2025-01-28'],
      alloy: '6005A',
      smelt: [
        ['CAN', 'CA'],
        ['USA', 'US'],
      ],
      castPlant: 'Monterrey',
      cast: ['MEX', 'MX'],
      seed: 4,
    }),
    undefined,
    'letter',
  ),
  made(
    'dev-10-two-page-scan',
    'material test certificate, origin on page 2',
    'image-pdf',
    twoPageMtc({
      issuer: { name: 'Laurentian Rolling Inc.', address: '1500 boul. Industriel, Trois-Rivières, QC G9A 5E1, Canada' },
      customer: us('Empire Container Corp.', '45 Water St, Brooklyn, NY 11201, United States'),
      number: 'LRI-25-00931',
      date: ['21-Jan-2025', '2025-01-21'],
      alloy: '3104',
      smelt: [
        ['Canada', 'CA'],
        ['United States', 'US'],
      ],
      cast: ['Canada', 'CA'],
      seed: 6,
    }),
    scan(200, 0.5, 0.0005, 17),
  ),
  made(
    'dev-11-commercial-distractors',
    'commercial invoice with origin declaration, many distractor countries',
    'text-pdf',
    commercialDeclaration({
      issuer: { name: 'Shanghai Huaxin Metals Co., Ltd.', address: 'No. 88 Songhu Road, Shanghai 200433, China' },
      consignee: us('Texan Plate & Sheet LLC', '2800 Navigation Blvd, Houston, TX 77003, United States'),
      number: 'HX-INV-250318',
      date: ['2025.03.18', '2025-03-18'],
      port: 'Shanghai, China',
      discharge: 'Houston, USA',
      origin: 'China',
      largest: ['Australia', 'AU'],
      second: ['Malaysia', 'MY'],
      cast: ['China', 'CN'],
      alloy: '5083',
    }),
  ),
  made(
    'dev-12-commercial-png',
    'commercial invoice with origin declaration, many distractor countries',
    'png',
    commercialDeclaration({
      issuer: {
        name: 'Bahrain Rolled Products W.L.L.',
        address: 'Building 1123, Road 5135, Sitra 615, Kingdom of Bahrain',
      },
      consignee: us('Mid-Atlantic Trailer Parts Inc.', '61 Route 9, Lakewood, NJ 08701, United States'),
      number: 'BRP-7719',
      date: ['18 June 2025', '2025-06-18'],
      port: 'Khalifa Bin Salman Port, Bahrain',
      discharge: 'Newark, United States',
      origin: 'Bahrain',
      largest: ['Kingdom of Bahrain', 'BH'],
      second: ['Russia', 'RU'],
      cast: ['Bahrain', 'BH'],
      alloy: '5052',
    }),
    scan(300, -1.3, 0.0009, 23),
  ),
  made(
    'dev-13-bilingual-french',
    'bilingual French/English 3.1, label rows',
    'text-pdf',
    bilingualFrench({
      issuer: { name: 'Laminoirs de Savoie SAS', address: '12 avenue des Alpes, 73400 Ugine, France' },
      customer: us('Hudson Valley Roofing Inc.', '3 Mill St, Poughkeepsie, NY 12601, United States'),
      number: 'LDS-3.1-44871',
      date: ['19.02.2025', '2025-02-19'],
      alloy: '5005',
      smelt: [
        ['France', 'FR'],
        ['Espagne / Spain', 'ES'],
      ],
      cast: ['France', 'FR'],
      seed: 4,
    }),
  ),
  made(
    'dev-14-bilingual-french-scan',
    'bilingual French/English 3.1, label rows',
    'image-pdf',
    bilingualFrench({
      issuer: { name: 'Fonderie du Rhône SA', address: 'Rue de l’Usine 4, 1950 Sion, Suisse / Switzerland' },
      customer: us('Great Basin Trailers LLC', '12 Freeport Blvd, Sparks, NV 89431, United States'),
      number: 'FDR-25-0712',
      date: ['03.07.2025', '2025-07-03'],
      alloy: '6061',
      smelt: [
        ['Islande / Iceland', 'IS'],
        ['Norvège / Norway', 'NO'],
      ],
      cast: ['Suisse / Switzerland', 'CH'],
      seed: 8,
    }),
    scan(200, -0.8, 0.0008, 61),
  ),
  made(
    'dev-15-shares-prose',
    'declaration letter, prose with "mostly … the balance"',
    'text-pdf',
    sharesProse({
      issuer: { name: 'Scheldt Aluminium N.V.', address: 'Industrieweg 100, 2030 Antwerpen, Belgium' },
      customer: us('Northwind Marine Inc.', '88 Harbor Dr, Annapolis, MD 21401, United States'),
      largest: ['Qatar', 'QA'],
      second: ['Saudi Arabia', 'SA'],
      cast: ['Belgium', 'BE'],
      castTown: 'Antwerp',
      date: ['June 3rd, 2025', '2025-06-03'],
      variant: 0,
    }),
    undefined,
    'letter',
  ),
  made(
    'dev-16-shares-prose-scan',
    'declaration letter, prose with "to a lesser extent"',
    'png',
    sharesProse({
      issuer: { name: 'Cape Aluminium Products (Pty) Ltd', address: '14 Smelter Rd, Richards Bay 3900, South Africa' },
      customer: us('Gulf States Boat Trailers LLC', '400 Bayou Rd, Houma, LA 70360, United States'),
      largest: ['South Africa', 'ZA'],
      second: ['Mozambique', 'MZ'],
      cast: ['South Africa', 'ZA'],
      castTown: 'Richards Bay',
      date: ['9 April 2025', '2025-04-09'],
      variant: 1,
    }),
    scan(300, 0.7, 0.0009, 67),
    'letter',
  ),
  made(
    'dev-17-packing-lots',
    'packing list, lot table with alpha-2 columns',
    'text-pdf',
    packingLots({
      issuer: { name: 'Vietnam Aluminium Profile JSC', address: 'Lot C2, Dong Van Industrial Park, Ha Nam, Vietnam' },
      customer: us('Pacific Storefronts Inc.', '2200 Airport Way S, Seattle, WA 98134, United States'),
      number: 'VAP-PL-2025-318',
      date: ['2025-05-27', '2025-05-27'],
      alloy: '6063',
      codes: ['CN', 'IN', 'VN'],
      headers: ['Smelter (largest)', 'Smelter (2nd)', 'Cast'],
      seed: 5,
    }),
  ),
  made(
    'dev-18-packing-lots-tiff',
    'packing list, lot table with alpha-2 columns',
    'tiff',
    packingLots({
      issuer: {
        name: 'Qatar Extrusion Co. W.L.L.',
        address: 'Street 48, Industrial Area, P.O. Box 40444, Doha, Qatar',
      },
      customer: us('Sun Valley Awnings Inc.', '1500 E Camelback Rd, Phoenix, AZ 85014, United States'),
      number: 'QEC-PL-7713',
      date: ['2025-08-14', '2025-08-14'],
      alloy: '6060',
      codes: ['QA', 'AE', 'QA'],
      headers: ['Smelt country 1', 'Smelt country 2', 'Cast country'],
      seed: 7,
    }),
    scan(300, -1.1, 0.001, 71),
  ),
  made(
    'dev-19-scrap-letter',
    'recycled-only letter, prose N/A',
    'jpeg',
    scrapLetter({
      issuer: { name: 'Ohio Secondary Metals LLC', address: '2300 Industrial Pkwy, Elyria, OH 44035, United States' },
      customer: us('Buckeye Die Casting Inc.', '900 Foundry St, Toledo, OH 43605, United States'),
      cast: ['the United States', 'US'],
      date: ['07/09/2025', '2025-07-09'],
      alloy: 'A380',
    }),
    scan(200, 1.2, 0.0007, 73),
    'letter',
  ),
  made(
    'dev-20-short-labels',
    'certificate of analysis, dash labels, US dates with distractor dates',
    'text-pdf',
    shortLabels({
      issuer: {
        name: 'Columbia River Extrusions Inc.',
        address: '4400 NW Front Ave, Portland, OR 97210, United States',
      },
      buyer: us('Alaska Marine Fabrication LLC', '1 Port Rd, Anchorage, AK 99501, United States'),
      date: ['06/12/2025', '2025-06-12'],
      smelt: [
        ['Canada', 'CA'],
        ['United States', 'US'],
      ],
      cast: ['United States', 'US'],
      alloy: '6061-T6511',
    }),
    undefined,
    'letter',
  ),
];
