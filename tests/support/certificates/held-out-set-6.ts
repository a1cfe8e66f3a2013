import type { CertificateCase, CertificateForm, ExpectedFields, Printed, ScanOptions } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * A SEALED held-out set (the sixth): 16 supplier documents, 8 with a text layer and 8 scans,
 * written on 2026-11-30 between 13:10 and 13:17 UTC without looking at the reader or at any
 * development set, and committed before the reader was run on it. It is a sample of what mills,
 * remelters and traders send an importer: nothing in it is tuned to the reader or against it.
 * Do not edit its cases to make the reader pass; once measured and examined, it becomes a
 * development set and a fresh held-out set is written.
 */

interface Party {
  readonly name: string;
  readonly address: string;
}

interface Made {
  readonly html: string;
  readonly expected: ExpectedFields;
}

const scan = (dpi: number, rotateDeg: number, noise: number, seed: number): ScanOptions => ({
  dpi,
  rotateDeg,
  noise,
  seed,
});

// A. EN 10204 3.1 from a European rolling mill: German/English labels, coil table, the AIM rows in the header grid.
function bilingualRollingMill(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  order: string;
  alloy: string;
  temper: string;
  dimension: string;
  largest: Printed;
  second?: Printed;
  cast: Printed;
  seed: number;
}): Made {
  const coils = [0, 1, 2, 3]
    .map(
      (i) =>
        `<tr><td>${p.seed}${41 + i}7-0${i + 1}</td><td>C${p.seed * 7 + 203}${i < 2 ? 'A' : 'B'}</td><td>${e(p.dimension)}</td><td class="right">${(4120 + ((p.seed * 13 + i * 191) % 900)).toLocaleString('en-US')}</td><td class="right">${(4180 + ((p.seed * 13 + i * 191) % 900)).toLocaleString('en-US')}</td></tr>`,
    )
    .join('');
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right"><b>Abnahmeprüfzeugnis 3.1<br>Inspection certificate 3.1</b><br><span class="small">EN 10204:2004</span></div></div>
  <table>
  <tr><th>Zeugnis-Nr. / Certificate no.</th><td>${e(p.number)}</td><th>Datum / Date</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Besteller / Customer</th><td colspan="3">${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><th>Bestell-Nr. / Order no.</th><td>${e(p.order)}</td><th>Lieferschein / Delivery note</th><td>80${p.seed}5521</td></tr>
  <tr><th>Erzeugnis / Product</th><td>Band / Coil EN 485-2</td><th>Legierung / Alloy</th><td>EN AW-${e(p.alloy)} ${e(p.temper)}</td></tr>
  <tr><th>Schmelzland / Country of smelt</th><td>${e(p.largest[0])}</td><th>Zweites Schmelzland / Second country of smelt</th><td>${p.second ? e(p.second[0]) : 'entfällt / n/a'}</td></tr>
  <tr><th>Gießland / Country of cast</th><td>${e(p.cast[0])}</td><th>Ursprungsland / Country of origin</th><td>${e(p.issuer.address.split(', ').pop() ?? '')}</td></tr>
  </table>
  <h3>Lieferumfang / Scope of delivery</h3>
  <table><tr><th>Coil-Nr. / Coil no.</th><th>Gießlos / Cast lot</th><th>Abmessung / Dimension (mm)</th><th>Netto kg</th><th>Brutto kg</th></tr>${coils}</table>
  <h3>Chemische Zusammensetzung (%) / Chemical composition (%)</h3>
  ${chemistryTable(`EN AW-${p.alloy}`, p.seed)}
  <h3>Mechanische Eigenschaften / Mechanical properties</h3>
  ${mechanicalTable(p.seed)}
  <p>Wir bestätigen, dass die Lieferung den Vereinbarungen der Bestellung entspricht. / We certify that the material supplied complies with the terms of the order.</p>
  <div class="sign">Werkssachverständiger / Authorised inspector: Q. Brandt &nbsp;&nbsp;<span class="stamp">QS geprüft</span></div>`;
  return {
    html: htmlPage(`3.1 ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: {
      smeltLargest: p.largest[1],
      smeltSecond: p.second ? p.second[1] : 'N/A',
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy,
    },
  };
}

