import { made, type Party, party, scan } from './case-helpers';
import type { CertificateCase, ExpectedFields } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * A SEALED held-out set (the eighth): 16 supplier documents, 8 with a text layer and 8 scans (two
 * each as image-only PDF, PNG, JPEG and TIFF), written on 2026-11-30 between 14:25 and 14:30 UTC
 * without looking at the reader or at any development set, and committed before the reader was
 * run on it. Eight layouts, each used once as text and once as a scan. It is a sample of what
 * extruders, rolling mills, foundries, traders and remelters send an importer: nothing in it is
 * tuned to the reader or against it. Do not edit its cases to make the reader pass; once measured
 * and examined, it becomes a development set and a fresh held-out set is written.
 */

interface Doc {
  readonly html: string;
  readonly expected: ExpectedFields;
}

type Origins = Pick<ExpectedFields, 'smeltLargest' | 'smeltSecond' | 'cast'>;

// A. German/English 3.1 from an extruder: the AIM data in a "Herkunft des Metalls / Metal origin" block under the tests.
function germanExtrusion(p: {
  issuer: Party;
  customer: Party;
  shipTo: Party;
  number: string;
  order: string;
  date: readonly [string, string];
  testDate: string;
  alloy: string;
  profile: string;
  rows: readonly (readonly [string, string])[];
  stated: Origins;
  seed: number;
}): Doc {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><span class="small">${e(p.issuer.address)}</span></div>
  <div class="right"><b>ABNAHMEPRÜFZEUGNIS 3.1</b><br><b>INSPECTION CERTIFICATE 3.1</b><br><span class="small">nach / acc. to DIN EN 10204:2005</span></div></div>
  <table>
  <tr><th>Zeugnis-Nr. / Cert. no.</th><td>${e(p.number)}</td><th>Datum / Date</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Besteller / Customer</th><td>${e(p.customer.name)}<br>${e(p.customer.address)}</td><th>Lieferanschrift / Ship to</th><td>${e(p.shipTo.name)}<br>${e(p.shipTo.address)}</td></tr>
  <tr><th>Bestell-Nr. / PO</th><td>${e(p.order)}</td><th>Prüfdatum / Test date</th><td>${e(p.testDate)}</td></tr>
  <tr><th>Erzeugnis / Product</th><td>${e(p.profile)}</td><th>Legierung / Alloy</th><td>EN AW-${e(p.alloy)} T66</td></tr>
  </table>
  <h3>Chemische Zusammensetzung / Chemical composition (%)</h3>${chemistryTable(`EN AW-${p.alloy}`, p.seed)}
  <h3>Mechanische Eigenschaften / Mechanical properties</h3>${mechanicalTable(p.seed)}
  <p class="small">Charge / Cast no. ${p.seed}4471-${p.seed + 2} · Pressbolzen / Billet lot B${p.seed}0917 · Längen 6,00 m · 38 Bunde</p>
  <h3>Herkunft des Metalls / Metal origin (U.S. AIM)</h3>
  <table>${p.rows.map(([label, value]) => `<tr><th style="width:55%">${e(label)}</th><td>${e(value)}</td></tr>`).join('')}</table>
  <p>Wir bestätigen, dass die Lieferung den Bestellvorgaben entspricht. / We certify that the material complies with the order.</p>
  <p class="sign">Werkssachverständiger / Inspection representative: Dipl.-Ing. M. Hartmann <span class="stamp">QS ${e(p.issuer.name.split(' ')[0]!)} geprüft</span></p>`;
  return {
    html: htmlPage(`Abnahmeprüfzeugnis ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

// B. A U.S. importer's AIM supplier declaration form, filled in by the supplier, numbered questions.
function importerQuestionnaire(p: {
  importer: Party;
  supplier: Party;
  contact: string;
  date: readonly [string, string];
  product: string;
  alloy: string;
  hts: string;
  origin: string;
  answers: readonly (readonly [string, string])[];
  stated: Origins;
}): Doc {
  const body = `
  <div class="head"><div><h1>${e(p.importer.name)}</h1><span class="small">${e(p.importer.address)}</span></div>
  <div class="right"><b>SUPPLIER DECLARATION<br>Aluminum Import Monitoring (19 CFR Part 361)</b><br><span class="small">Form SQ-AIM rev. 4</span></div></div>
  <p>Please complete every item for each product shipped to us. Return the signed form to purchasing. This information is used for AIM licence applications filed with the U.S. Department of Commerce.</p>
  <h3>Part 1 – Supplier</h3>
  <table>
  <tr><th style="width:35%">1. Supplier legal name</th><td>${e(p.supplier.name)}</td></tr>
  <tr><th>2. Address</th><td>${e(p.supplier.address)}</td></tr>
  <tr><th>3. Contact / e-mail</th><td>${e(p.contact)}</td></tr>
  </table>
  <h3>Part 2 – Product</h3>
  <table>
  <tr><th style="width:35%">4. Product description</th><td>${e(p.product)}</td></tr>
  <tr><th>5. Alloy / temper</th><td>${e(p.alloy)}</td></tr>
  <tr><th>6. HTS number</th><td>${e(p.hts)}</td></tr>
  <tr><th>7. Country of origin (customs)</th><td>${e(p.origin)}</td></tr>
  </table>
  <h3>Part 3 – Primary aluminum</h3>
  <table>${p.answers.map(([q, a]) => `<tr><th style="width:55%">${e(q)}</th><td>${e(a)}</td></tr>`).join('')}</table>
  <h3>Part 4 – Certification</h3>
  <p>I certify that the information above is true and correct to the best of my knowledge.</p>
  <table class="plain"><tr><td>Signature: <i>${e(p.contact.split(' / ')[0]!)}</i></td><td>Date signed: ${e(p.date[0])}</td></tr></table>
  <p class="small">Please do not alter this form. Questions: compliance@${e(p.importer.name.split(' ')[0]!.toLowerCase())}.com</p>`;
  return {
    html: htmlPage('AIM supplier declaration', pageStyle('sans', 'letter'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.supplier.name, product: p.alloy.split(' ')[0]! },
  };
}

// C. A trader's letter on letterhead, all in prose.
function traderLetter(p: {
  trader: Party;
  recipient: Party;
  place: string;
  date: readonly [string, string];
  reference: string;
  paragraphs: readonly string[];
  signer: string;
  bank: string;
  stated: Origins;
  product?: string;
}): Doc {
  const body = `
  <div style="text-align:center;border-bottom:1pt solid #555;padding-bottom:5pt;margin-bottom:14pt">
  <div style="font-size:18pt;letter-spacing:2pt">${e(p.trader.name)}</div><div class="small">${e(p.trader.address)}</div></div>
  <p>${e(p.recipient.name)}<br>${e(p.recipient.address)}</p>
  <p class="right">${e(p.place)}, ${e(p.date[0])}</p>
  <p><b>Re: ${e(p.reference)}</b></p>
  <p>Dear Sirs,</p>
  ${p.paragraphs.map((t) => `<p>${e(t)}</p>`).join('\n')}
  <p>Yours faithfully,</p>
  <p class="sign">${e(p.signer)}<br>${e(p.trader.name)}</p>
  <p class="small" style="margin-top:40pt;border-top:0.5pt solid #999;padding-top:3pt">${e(p.bank)}</p>`;
  return {
    html: htmlPage(p.reference, pageStyle('serif', 'a4'), body),
    expected: {
      ...p.stated,
      documentDate: p.date[1],
      issuer: p.trader.name,
      ...(p.product ? { product: p.product } : {}),
    },
  };
}

// D. A printed e-mail from a supplier answering an importer's origin question.
function printedEmail(p: {
  from: string;
  to: string;
  cc: string;
  sent: string;
  date: string;
  subject: string;
  lines: readonly string[];
  signature: readonly string[];
  quoted: readonly string[];
  issuer: string;
  stated: Origins;
  product?: string;
}): Doc {
  const body = `
  <p style="font-size:11pt;border-bottom:2pt solid #000;padding-bottom:2pt"><b>Outlook – ${e(p.to.split('<')[0]!.trim())}</b></p>
  <table class="plain">
  <tr><td><b>From:</b></td><td>${e(p.from)}</td></tr>
  <tr><td><b>Sent:</b></td><td>${e(p.sent)}</td></tr>
  <tr><td><b>To:</b></td><td>${e(p.to)}</td></tr>
  <tr><td><b>Cc:</b></td><td>${e(p.cc)}</td></tr>
  <tr><td><b>Subject:</b></td><td>${e(p.subject)}</td></tr>
  </table><hr>
  ${p.lines.map((t) => `<p>${e(t)}</p>`).join('\n')}
  <p>${p.signature.map(e).join('<br>')}</p>
  <div style="border-left:2pt solid #999;padding-left:6pt;color:#333">${p.quoted.map((t) => `<p>${e(t)}</p>`).join('')}</div>
  <p class="small" style="margin-top:20pt">Page 1</p>`;
  return {
    html: htmlPage(p.subject, pageStyle('sans', 'letter'), body),
    expected: { ...p.stated, documentDate: p.date, issuer: p.issuer, ...(p.product ? { product: p.product } : {}) },
  };
}

// E. Spanish/English quality certificate from a rolling mill: origin fields in the header grid.
function spanishMillCertificate(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  shipDate: string;
  alloy: string;
  product: string;
  loading: string;
  discharge: string;
  coils: readonly string[];
  smelt1: string;
  smelt2: string;
  cast: string;
  stated: Origins;
  seed: number;
}): Doc {
  const body = `
  <table class="plain"><tr><td><h1>${e(p.issuer.name)}</h1><span class="small">${e(p.issuer.address)}</span></td>
  <td class="right"><b>CERTIFICADO DE CALIDAD / MILL TEST CERTIFICATE</b><br>EN 10204 – 3.1<br>No. ${e(p.number)}</td></tr></table>
  <table>
  <tr><th>Fecha de emisión / Date of issue</th><td>${e(p.date[0])}</td><th>Fecha de embarque / Shipment date</th><td>${e(p.shipDate)}</td></tr>
  <tr><th>Cliente / Customer</th><td colspan="3">${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><th>Producto / Product</th><td>${e(p.product)}</td><th>Aleación / Alloy</th><td>${e(p.alloy)}</td></tr>
  <tr><th>Puerto de carga / Port of loading</th><td>${e(p.loading)}</td><th>Puerto de descarga / Port of discharge</th><td>${e(p.discharge)}</td></tr>
  <tr><th>País de fundición primaria (mayor) / Country of smelt (largest)</th><td>${e(p.smelt1)}</td><th>País de fundición (segundo) / Country of smelt (second)</th><td>${e(p.smelt2)}</td></tr>
  <tr><th>País de colada / Country of cast</th><td>${e(p.cast)}</td><th>País de origen / Country of origin</th><td>${e(p.issuer.address.split(', ').at(-1)!)}</td></tr>
  </table>
  <table><tr><th>Bobina / Coil</th><th>Colada / Cast no.</th><th>Espesor / Thk (mm)</th><th>Ancho / Width (mm)</th><th>Peso neto / Net (kg)</th></tr>
  ${p.coils.map((c, i) => `<tr><td>${e(c)}</td><td>${p.seed}${71 + i}0${i}</td><td>${(0.8 + i * 0.2).toFixed(2)}</td><td>1250</td><td>${5120 + i * 133}</td></tr>`).join('')}</table>
  <h3>Análisis químico / Chemical analysis (%)</h3>${chemistryTable(p.alloy, p.seed)}
  <h3>Propiedades mecánicas / Mechanical properties</h3>${mechanicalTable(p.seed)}
  <p>Certificamos que el material cumple con la norma EN 485-2. / We certify the material meets EN 485-2.</p>
  <p class="sign">Jefe de Calidad / Quality Manager <span class="stamp">CONTROL DE CALIDAD</span></p>`;
  return {
    html: htmlPage(`Certificado ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

// F. French/English foundry ingot certificate, origin statement as a sentence under the heats table.
function frenchFoundryCertificate(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  heats: readonly string[];
  statement: string;
  stated: Origins;
  seed: number;
}): Doc {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><span class="small">${e(p.issuer.address)}</span></div>
  <div class="right"><b>CERTIFICAT DE RÉCEPTION 3.1</b><br><b>INSPECTION CERTIFICATE 3.1</b><br>NF EN 10204</div></div>
  <table>
  <tr><th>Certificat n° / Certificate no.</th><td>${e(p.number)}</td><th>Date d'émission / Issue date</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Client / Customer</th><td colspan="3">${e(p.customer.name)} – ${e(p.customer.address)}</td></tr>
  <tr><th>Produit / Product</th><td>Lingots de fonderie / Foundry ingots</td><th>Nuance / Alloy</th><td>${e(p.alloy)}</td></tr>
  </table>
  <table><tr><th>Coulée / Heat no.</th><th>Date de coulée / Cast date</th><th>Paquets / Bundles</th><th>Poids / Weight (t)</th></tr>
  ${p.heats.map((h, i) => `<tr><td>${e(h)}</td><td>${10 + i}/${(p.seed % 9) + 1}/2026</td><td>${18 + i}</td><td>${(21.4 + i * 0.7).toFixed(1)}</td></tr>`).join('')}</table>
  <h3>Composition chimique / Chemical composition (%)</h3>${chemistryTable(p.alloy, p.seed)}
  <h3>Origine du métal / Metal origin</h3>
  <p>${e(p.statement)}</p>
  <p>Nous certifions que les produits livrés sont conformes à la commande. / We certify that the products delivered comply with the order.</p>
  <p class="sign">Le responsable qualité / Quality manager: C. Lefèvre <span class="stamp">${e(p.issuer.name.toUpperCase())}</span></p>`;
  return {
    html: htmlPage(`Certificat ${p.number}`, pageStyle('serif', 'a4'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

// G. An Asian mill's English test certificate in monospace, key/value lines printed by an ERP system.
function erpMillCertificate(p: {
  issuer: Party;
  buyer: Party;
  consignee: Party;
  number: string;
  contract: string;
  date: readonly [string, string];
  loading: string;
  destination: string;
  alloy: string;
  spec: string;
  lines: readonly (readonly [string, string])[];
  stated: Origins;
  seed: number;
}): Doc {
  const kv = (k: string, v: string) => `<tr><td style="width:42%">${e(k)}</td><td>: ${e(v)}</td></tr>`;
  const body = `
  <p style="text-align:center"><b style="font-size:13pt">${e(p.issuer.name)}</b><br>${e(p.issuer.address)}</p>
  <p style="text-align:center;font-size:12pt"><b>MILL TEST CERTIFICATE</b><br>(EN 10204 TYPE 3.1)</p>
  <table class="plain">
  ${kv('CERTIFICATE NO.', p.number)}${kv('ISSUE DATE', p.date[0])}${kv('CONTRACT NO.', p.contract)}
  ${kv('BUYER', `${p.buyer.name}, ${p.buyer.address}`)}${kv('CONSIGNEE', `${p.consignee.name}, ${p.consignee.address}`)}
  ${kv('PORT OF LOADING', p.loading)}${kv('FINAL DESTINATION', p.destination)}
  ${kv('COMMODITY', p.spec)}${kv('ALLOY / TEMPER', p.alloy)}
  </table>
  <table><tr><th>HEAT NO.</th><th>COIL NO.</th><th>SIZE (mm)</th><th>N.W. (MT)</th><th>G.W. (MT)</th></tr>
  ${[0, 1, 2, 3].map((i) => `<tr><td>H${p.seed}${i}82</td><td>C${p.seed}-${4410 + i}</td><td>${(1.5 + i * 0.5).toFixed(1)} x 1500 x C</td><td>${(4.2 + i * 0.31).toFixed(3)}</td><td>${(4.3 + i * 0.31).toFixed(3)}</td></tr>`).join('')}</table>
  ${chemistryTable(p.alloy.split(' ')[0]!, p.seed)}${mechanicalTable(p.seed)}
  <p><b>PRIMARY ALUMINIUM ORIGIN INFORMATION</b></p>
  <table class="plain">${p.lines.map(([k, v]) => kv(k, v)).join('')}</table>
  <p>WE HEREBY CERTIFY THAT THE MATERIAL DESCRIBED HEREIN HAS BEEN MANUFACTURED AND TESTED IN ACCORDANCE WITH THE CONTRACT.</p>
  <p class="sign">QA DEPT. <span class="stamp">${e(p.issuer.name.toUpperCase())} QC PASSED</span></p>`;
  return {
    html: htmlPage(`MTC ${p.number}`, pageStyle('mono', 'a4'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy.split(' ')[0]! },
  };
}

// H. A remelter's / secondary producer's certificate of recycled content with an origin table.
function recycledContentCertificate(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  product: string;
  alloy: string;
  invoice: string;
  invoiceDate: string;
  table: readonly (readonly [string, string])[];
  note: string;
  stated: Origins;
}): Doc {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><span class="small">${e(p.issuer.address)}</span></div>
  <div class="right" style="font-size:12pt"><b>Certificate of Conformance<br>and Metal Origin</b></div></div>
  <table>
  <tr><th>Certificate</th><td>${e(p.number)}</td><th>Issued</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Sold to</th><td colspan="3">${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><th>Invoice</th><td>${e(p.invoice)}</td><th>Invoice date</th><td>${e(p.invoiceDate)}</td></tr>
  <tr><th>Product</th><td>${e(p.product)}</td><th>Alloy</th><td>${e(p.alloy)}</td></tr>
  </table>
  ${chemistryTable(p.alloy, 7)}
  <h3>Metal origin</h3>
  <table>${p.table.map(([k, v]) => `<tr><th style="width:50%">${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</table>
  <p>${e(p.note)}</p>
  <p class="sign">Quality Assurance<br>${e(p.issuer.name)}</p>`;
  return {
    html: htmlPage(`Certificate ${p.number}`, pageStyle('sans', 'letter'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

const ids = (n: number) => `held8-${String(n).padStart(2, '0')}`;

export const heldOutSet8: readonly CertificateCase[] = [
  made(
    ids(1),
    'German/English 3.1 extrusion certificate, AIM block table',
    'text-pdf',
    germanExtrusion({
      issuer: party('Aluprofil Westfalen GmbH', 'Industriestraße 14, 33332 Gütersloh, Deutschland'),
      customer: party('Great Lakes Window Systems Inc.', '4100 Dixie Hwy, Toledo, OH 43611, USA'),
      shipTo: party('GLWS Warehouse c/o Port Logistics', 'Pier 6, Port Newark, NJ 07114, USA'),
      number: '3.1-26-08817',
      order: 'GL-PO-55120 vom 02.09.2026',
      date: ['14.10.2026', '2026-10-14'],
      testDate: '09.10.2026',
      alloy: '6063',
      profile: 'Strangpressprofil / Extruded profile 40x40x2',
      rows: [
        ['Schmelzland (größter Anteil) / Country of smelt (largest)', 'Norwegen / Norway'],
        ['Schmelzland (zweitgrößter Anteil) / Country of smelt (2nd largest)', 'Island / Iceland'],
        ['Gießland (letzter Guss) / Country of most recent cast', 'Deutschland / Germany'],
      ],
      stated: { smeltLargest: 'NO', smeltSecond: 'IS', cast: 'DE' },
      seed: 31,
    }),
  ),
  made(
    ids(2),
    'German/English 3.1 extrusion certificate, AIM block table',
    'tiff',
    germanExtrusion({
      issuer: party('Sauerland Strangpress AG', 'Am Hammerwerk 3, 59755 Arnsberg, Germany'),
      customer: party('Alumax Trading Corp.', '1200 Brickell Ave, Miami, FL 33131, USA'),
      shipTo: party('Alumax Distribution', '7800 NW 25th St, Doral, FL 33122, USA'),
      number: 'APZ 2026/4471',
      order: '4500128833',
      date: ['03.11.2026', '2026-11-03'],
      testDate: '29.10.2026',
      alloy: '6082',
      profile: 'Rundstange / Round bar Ø 50 mm',
      rows: [
        ['Hüttenland Primäraluminium / Smelter country primary aluminium', 'Vereinigte Arabische Emirate / UAE'],
        ['Zweites Hüttenland / Second smelter country', 'keines / none'],
        ['Gießland / Cast in', 'Niederlande / Netherlands'],
      ],
      stated: { smeltLargest: 'AE', smeltSecond: 'N/A', cast: 'NL' },
      seed: 44,
    }),
    scan(300, 0.5, 0.0008, 801),
  ),
  made(
    ids(3),
    "U.S. importer's AIM supplier declaration form, numbered questions",
    'text-pdf',
    importerQuestionnaire({
      importer: party('Keystone Architectural Metals LLC', '220 Commerce Dr, Harrisburg, PA 17110, USA'),
      supplier: party(
        'Anatolia Alüminyum Sanayi A.Ş.',
        'Organize Sanayi Bölgesi 4. Cadde No: 11, 41400 Gebze, Kocaeli, Türkiye',
      ),
      contact: 'Elif Yıldız / export@anatolia-al.com.tr',
      date: ['October 22, 2026', '2026-10-22'],
      product: 'Aluminum sheet, mill finish, 1.5 mm',
      alloy: '5052 H32',
      hts: '7606.12.3090',
      origin: 'Turkey',
      answers: [
        ['8. Country where the largest volume of primary aluminum was smelted', 'Russia'],
        ['9. Country where the second largest volume was smelted (if any)', 'Kazakhstan'],
        ['10. Country where the product was most recently cast', 'Turkey'],
        ['11. Name of smelter(s), if known', 'not disclosed by metal trader'],
      ],
      stated: { smeltLargest: 'RU', smeltSecond: 'KZ', cast: 'TR' },
    }),
    undefined,
    'letter',
  ),
  made(
    ids(4),
    "U.S. importer's AIM supplier declaration form, numbered questions",
    'image-pdf',
    importerQuestionnaire({
      importer: party('Pacific Rim Metals Inc.', '2550 E Pacific Coast Hwy, Long Beach, CA 90804, USA'),
      supplier: party(
        'Bintang Aluminium Sdn. Bhd.',
        'Lot 22, Jalan Perindustrian 3, 81700 Pasir Gudang, Johor, Malaysia',
      ),
      contact: 'Tan Wei Ming / sales@bintang-al.com.my',
      date: ['9 Nov 2026', '2026-11-09'],
      product: 'Aluminium coil for fin stock, 0.12 mm',
      alloy: '8011 H22',
      hts: '7607.11.9030',
      origin: 'Malaysia',
      answers: [
        ['8. Country where the largest volume of primary aluminum was smelted', 'Malaysia (Press Metal, Samalaju)'],
        ['9. Country where the second largest volume was smelted (if any)', 'India'],
        ['10. Country where the product was most recently cast', 'Malaysia'],
        ['11. Name of smelter(s), if known', 'Press Metal Bintulu; Vedanta Jharsuguda'],
      ],
      stated: { smeltLargest: 'MY', smeltSecond: 'IN', cast: 'MY' },
    }),
    scan(200, -0.6, 0.0005, 802),
    'letter',
  ),
  made(
    ids(5),
    "Trader's letter on letterhead, prose",
    'text-pdf',
    traderLetter({
      trader: party('Helvetic Metals Trading SA', 'Rue du Rhône 62, 1204 Genève, Switzerland'),
      recipient: party('Coastal Foil Converters Inc.', '88 Harbor Road, Savannah, GA 31401, USA'),
      place: 'Geneva',
      date: ['17 November 2026', '2026-11-17'],
      reference: 'Origin of metal – contract HMT-26-0311, B/L MSCU 7712093',
      paragraphs: [
        'Further to your request of 5 November 2026, we confirm the origin of the aluminium foil stock (alloy 1235, 0.007 mm) shipped from the port of Piraeus, Greece, on 28 October 2026 under the above contract.',
        'The primary aluminium contained in this material was smelted predominantly in Bahrain; the smaller remaining portion was smelted in Oman. The rolling slabs were cast at the mill of our supplier in Greece, which also rolled the foil.',
        'Our company acts as trader only and neither smelts nor casts metal. Please contact us should you require mill certificates for the individual coils.',
      ],
      signer: 'Laurent Favre, Head of Operations',
      bank: 'Bank: UBS Switzerland AG, Zürich · IBAN CH93 0027 3273 1234 5678 9 · VAT CHE-112.334.556 · Registered in Geneva',
      stated: { smeltLargest: 'BH', smeltSecond: 'OM', cast: 'GR' },
      product: '1235',
    }),
  ),
  made(
    ids(6),
    "Trader's letter on letterhead, prose",
    'png',
    traderLetter({
      trader: party('Nordic Aluminium Brokers AB', 'Skeppsbron 28, 111 30 Stockholm, Sweden'),
      recipient: party('Midwest Rail Components LLC', '5600 W 73rd St, Chicago, IL 60638, USA'),
      place: 'Stockholm',
      date: ['26 November 2026', '2026-11-26'],
      reference: 'AIM information for extrusion ingot shipment, your order MRC-4471',
      paragraphs: [
        'As requested for your import licence application, we give below the origin of the extrusion billets (alloy 6005A) loaded at Rotterdam, the Netherlands, for discharge at Baltimore.',
        'All of the primary aluminium in these billets was smelted in Canada, at a single smelter in Quebec; no metal from any other country was used. The billets were cast in Canada at the same site.',
        'The billets were sold to us by a Dutch distributor, which explains the Dutch port of loading and the country of dispatch on the commercial invoice.',
      ],
      signer: 'Karin Lindqvist, Trade Compliance',
      bank: 'SEB, Stockholm · IBAN SE45 5000 0000 0583 9825 7466 · Org.nr 556677-8899',
      stated: { smeltLargest: 'CA', smeltSecond: 'N/A', cast: 'CA' },
      product: '6005A',
    }),
    scan(250, 0.3, 0.0007, 803),
  ),
  made(
    ids(7),
    'Printed e-mail from a remelter, recycled content',
    'text-pdf',
    printedEmail({
      from: 'Rafael Ortega <r.ortega@reciclados-aluminio.mx>',
      to: 'Jennifer Walsh <jwalsh@sunbeltdiecast.com>',
      cc: 'compras@reciclados-aluminio.mx',
      sent: 'Tuesday, November 24, 2026 9:41 AM',
      date: '2026-11-24',
      subject: 'RE: AIM smelt/cast info - A380 ingot PO 88123',
      lines: [
        'Hi Jennifer,',
        'Regarding your question for the AIM licence: our A380 secondary ingots are produced 100% from post-consumer and industrial aluminium scrap collected in Mexico and the U.S. No primary aluminium is added, so there is no country of smelt for this material.',
        'The ingots are melted and cast at our plant in Monterrey, Nuevo León, Mexico. Shipment goes by truck through Laredo, TX.',
        'Let me know if you need the chemistry report too.',
      ],
      signature: [
        'Rafael Ortega',
        'Export Sales',
        'Reciclados de Aluminio del Norte S.A. de C.V.',
        'Av. Industrial 1450, Apodaca, N.L., México',
      ],
      quoted: [
        'From: Jennifer Walsh   Sent: Monday, November 23, 2026 4:15 PM',
        'Rafael, for our AIM import licence I need the country of smelt (largest and second) and country of cast for PO 88123. Thanks, Jen',
      ],
      issuer: 'Reciclados de Aluminio del Norte S.A. de C.V.',
      stated: { smeltLargest: 'N/A', smeltSecond: 'N/A', cast: 'MX' },
      product: 'A380',
    }),
    undefined,
    'letter',
  ),
  made(
    ids(8),
    'Printed e-mail from a supplier, origin answer',
    'jpeg',
    printedEmail({
      from: 'Priya Nair <priya.nair@deccanrolling.co.in>',
      to: 'Mark Dunn <mdunn@atlanticsheetmetal.com>',
      cc: 'exports@deccanrolling.co.in',
      sent: 'Friday, October 30, 2026 11:02 AM',
      date: '2026-10-30',
      subject: 'Smelt and cast countries - 3003 H14 coils, invoice DRM/EX/2611',
      lines: [
        'Dear Mark,',
        'Please find the requested details for the coils shipped from Nhava Sheva on 12 October 2026:',
        'Country of smelt (largest): India',
        'Country of smelt (second largest): United Arab Emirates',
        'Country of cast: India',
        'The slabs were cast at our Taloja works. Our head office is in Mumbai; the goods are of Indian origin.',
      ],
      signature: [
        'Best regards,',
        'Priya Nair',
        'Deccan Rolling Mills Pvt. Ltd.',
        'MIDC Taloja, Navi Mumbai 410208, India',
      ],
      quoted: [
        'From: Mark Dunn   Sent: Wednesday, October 28, 2026 8:30 AM',
        'Priya, CBP/AIM requires smelt and cast countries for the 3003 coils. Could you confirm? Mark',
      ],
      issuer: 'Deccan Rolling Mills Pvt. Ltd.',
      stated: { smeltLargest: 'IN', smeltSecond: 'AE', cast: 'IN' },
      product: '3003',
    }),
    scan(200, -0.4, 0.0009, 804),
    'letter',
  ),
  made(
    ids(9),
    'Spanish/English mill test certificate 3.1, origin in header grid',
    'text-pdf',
    spanishMillCertificate({
      issuer: party(
        'Laminados del Cantábrico S.A.',
        'Polígono Industrial de Guarnizo, 39611 El Astillero, Cantabria, España',
      ),
      customer: party('Hudson Valley Fabricators Inc.', '17 River St, Poughkeepsie, NY 12601, USA'),
      number: 'LC-26-11902',
      date: ['06/11/2026', '2026-11-06'],
      shipDate: '12/11/2026',
      alloy: '5754',
      product: 'Chapa laminada / Rolled sheet H111',
      loading: 'Santander, España',
      discharge: 'New York, USA',
      coils: ['B26-7781', 'B26-7782', 'B26-7783'],
      smelt1: 'Noruega / Norway',
      smelt2: 'España / Spain',
      cast: 'España / Spain',
      stated: { smeltLargest: 'NO', smeltSecond: 'ES', cast: 'ES' },
      seed: 52,
    }),
  ),
  made(
    ids(10),
    'Spanish/English mill test certificate 3.1, origin in header grid',
    'png',
    spanishMillCertificate({
      issuer: party(
        'Aluminios Laminados de Veracruz S.A. de C.V.',
        'Carretera Federal 180 Km 12, 91697 Veracruz, México',
      ),
      customer: party('Gulf Coast Trailer Supply LLC', '910 Industrial Blvd, Houston, TX 77029, USA'),
      number: 'ALV-0926-334',
      date: ['21/09/2026', '2026-09-21'],
      shipDate: '25/09/2026',
      alloy: '3105',
      product: 'Lámina pintada / Painted coil H25',
      loading: 'Veracruz, México',
      discharge: 'Houston, TX, USA',
      coils: ['V-55120', 'V-55121'],
      smelt1: 'Brasil / Brazil',
      smelt2: 'Argentina',
      cast: 'México / Mexico',
      stated: { smeltLargest: 'BR', smeltSecond: 'AR', cast: 'MX' },
      seed: 63,
    }),
    scan(300, -0.3, 0.0006, 805),
  ),
  made(
    ids(11),
    'French/English foundry ingot certificate 3.1, origin sentence',
    'text-pdf',
    frenchFoundryCertificate({
      issuer: party('Fonderie Alpine de Savoie SAS', '12 avenue des Forges, 73400 Ugine, France'),
      customer: party('Lakeshore Castings Co.', '300 Marine Dr, Muskegon, MI 49441, USA'),
      number: 'FAS-3.1-26-0587',
      date: ['27 octobre 2026', '2026-10-27'],
      alloy: 'AlSi7Mg0,3',
      heats: ['C26-1187', 'C26-1188', 'C26-1191'],
      statement:
        "Métal primaire d'électrolyse à 100 % d'origine France (Saint-Jean-de-Maurienne), aucun autre pays. Coulé dans notre usine d'Ugine, France. / 100 % primary metal smelted in France (Saint-Jean-de-Maurienne), no other country. Cast at our Ugine plant, France.",
      stated: { smeltLargest: 'FR', smeltSecond: 'N/A', cast: 'FR' },
      seed: 27,
    }),
  ),
  made(
    ids(12),
    'French/English foundry ingot certificate 3.1, origin sentence',
    'jpeg',
    frenchFoundryCertificate({
      issuer: party('Alliages du Québec Inc.', '455 boulevard Industriel, Bécancour (Québec) G9H 2V3, Canada'),
      customer: party('Ohio Valley Die Casting', '2200 Spring Grove Ave, Cincinnati, OH 45214, USA'),
      number: 'ADQ-26-2214',
      date: ['4 novembre 2026', '2026-11-04'],
      alloy: 'A356.2',
      heats: ['Q6-4410', 'Q6-4411'],
      statement:
        'Aluminium primaire électrolysé principalement au Canada et, pour le reste, aux États-Unis ; lingots coulés au Canada (Bécancour). / Primary aluminium smelted mainly in Canada, the balance in the United States; ingots cast in Canada (Bécancour).',
      stated: { smeltLargest: 'CA', smeltSecond: 'US', cast: 'CA' },
      seed: 38,
    }),
    scan(250, 0.6, 0.0005, 806),
  ),
  made(
    ids(13),
    'ERP-printed mill test certificate (monospace), origin key/value lines',
    'text-pdf',
    erpMillCertificate({
      issuer: party('Thanh Long Aluminium Co., Ltd.', 'Lot B4, Nhon Trach 2 Industrial Park, Dong Nai, Vietnam'),
      buyer: party('Sierra Building Products Inc.', '3300 Power Inn Rd, Sacramento, CA 95826, USA'),
      consignee: party('Sierra Building Products Inc. c/o Oakland DC', 'Berth 57, Port of Oakland, CA 94607, USA'),
      number: 'TLA/MTC/26/10455',
      contract: 'TLA-SBP-2026-07',
      date: ['2026-10-19', '2026-10-19'],
      loading: 'CAT LAI, HO CHI MINH CITY, VIETNAM',
      destination: 'OAKLAND, USA',
      alloy: '1100 H14',
      spec: 'ALUMINIUM PLAIN COIL ASTM B209',
      lines: [
        ['COUNTRY OF SMELT - LARGEST', 'AUSTRALIA (AU)'],
        ['COUNTRY OF SMELT - SECOND', 'INDONESIA (ID)'],
        ['COUNTRY OF MOST RECENT CAST', 'VIETNAM (VN)'],
        ['COUNTRY OF ORIGIN', 'VIETNAM'],
      ],
      stated: { smeltLargest: 'AU', smeltSecond: 'ID', cast: 'VN' },
      seed: 19,
    }),
  ),
  made(
    ids(14),
    'ERP-printed mill test certificate (monospace), origin key/value lines',
    'tiff',
    erpMillCertificate({
      issuer: party(
        'Siam Aluminium Rolling Public Co., Ltd.',
        '99 Moo 4, Amata City Chonburi, Chonburi 20000, Thailand',
      ),
      buyer: party('Tri-State HVAC Supply', '45 Ferry St, Newark, NJ 07105, USA'),
      consignee: party('Tri-State HVAC Supply', '45 Ferry St, Newark, NJ 07105, USA'),
      number: 'SAR-QA-2611-0078',
      contract: 'SC/26/TS/118',
      date: ['11-NOV-2026', '2026-11-11'],
      loading: 'LAEM CHABANG, THAILAND',
      destination: 'NEW YORK, USA',
      alloy: '3003 H24',
      spec: 'ALUMINIUM COIL FOR HVAC DUCTING',
      lines: [
        ['SMELTER COUNTRY (PRIMARY, MAJOR)', 'SAUDI ARABIA (SA)'],
        ['SMELTER COUNTRY (MINOR)', 'QATAR (QA)'],
        ['CAST HOUSE LOCATION', 'CHONBURI, THAILAND'],
      ],
      stated: { smeltLargest: 'SA', smeltSecond: 'QA', cast: 'TH' },
      seed: 58,
    }),
    scan(300, -0.5, 0.0007, 807),
  ),
  made(
    ids(15),
    "Remelter's certificate of conformance and metal origin, table",
    'text-pdf',
    recycledContentCertificate({
      issuer: party('Granite State Remelt Inc.', '41 Mill Pond Rd, Claremont, NH 03743, USA'),
      customer: party('Maple Leaf Extrusions Ltd.', '2180 Industrial Pkwy, Cambridge, ON N3H 4R7, Canada'),
      number: 'GSR-COC-26-1142',
      date: ['11/16/2026', '2026-11-16'],
      product: 'Extrusion billet 7" dia., homogenized',
      alloy: '6061',
      invoice: 'INV-77412',
      invoiceDate: '11/18/2026',
      table: [
        ['Primary aluminum content', '22 %'],
        ['Recycled (scrap) content', '78 %'],
        ['Country of smelt, largest share of primary', 'Canada'],
        ['Country of smelt, second largest share', 'United States'],
        ['Country where billet was cast', 'United States'],
      ],
      note: 'Primary units were purchased as P1020 sow from a metals trader; scrap was sourced in New England.',
      stated: { smeltLargest: 'CA', smeltSecond: 'US', cast: 'US' },
    }),
    undefined,
    'letter',
  ),
  made(
    ids(16),
    "Remelter's certificate of conformance and metal origin, table",
    'image-pdf',
    recycledContentCertificate({
      issuer: party('Rheinland Sekundäraluminium GmbH', 'Hafenstraße 90, 47119 Duisburg, Germany'),
      customer: party('Carolina Wheel & Casting Inc.', '600 Foundry Ln, Greenville, SC 29605, USA'),
      number: 'RSA-26-3318',
      date: ['28 Oct 2026', '2026-10-28'],
      product: 'Secondary foundry alloy in 7 kg ingots',
      alloy: 'AlSi9Cu3(Fe)',
      invoice: '90022871',
      invoiceDate: '02 Nov 2026',
      table: [
        ['Primary aluminium content', '0 % – none'],
        ['Recycled content', '100 % (purchased scrap, EU origin)'],
        ['Country of smelt (largest)', 'not applicable – no primary metal'],
        ['Country of smelt (second)', 'not applicable'],
        ['Country of cast', 'Germany'],
      ],
      note: 'Remelted and cast at our Duisburg works. Shipped via Antwerp, Belgium, to Charleston, SC.',
      stated: { smeltLargest: 'N/A', smeltSecond: 'N/A', cast: 'DE' },
    }),
    scan(250, 0.4, 0.0008, 808),
    'letter',
  ),
];
