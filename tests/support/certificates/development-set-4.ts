import { made, type Party, party as us, scan } from './case-helpers';
import type { CertificateCase, Printed } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * The fourth DEVELOPMENT set: one case for each kind of failure the second held-out set showed
 * (a second smelt said in prose or as "balance from X", an ISO date on a noisy scan, an issuer
 * with diacritics and a legal suffix, a casting alloy on a scan), and further wordings the
 * reader's rules are tuned on: shares in per cent, "the remaining", a label value with two
 * countries, and stock, trader and port countries around them.
 */

// A. An inspection certificate 3.1 whose origin is a remark in prose, with shares in per cent.
function remarksProse(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  largest: Printed;
  second: Printed;
  cast: Printed;
  seed: number;
}) {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right"><b>INSPECTION CERTIFICATE 3.1</b><br>EN 10204:2004<br>No. ${e(p.number)}</div></div>
  <table class="plain"><tr><td>Purchaser:</td><td>${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><td>Date of issue:</td><td>${e(p.date[0])}</td></tr>
  <tr><td>Product:</td><td>Extruded bar, alloy ${e(p.alloy)}</td></tr></table>
  ${chemistryTable(p.alloy, p.seed)}
  ${mechanicalTable(p.seed)}
  <h3>Remarks</h3>
  <p>Primary aluminium smelted mainly in ${e(p.largest[0])} (approx. 70 %), the remaining 30 % originating from a smelter in ${e(p.second[0])}; re-melted and cast in our cast house in ${e(p.cast[0])}.</p>
  <p>We hereby certify that the material described above complies with the order.</p>`;
  return {
    html: htmlPage(`Inspection certificate ${p.number}`, pageStyle('sans', 'a4'), body),
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

// B. A declaration with two countries in one smelter line, and stock, trader and port countries.
function twoCountryLine(p: {
  issuer: Party;
  seller: Party;
  date: readonly [string, string];
  largest: Printed;
  second: Printed;
  cast: Printed;
  stock: string;
  port: string;
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <h2>SUPPLIER DECLARATION – ALUMINIUM ORIGIN</h2>
  <p>Issue date: ${e(p.date[0])}</p>
  <table class="plain">
  <tr><td><b>Seller:</b></td><td>${e(p.seller.name)}, ${e(p.seller.address)}</td></tr>
  <tr><td><b>Smelter country:</b></td><td>${e(p.largest[0])} (main), ${e(p.second[0])} (balance)</td></tr>
  <tr><td><b>Casting:</b></td><td>${e(p.cast[0])}</td></tr>
  <tr><td><b>Port of loading:</b></td><td>${e(p.port)}</td></tr></table>
  <p>The goods are supplied from our stock in ${e(p.stock)} through our trader in Zug, Switzerland.</p>`;
  return {
    html: htmlPage('Supplier declaration', pageStyle('serif', 'letter'), body),
    expected: {
      smeltLargest: p.largest[1],
      smeltSecond: p.second[1],
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
    },
  };
}

// C. A letter: the largest share before the verb, "the second largest portion originates from".
function portionLetter(p: {
  issuer: Party;
  customer: Party;
  date: readonly [string, string];
  largest: Printed;
  second: Printed;
  cast: Printed;
}) {
  const body = `
  <h1>${e(p.issuer.name)}</h1><p class="small">${e(p.issuer.address)}</p>
  <p>${e(p.date[0])}</p>
  <p>${e(p.customer.name)}<br>${e(p.customer.address)}</p>
  <p>Dear Sirs,</p>
  <p>The greater part of the primary aluminium contained in our ingots was smelted in ${e(p.largest[0])}; the second largest portion originates from a smelter in ${e(p.second[0])}. All ingots were cast at our works in ${e(p.cast[0])}.</p>
  <p class="sign">Yours faithfully,<br>Quality Manager</p>`;
  return {
    html: htmlPage('Origin letter', pageStyle('serif', 'a4'), body),
    expected: {
      smeltLargest: p.largest[1],
      smeltSecond: p.second[1],
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
    },
  };
}

export const developmentSet4: readonly CertificateCase[] = [
  made(
    'dev4-01-remarks-prose',
    'inspection certificate 3.1, origin as a remark with per cent shares',
    'text-pdf',
    remarksProse({
      issuer: { name: 'Alüminyum Profil Sanayi A.Ş.', address: 'Gebze OSB, 41400 Kocaeli, Turkey' },
      customer: us('Gulf Coast Fenestration LLC', '900 Port Rd, Houston, TX 77029, United States'),
      number: 'APS-31-2291',
      date: ['12.05.2025', '2025-05-12'],
      alloy: '6060',
      largest: ['Russia', 'RU'],
      second: ['United Arab Emirates', 'AE'],
      cast: ['Turkey', 'TR'],
      seed: 11,
    }),
  ),
  made(
    'dev4-02-remarks-prose-jpeg',
    'inspection certificate 3.1, origin as a remark with per cent shares',
    'jpeg',
    remarksProse({
      issuer: { name: 'Hliníkárna Žďár s.r.o.', address: 'Průmyslová 7, 591 01 Žďár nad Sázavou, Czech Republic' },
      customer: us('Allegheny Trim Co.', '40 Liberty Ave, Pittsburgh, PA 15222, United States'),
      number: 'HZ-3.1-0484',
      date: ['2025-02-11', '2025-02-11'],
      alloy: '6082',
      largest: ['Norway', 'NO'],
      second: ['Slovakia', 'SK'],
      cast: ['Czech Republic', 'CZ'],
      seed: 12,
    }),
    scan(300, 0.6, 0.0012, 211),
  ),
  made(
    'dev4-03-two-country-line',
    'supplier declaration, two countries in one smelter line, stock and port countries',
    'text-pdf',
    twoCountryLine({
      issuer: { name: 'Baltic Billet Trading OÜ', address: 'Sadama 5, 10111 Tallinn, Estonia' },
      seller: us('Baltic Billet Trading OÜ', 'Sadama 5, 10111 Tallinn, Estonia'),
      date: ['3 March 2025', '2025-03-03'],
      largest: ['Norway', 'NO'],
      second: ['Iceland', 'IS'],
      cast: ['Norway', 'NO'],
      stock: 'Rotterdam, Netherlands',
      port: 'Antwerp, Belgium',
    }),
    undefined,
    'letter',
  ),
  made(
    'dev4-04-two-country-line-png',
    'supplier declaration, two countries in one smelter line, stock and port countries',
    'png',
    twoCountryLine({
      issuer: { name: 'Emirates Metal Supply FZE', address: 'Jebel Ali Free Zone, Dubai, United Arab Emirates' },
      seller: us('Emirates Metal Supply FZE', 'Jebel Ali Free Zone, Dubai, United Arab Emirates'),
      date: ['2025-04-08', '2025-04-08'],
      largest: ['Bahrain', 'BH'],
      second: ['Oman', 'OM'],
      cast: ['United Arab Emirates', 'AE'],
      stock: 'Jebel Ali, United Arab Emirates',
      port: 'Jebel Ali, United Arab Emirates',
    }),
    scan(300, -1.1, 0.0014, 223),
    'letter',
  ),
  made(
    'dev4-05-portion-letter-scan',
    'letter, "the greater part … smelted in", "originates from a smelter in"',
    'image-pdf',
    portionLetter({
      issuer: { name: 'Vale do Alumínio Ltda.', address: 'Rodovia BR-101 km 12, Barcarena, Pará, Brazil' },
      customer: us('Carolina Cladding Inc.', '15 Trade St, Charlotte, NC 28202, United States'),
      date: ['July 21, 2025', '2025-07-21'],
      largest: ['Brazil', 'BR'],
      second: ['Argentina', 'AR'],
      cast: ['Brazil', 'BR'],
    }),
    scan(200, 0.8, 0.001, 227),
  ),
  made(
    'dev4-06-portion-letter',
    'letter, "the greater part … smelted in", "originates from a smelter in"',
    'text-pdf',
    portionLetter({
      issuer: { name: 'Karmøy Støperi AS', address: '8 Smelter Road, 4265 Håvik, Norway' },
      customer: us('Great Lakes Marine Inc.', '300 Dock St, Duluth, MN 55802, United States'),
      date: ['9 June 2025', '2025-06-09'],
      largest: ['Norway', 'NO'],
      second: ['Sweden', 'SE'],
      cast: ['Norway', 'NO'],
    }),
  ),
];