// B. A U.S. importer's own AIM supplier questionnaire, filled in by the supplier: numbered questions, answers in boxes.
function importerQuestionnaire(p: {
  importer: Party;
  supplier: Party;
  date: readonly [string, string];
  product: string;
  hts: string;
  largest: Printed;
  largestShare: string;
  second?: readonly [text: string, code: string, share: string];
  cast: Printed;
  origin: string;
  signer: string;
}): Made {
  const answer = (t: string) => `<td style="width:48%;background:#fbfbf4">${e(t)}</td>`;
  const body = `
  <div class="head"><div><h1>${e(p.importer.name)}</h1><div class="small">${e(p.importer.address)}</div></div>
  <div class="right small">Form PC-AIM-02 rev. 4<br>Supplier Compliance</div></div>
  <h2>Aluminum Import Monitoring – Supplier Questionnaire</h2>
  <p class="small">The U.S. Department of Commerce requires the importer to report the country where the largest and second-largest volume of primary aluminum was smelted and the country where the product was most recently cast (19 CFR Part 361). Please answer every question. If the product contains no primary aluminum, answer "N/A".</p>
  <table>
  <tr><th>1. Supplier legal name and address</th>${answer(`${p.supplier.name}, ${p.supplier.address}`)}</tr>
  <tr><th>2. Product description / HTS number</th>${answer(`${p.product} / HTS ${p.hts}`)}</tr>
  <tr><th>3. Country of origin (for customs entry)</th>${answer(p.origin)}</tr>
  <tr><th>4. Country of smelt – largest volume of primary aluminum, and approximate share</th>${answer(`${p.largest[0]} – ${p.largestShare}`)}</tr>
  <tr><th>5. Secondary country of smelt (second-largest volume), and share</th>${answer(p.second ? `${p.second[0]} – ${p.second[2]}` : 'None – single country of smelt')}</tr>
  <tr><th>6. Country of cast (most recent casting of the product)</th>${answer(p.cast[0])}</tr>
  <tr><th>7. Does the product contain recycled / remelted scrap?</th>${answer('Yes, partly (process scrap)')}</tr>
  </table>
  <p>I certify that the information above is true and correct to the best of my knowledge and will be updated if the source of metal changes.</p>
  <table class="plain"><tr><td>Name / title: <b>${e(p.signer)}</b></td><td>Date: <b>${e(p.date[0])}</b></td><td>Signature: <i>${e(p.signer.split(',')[0] ?? '')}</i></td></tr></table>
  <p class="small">Return to supplier.compliance@${e(p.importer.name.split(' ')[0]?.toLowerCase() ?? 'importer')}.com — retain for five years.</p>`;
  return {
    html: htmlPage('AIM supplier questionnaire', pageStyle('sans', 'letter'), body),
    expected: {
      smeltLargest: p.largest[1],
      smeltSecond: p.second ? p.second[1] : 'N/A',
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.supplier.name,
      product: p.product.split(/[ -]/)[0],
    },
  };
}

// C. A commercial letter on letterhead: the metal's history told in two paragraphs of prose.
function proseLetter(p: {
  issuer: Party;
  recipient: Party;
  city: string;
  date: readonly [string, string];
  reference: string;
  product: string;
  alloy: string;
  paragraph: string;
  expected: Omit<ExpectedFields, 'documentDate' | 'issuer' | 'product'>;
  signer: string;
}): Made {
  const body = `
  <div style="text-align:center;border-bottom:1pt solid #555;padding-bottom:5pt;margin-bottom:14pt">
  <div style="font-size:17pt;letter-spacing:1pt">${e(p.issuer.name)}</div><div class="small">${e(p.issuer.address)}</div></div>
  <p>${e(p.recipient.name)}<br>${e(p.recipient.address).replace(/, /g, '<br>')}</p>
  <p class="right">${e(p.city)}, ${e(p.date[0])}</p>
  <p><b>Re: Origin of metal – ${e(p.reference)}</b></p>
  <p>Dear Sirs,</p>
  <p>Further to your request regarding the Aluminum Import Monitoring information for the ${e(p.product)} in alloy ${e(p.alloy)} supplied under the above reference, we are pleased to give you the following details.</p>
  <p>${e(p.paragraph)}</p>
  <p>This information is given in good faith on the basis of the records of our suppliers and our own cast house. Should you need the mill certificates for individual lots, please contact our quality department.</p>
  <p>Yours faithfully,</p>
  <p class="sign">${e(p.signer)}<br>for ${e(p.issuer.name)}</p>`;
  return {
    html: htmlPage(`Letter ${p.reference}`, pageStyle('serif', 'a4'), body),
    expected: { ...p.expected, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

// D. A remelter's declaration: billets from scrap only, smelt not applicable, cast stated.
function remelterDeclaration(p: {
  issuer: Party;
  customer: Party;
  date: readonly [string, string];
  number: string;
  alloy: string;
  diameter: string;
  cast: Printed;
  statesSecond: boolean;
  port: string;
}): Made {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right">No. ${e(p.number)}<br>${e(p.date[0])}</div></div>
  <h2>Declaration of Metal Source – Remelted Billet</h2>
  <table class="plain">
  <tr><td>Customer:</td><td>${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><td>Product:</td><td>Extrusion billet, alloy ${e(p.alloy)}, Ø ${e(p.diameter)}, homogenised</td></tr>
  <tr><td>Port of loading:</td><td>${e(p.port)}</td></tr>
  </table>
  <table>
  <tr><th style="width:45%">Country of smelt</th><td>N/A – 100% recycled / remelted scrap</td></tr>
  ${p.statesSecond ? '<tr><th>Secondary country of smelt</th><td>N/A</td></tr>' : ''}
  <tr><th>Country of cast</th><td>${e(p.cast[0])}</td></tr>
  </table>
  <p>The billets listed below were produced in our cast house exclusively from post-consumer and post-industrial aluminium scrap and alloying additions. No primary (unwrought, smelted) aluminium was added to the melt.</p>
  <table><tr><th>Cast no.</th><th>Bundles</th><th>Pieces</th><th>Net weight (kg)</th></tr>
  <tr><td>R${p.number.slice(-4)}1</td><td>6</td><td>144</td><td>19,872</td></tr>
  <tr><td>R${p.number.slice(-4)}2</td><td>5</td><td>120</td><td>16,560</td></tr></table>
  ${chemistryTable(p.alloy, Number(p.number.slice(-2)))}
  <p class="sign">Quality Manager<br><span class="stamp">${e(p.issuer.name.split(' ')[0] ?? '')} QC</span></p>`;
  return {
    html: htmlPage(`Declaration ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: {
      smeltLargest: 'N/A',
      ...(p.statesSecond ? { smeltSecond: 'N/A' } : {}),
      cast: p.cast[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy,
    },
  };
}

// E. An e-mail printed to PDF: header block, a short answer written in the body.
function printedEmail(p: {
  fromName: string;
  fromCompany: string;
  fromAddress: string;
  to: string;
  sent: readonly [string, string];
  subject: string;
  lines: readonly string[];
  quoted: string;
  expected: Omit<ExpectedFields, 'documentDate' | 'issuer'>;
}): Made {
  const body = `
  <table class="plain" style="border-bottom:1pt solid #999;margin-bottom:8pt">
  <tr><td><b>From:</b></td><td>${e(p.fromName)} &lt;${e(p.fromName.toLowerCase().replace(/[^a-z]+/g, '.'))}@${e(p.fromCompany.split(' ')[0]?.toLowerCase() ?? 'mail')}.com&gt;</td></tr>
  <tr><td><b>Sent:</b></td><td>${e(p.sent[0])}</td></tr>
  <tr><td><b>To:</b></td><td>${e(p.to)}</td></tr>
  <tr><td><b>Subject:</b></td><td>${e(p.subject)}</td></tr></table>
  ${p.lines.map((l) => `<p>${e(l)}</p>`).join('')}
  <p>Best regards,<br>${e(p.fromName)}<br>${e(p.fromCompany)}<br><span class="small">${e(p.fromAddress)}</span></p>
  <div style="border-left:2pt solid #aaa;padding-left:6pt;color:#444">${p.quoted
    .split('\n')
    .map((l) => `<p>${e(l)}</p>`)
    .join('')}</div>`;
  return {
    html: htmlPage(p.subject, pageStyle('sans', 'letter'), body),
    expected: { ...p.expected, documentDate: p.sent[1], issuer: p.fromCompany },
  };
}

// F. A mill test certificate for extrusions: per-heat table with a smelter-country and a cast-country column.
function heatTableCertificate(p: {
  issuer: Party;
  customer: Party;
  shipTo: Party;
  number: string;
  date: readonly [string, string];
  shipDate: string;
  po: string;
  alloy: string;
  temper: string;
  profile: string;
  smelt: string;
  cast: string;
  expected: Omit<ExpectedFields, 'documentDate' | 'issuer' | 'product'>;
  seed: number;
}): Made {
  const heats = [0, 1, 2]
    .map(
      (i) =>
        `<tr><td>${p.seed}${i + 3}0${i + 7}${p.seed}</td><td>${e(p.alloy)}-${e(p.temper)}</td><td>${e(p.profile)}</td><td class="right">${312 + i * 57}</td><td>${e(p.smelt)}</td><td>${e(p.cast)}</td></tr>`,
    )
    .join('');
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right"><b>MILL TEST CERTIFICATE</b><br>Cert. No. ${e(p.number)}<br>Date of issue: ${e(p.date[0])}</div></div>
  <table class="plain">
  <tr><td><b>Sold to:</b> ${e(p.customer.name)}, ${e(p.customer.address)}</td><td><b>Ship to:</b> ${e(p.shipTo.name)}, ${e(p.shipTo.address)}</td></tr>
  <tr><td><b>Customer PO:</b> ${e(p.po)}</td><td><b>Ship date:</b> ${e(p.shipDate)}</td></tr>
  <tr><td><b>Specification:</b> ASTM B221-21, ASTM B241</td><td><b>Product:</b> Aluminum extruded profiles</td></tr></table>
  <table><tr><th>Heat / Cast No.</th><th>Alloy-Temper</th><th>Die / Profile</th><th>Pcs</th><th>Smelter country</th><th>Cast country</th></tr>${heats}</table>
  <h3>Chemical analysis (wt. %)</h3>
  ${chemistryTable(p.alloy, p.seed)}
  <h3>Tensile test (ASTM B557)</h3>
  ${mechanicalTable(p.seed + 2)}
  <p class="small">We hereby certify that the material described above has been manufactured and tested in accordance with the specifications listed and meets their requirements. This certificate is issued in accordance with EN 10204 type 3.1.</p>
  <p class="sign">Quality Assurance Manager &nbsp;<span class="stamp">QA RELEASED</span></p>`;
  return {
    html: htmlPage(`MTC ${p.number}`, pageStyle('sans', 'letter'), body),
    expected: { ...p.expected, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

// G. A commercial invoice with an AIM box in the footer (codes only), country of origin and ports above it.
function invoiceFooterBox(p: {
  seller: Party;
  buyer: Party;
  number: string;
  date: readonly [string, string];
  loading: string;
  discharge: string;
  origin: string;
  bank: string;
  item: string;
  alloy: string;
  box: string;
  expected: Omit<ExpectedFields, 'documentDate' | 'issuer' | 'product'>;
}): Made {
  const body = `
  <div class="head"><div><h1>${e(p.seller.name)}</h1><div class="small">${e(p.seller.address)}</div></div>
  <div class="right"><b style="font-size:13pt">COMMERCIAL INVOICE</b><br>Invoice No.: ${e(p.number)}<br>Date: ${e(p.date[0])}</div></div>
  <table class="plain">
  <tr><td style="width:50%"><b>Buyer / Consignee:</b><br>${e(p.buyer.name)}<br>${e(p.buyer.address)}</td>
  <td><b>Port of loading:</b> ${e(p.loading)}<br><b>Port of discharge:</b> ${e(p.discharge)}<br><b>Country of origin of goods:</b> ${e(p.origin)}<br><b>Incoterms 2020:</b> CIF</td></tr></table>
  <table><tr><th>Item</th><th>Description</th><th>HS code</th><th>Qty (MT)</th><th>Unit price USD/MT</th><th>Amount USD</th></tr>
  <tr><td>1</td><td>${e(p.item)}</td><td>7604.29</td><td class="right">48.215</td><td class="right">3,412.00</td><td class="right">164,509.58</td></tr>
  <tr><td colspan="5" class="right"><b>Total CIF</b></td><td class="right"><b>164,509.58</b></td></tr></table>
  <p>Payment: 30% advance, 70% against copy of B/L by T/T to ${e(p.bank)}.</p>
  <p>We certify that this invoice is true and correct and that the goods are of the origin stated.</p>
  <p class="sign">Authorised signatory</p>
  <div style="margin-top:26pt;border:1pt solid #222;padding:4pt 6pt;font-size:8pt;width:60%">${p.box}</div>`;
  return {
    html: htmlPage(`Invoice ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: { ...p.expected, documentDate: p.date[1], issuer: p.seller.name, product: p.alloy },
  };
}

// H. A 2.2 test report in two columns of label–value pairs; the metal's origin given with the smelter's name.
function twoColumnReport(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  product: string;
  alloy: string;
  left: readonly (readonly [string, string])[];
  right: readonly (readonly [string, string])[];
  expected: Omit<ExpectedFields, 'documentDate' | 'issuer' | 'product'>;
  seed: number;
}): Made {
  const pairs = (rows: readonly (readonly [string, string])[]) =>
    `<table class="plain">${rows.map(([k, v]) => `<tr><td style="width:45%;color:#444">${e(k)}</td><td><b>${e(v)}</b></td></tr>`).join('')}</table>`;
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right"><b>TEST REPORT 2.2</b><br><span class="small">according to EN 10204</span></div></div>
  <div style="display:flex;gap:14pt">
  <div style="flex:1">${pairs([
    ['Report no.', p.number],
    ['Date of issue', p.date[0]],
    ['Customer', p.customer.name],
    ['Customer address', p.customer.address],
    ['Product', p.product],
    ['Alloy', p.alloy],
    ...p.left,
  ])}</div>
  <div style="flex:1">${pairs(p.right)}</div></div>
  <h3>Typical analysis (%)</h3>${chemistryTable(p.alloy, p.seed)}
  <p>The products comply with the order. The values given are typical for the process and are not results of tests on the delivered products.</p>
  <p class="sign">${e(p.issuer.name)} — Technical Department</p>`;
  return {
    html: htmlPage(`Test report ${p.number}`, pageStyle('serif', 'a4'), body),
    expected: { ...p.expected, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

function item(
  id: number,
  kind: string,
  form: CertificateForm,
  paper: 'a4' | 'letter',
  made: Made,
  scanned?: ScanOptions,
) {
  return {
    id: `held6-${String(id).padStart(2, '0')}`,
    kind,
    form,
    paper,
    html: made.html,
    expected: made.expected,
    ...(scanned ? { scan: scanned } : {}),
  } satisfies CertificateCase;
}

export const heldOutSet6: readonly CertificateCase[] = [
  item(
    1,
    'bilingual 3.1 rolling mill, header grid',
    'text-pdf',
    'a4',
    bilingualRollingMill({
      issuer: { name: 'Rheinwalz Aluminium GmbH', address: 'Industriestraße 12, 41469 Neuss, Germany' },
      customer: { name: 'Lakeshore Metals Inc.', address: '2200 W 35th St, Chicago, IL 60609, USA' },
      number: 'RW-26-118342',
      date: ['14.10.2026', '2026-10-14'],
      order: 'LM-PO-77812',
      alloy: '5754',
      temper: 'H22',
      dimension: '2.0 x 1250',
      largest: ['Norwegen / Norway', 'NO'],
      second: ['Island / Iceland', 'IS'],
      cast: ['Deutschland / Germany', 'DE'],
      seed: 4,
    }),
  ),
  item(
    2,
    'bilingual 3.1 rolling mill, header grid (scan)',
    'image-pdf',
    'a4',
    bilingualRollingMill({
      issuer: { name: 'Alpenband Walzwerk AG', address: 'Werkstrasse 3, 5737 Menziken, Switzerland' },
      customer: { name: 'Keystone Sheet & Coil LLC', address: '410 Industrial Pkwy, Hazleton, PA 18202, USA' },
      number: 'AWZ 2026/40917',
      date: ['02.11.2026', '2026-11-02'],
      order: '4500219981',
      alloy: '3003',
      temper: 'H14',
      dimension: '0.8 x 1500',
      largest: ['VAE / UAE', 'AE'],
      cast: ['Schweiz / Switzerland', 'CH'],
      seed: 7,
    }),
    scan(300, 0.6, 0.0006, 601),
  ),
  item(
    3,
    "importer's AIM questionnaire, numbered answers",
    'text-pdf',
    'letter',
    importerQuestionnaire({
      importer: { name: 'Pacific Coast Aluminum Supply', address: '1850 E Carson St, Long Beach, CA 90810' },
      supplier: { name: 'Sohar Light Metals LLC', address: 'Sohar Industrial Estate, Phase 4, Sultanate of Oman' },
      date: ['October 22, 2026', '2026-10-22'],
      product: '6061-T6 extruded bar, round',
      hts: '7604.29.1000',
      largest: ['Oman', 'OM'],
      largestShare: 'approx. 85 %',
      second: ['Qatar', 'QA', 'approx. 15 %'],
      cast: ['Oman', 'OM'],
      origin: 'Oman',
      signer: 'Rashid Al-Balushi, QA Manager',
    }),
  ),
  item(
    4,
    "importer's AIM questionnaire, numbered answers (scan)",
    'png',
    'letter',
    importerQuestionnaire({
      importer: { name: 'Gulf States Building Products', address: '7700 Airline Dr, Houston, TX 77037' },
      supplier: {
        name: 'Anatolia Profil Alüminyum A.Ş.',
        address: 'Organize Sanayi Bölgesi 9. Cadde No 14, Kayseri, Türkiye',
      },
      date: ['10/27/2026', '2026-10-27'],
      product: '6063-T5 architectural profiles',
      hts: '7604.29.5090',
      largest: ['Russia', 'RU'],
      largestShare: '100 %',
      cast: ['Türkiye', 'TR'],
      origin: 'Turkey',
      signer: 'Mehmet Yıldız, Export Manager',
    }),
    scan(200, -0.8, 0.0009, 602),
  ),
  item(
    5,
    'prose letter on letterhead, smelt and cast in sentences',
    'text-pdf',
    'a4',
    proseLetter({
      issuer: {
        name: 'Société Alpine des Alliages',
        address: '17 rue de la Fonderie, 73300 Saint-Jean-de-Maurienne, France',
      },
      recipient: { name: 'Harbor Fastener Corp.', address: '55 Commerce Way, Norwalk, CT 06854, USA' },
      city: 'Saint-Jean-de-Maurienne',
      date: ['3 November 2026', '2026-11-03'],
      reference: 'your order HF-26-0931, our contract 26/1187',
      product: 'wire rod',
      alloy: '6082',
      paragraph:
        'The primary aluminium used for these rods was smelted in France, which accounts for roughly two thirds of the metal; the remaining third was smelted in Iceland and bought through our trader in Rotterdam, the Netherlands. The rods were cast and rolled in our plant in France in September 2026.',
      expected: { smeltLargest: 'FR', smeltSecond: 'IS', cast: 'FR' },
      signer: 'Claire Dumont, Directrice Qualité',
    }),
  ),
  item(
    6,
    'prose letter on letterhead, smelt and cast in sentences (scan)',
    'tiff',
    'a4',
    proseLetter({
      issuer: {
        name: 'Kuala Extrusions Sdn. Bhd.',
        address: 'Lot 21, Jalan Perindustrian 3, 42500 Telok Panglima Garang, Selangor, Malaysia',
      },
      recipient: { name: 'Evergreen Window Systems Inc.', address: '900 Pine Ridge Rd, Tacoma, WA 98421, USA' },
      city: 'Selangor',
      date: ['28th October 2026', '2026-10-28'],
      reference: 'PO EWS-5521 / Invoice KE-26-3390',
      product: 'extruded window sections',
      alloy: '6060',
      paragraph:
        'The billets used for this order were purchased from a cast house in the United Arab Emirates, where they were cast from primary metal smelted in the United Arab Emirates. No secondary smelter was involved. The material was shipped from Port Klang, Malaysia, to Seattle.',
      expected: { smeltLargest: 'AE', smeltSecond: 'N/A', cast: 'AE' },
      signer: 'Tan Wei Ming, Quality Assurance',
    }),
    scan(300, -0.4, 0.0005, 606),
  ),
  item(
    7,
    'remelter declaration, smelt N/A, cast stated',
    'text-pdf',
    'a4',
    remelterDeclaration({
      issuer: {
        name: 'Vidal Reciclados de Aluminio S.L.',
        address: 'Polígono Industrial Can Prat, Nave 7, 08150 Parets del Vallès, Spain',
      },
      customer: { name: 'Bluewater Extrusion Co.', address: '310 Harbor Blvd, Savannah, GA 31401, USA' },
      date: ['2026-10-09', '2026-10-09'],
      number: 'DMS-2026-0417',
      alloy: '6063',
      diameter: '178 mm',
      cast: ['Spain', 'ES'],
      statesSecond: true,
      port: 'Barcelona, Spain',
    }),
  ),
  item(
    8,
    'remelter declaration, smelt N/A, cast stated (scan)',
    'jpeg',
    'a4',
    remelterDeclaration({
      issuer: { name: 'Metalúrgica Pampa S.A.', address: 'Ruta 9 km 287, 2000 Rosario, Santa Fe, Argentina' },
      customer: { name: 'Southwest Trim & Door LLC', address: '4400 S Central Ave, Phoenix, AZ 85040, USA' },
      date: ['16/10/2026', '2026-10-16'],
      number: 'MP-DC-26-0288',
      alloy: '6005A',
      diameter: '203 mm',
      cast: ['Argentina', 'AR'],
      statesSecond: false,
      port: 'Buenos Aires',
    }),
    scan(200, 0.9, 0.0008, 608),
  ),
  item(
    9,
    'printed e-mail reply with smelt/cast in the body',
    'text-pdf',
    'letter',
    printedEmail({
      fromName: 'Priya Raman',
      fromCompany: 'Deccan Aluminium Traders Pvt. Ltd.',
      fromAddress: 'Office 804, Maker Chambers V, Nariman Point, Mumbai 400021, India',
      to: 'compliance@northstarfoil.com',
      sent: ['Tuesday, October 6, 2026 9:14 AM', '2026-10-06'],
      subject: 'RE: AIM details required – PO NSF-26114 (1235 foil stock)',
      lines: [
        'Dear Ms. Kowalski,',
        'Please find the AIM details for the 1235 foil stock shipped on MV Maersk Kinloss from Nhava Sheva on 2 October:',
        'Smelt country (largest): India – about 90 %',
        'Smelt country (second): Bahrain – about 10 %',
        'Cast country: India',
        'The coils were rolled at our partner mill in Silvassa. Mill test certificates follow with the original documents via DHL.',
      ],
      quoted:
        'From: Anna Kowalski\nSent: Monday, October 5, 2026 4:02 PM\nSubject: AIM details required – PO NSF-26114\nPlease send the country of smelt and cast for the goods on this PO before the vessel arrives in Newark.',
      expected: { smeltLargest: 'IN', smeltSecond: 'BH', cast: 'IN', product: '1235' },
    }),
  ),
  item(
    10,
    'printed e-mail reply with smelt/cast in the body (scan)',
    'image-pdf',
    'letter',
    printedEmail({
      fromName: 'Lucas Ferreira',
      fromCompany: 'Minas Laminados Ltda.',
      fromAddress: 'Av. Industrial 1200, Distrito Industrial, Pouso Alegre – MG, Brazil',
      to: 'purchasing@atlanticgutter.com',
      sent: ['Thu 10/29/2026 11:37 AM', '2026-10-29'],
      subject: 'RES: Country of smelt / cast – coil 3105-H25',
      lines: [
        'Hello Jim,',
        'Answering your question about the 3105 coil for container MSCU 448120-7:',
        'The metal was smelted in Brazil (100%) and the slabs were cast at our plant here in Brazil. There is no second country of smelt.',
        'The goods were exported through the port of Santos and invoiced by our sales office in Miami, USA.',
      ],
      quoted:
        'From: Jim Porter\nSent: Wednesday, October 28, 2026\nLucas, customs broker needs smelt and cast countries for the coil on the October shipment. Thanks.',
      expected: { smeltLargest: 'BR', smeltSecond: 'N/A', cast: 'BR', product: '3105' },
    }),
    scan(200, 0.5, 0.0007, 610),
  ),
  item(
    11,
    'extrusion MTC with smelter/cast country columns in the heat table',
    'text-pdf',
    'letter',
    heatTableCertificate({
      issuer: {
        name: 'Vina Aluminium Profile JSC',
        address: 'Lot C4, Dong Van II Industrial Park, Ha Nam Province, Vietnam',
      },
      customer: { name: 'Reliance Door Hardware Inc.', address: '77 Quarry Rd, Bristol, CT 06010, USA' },
      shipTo: { name: 'Reliance DC West', address: '1200 Valley Blvd, Ontario, CA 91761, USA' },
      number: 'VAP-QC-26/1407',
      date: ['Oct. 19, 2026', '2026-10-19'],
      shipDate: 'Oct. 23, 2026',
      po: 'RDH-88121',
      alloy: '6063',
      temper: 'T6',
      profile: 'VP-2215',
      smelt: 'China',
      cast: 'Vietnam',
      expected: { smeltLargest: 'CN', cast: 'VN' },
      seed: 3,
    }),
  ),
  item(
    12,
    'extrusion MTC with smelter/cast country columns in the heat table (scan)',
    'png',
    'letter',
    heatTableCertificate({
      issuer: {
        name: 'Golden Bay Aluminium Industries Ltd.',
        address: '42 Rangitoto Rd, East Tamaki, Auckland 2013, New Zealand',
      },
      customer: { name: 'Mesa Marine Products', address: '2901 Harbor Ave, Oxnard, CA 93030, USA' },
      shipTo: { name: 'Mesa Marine Products', address: '2901 Harbor Ave, Oxnard, CA 93030, USA' },
      number: 'GBA 26-8843',
      date: ['07/11/2026', '2026-11-07'],
      shipDate: '10/11/2026',
      po: 'MMP-2026-447',
      alloy: '6061',
      temper: 'T6',
      profile: 'GB-118',
      smelt: 'New Zealand',
      cast: 'New Zealand',
      expected: { smeltLargest: 'NZ', cast: 'NZ' },
      seed: 8,
    }),
    scan(300, 0.3, 0.0004, 612),
  ),
  item(
    13,
    'commercial invoice with an AIM footer box in codes',
    'text-pdf',
    'a4',
    invoiceFooterBox({
      seller: {
        name: 'Jebel Metals Trading FZE',
        address: 'LOB 15, Office 512, Jebel Ali Free Zone, Dubai, United Arab Emirates',
      },
      buyer: { name: 'Tri-County Aluminum Distributors', address: '1500 Port Rd, Wilmington, NC 28401, USA' },
      number: 'JMT/INV/26/0712',
      date: ['21-Oct-2026', '2026-10-21'],
      loading: 'Dammam, Saudi Arabia',
      discharge: 'Wilmington, NC, USA',
      origin: 'Saudi Arabia',
      bank: 'Emirates NBD, Dubai, UAE',
      item: 'Aluminium sheet 5052-H32, 3.0 x 1524 x 3048 mm',
      alloy: '5052',
      box: '<b>AIM information (19 CFR 361)</b><br>Primary country of smelt: SA &nbsp;&nbsp; Secondary country of smelt: AE<br>Country of cast: SA',
      expected: { smeltLargest: 'SA', smeltSecond: 'AE', cast: 'SA' },
    }),
  ),
  item(
    14,
    'commercial invoice with an AIM footer box in codes (scan)',
    'tiff',
    'a4',
    invoiceFooterBox({
      seller: { name: 'Hanseatic Non-Ferrous Trading GmbH', address: 'Große Elbstraße 145, 22767 Hamburg, Germany' },
      buyer: { name: 'Great Lakes Coil Processing', address: '8100 Lyndon Ave, Detroit, MI 48238, USA' },
      number: 'HNT-26-5503',
      date: ['30.10.2026', '2026-10-30'],
      loading: 'Koper, Slovenia',
      discharge: 'Baltimore, MD',
      origin: 'Slovenia',
      bank: 'Commerzbank AG, Hamburg',
      item: 'Aluminium plate EN AW-5083 H111, 20 x 1500 x 3000 mm',
      alloy: '5083',
      box: '<b>AIM / Metal origin</b><br>Smelt (largest): MZ &nbsp;/&nbsp; Smelt (2nd): ZA<br>Cast: SI',
      expected: { smeltLargest: 'MZ', smeltSecond: 'ZA', cast: 'SI' },
    }),
    scan(300, 0.7, 0.0005, 614),
  ),
  item(
    15,
    '2.2 test report, two columns of label–value pairs with smelter names',
    'text-pdf',
    'a4',
    twoColumnReport({
      issuer: { name: 'Nordic Wire & Conductor AB', address: 'Smedjegatan 8, 721 32 Västerås, Sweden' },
      customer: { name: 'Prairie Power Cable Co.', address: '600 Energy Dr, Fargo, ND 58102, USA' },
      number: 'NWC-2.2-26-0339',
      date: ['2026-11-10', '2026-11-10'],
      product: 'Conductor wire rod, Ø 9.5 mm',
      alloy: '1350',
      left: [
        ['Delivery note', 'LS 26-44810'],
        ['Quantity', '3 coils, 6,120 kg'],
      ],
      right: [
        ['Primary metal – main smelter', 'Hydro Husnes, Norway'],
        ['Primary metal – other smelter', 'Alcoa Fjarðaál, Iceland'],
        ['Casting / rod mill', 'Västerås, Sweden'],
        ['Country of origin', 'Sweden'],
        ['Shipped via', 'Gothenburg'],
      ],
      expected: { smeltLargest: 'NO', smeltSecond: 'IS', cast: 'SE' },
      seed: 5,
    }),
  ),
  item(
    16,
    '2.2 test report, two columns of label–value pairs (scan)',
    'jpeg',
    'a4',
    twoColumnReport({
      issuer: { name: 'Adriatic Light Alloys d.o.o.', address: 'Industrijska cesta 22, 2325 Kidričevo, Slovenia' },
      customer: { name: 'Coastal Boatworks Inc.', address: '45 Marina Dr, Portsmouth, NH 03801, USA' },
      number: 'ALA/22/26-1176',
      date: ['05.11.2026', '2026-11-05'],
      product: 'Tread plate 5-bar',
      alloy: '5754',
      left: [
        ['Order no.', 'CB-26-3310'],
        ['Net weight', '11,480 kg'],
      ],
      right: [
        ['Country of smelting', 'Montenegro'],
        ['Country of casting', 'Slovenia'],
        ['Country of origin', 'Slovenia'],
        ['Port of loading', 'Koper'],
      ],
      expected: { smeltLargest: 'ME', cast: 'SI' },
      seed: 9,
    }),
    scan(200, -0.6, 0.0007, 616),
  ),
];
