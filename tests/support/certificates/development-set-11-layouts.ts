import { made, type Party } from './case-helpers';
import type { CertificateCase, CertificateForm, ExpectedFields, ScanOptions } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * The layouts of development set 11 (development-set-11.ts holds its cases): the eighth held-out
 * set, written on 2026-11-30 by another engineer without looking at the reader and sealed until
 * the reader was measured on it once (82.8 %), moved here to be examined and tuned on. Its
 * layouts are unchanged; only the ids and exports are renamed.
 */

interface Doc {
  readonly html: string;
  readonly expected: ExpectedFields;
  /** Set by the layouts printed on U.S. letter; the others print on A4. */
  readonly paper?: 'letter';
}

type Origins = Pick<ExpectedFields, 'smeltLargest' | 'smeltSecond' | 'cast'>;

// A. German/English 3.1 from an extruder: the AIM data in a "Herkunft des Metalls / Metal origin" block under the tests.
export function germanExtrusion(p: {
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

// The questions of Part 3 of the importer's form, the same on every copy of it.
const partThree = [
  '8. Country where the largest volume of primary aluminum was smelted',
  '9. Country where the second largest volume was smelted (if any)',
  '10. Country where the product was most recently cast',
  '11. Name of smelter(s), if known',
] as const;

// B. A U.S. importer's AIM supplier declaration form, filled in by the supplier, numbered questions.
export function importerQuestionnaire(p: {
  importer: Party;
  supplier: Party;
  contact: string;
  date: readonly [string, string];
  product: string;
  alloy: string;
  hts: string;
  origin: string;
  /** The supplier's answers to items 8–11 of Part 3, in order. */
  answers: readonly [largest: string, second: string, cast: string, smelters: string];
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
  <table>${partThree
    .map((q, i) => [q, p.answers[i]!] as const)
    .map(([q, a]) => `<tr><th style="width:55%">${e(q)}</th><td>${e(a)}</td></tr>`)
    .join('')}</table>
  <h3>Part 4 – Certification</h3>
  <p>I certify that the information above is true and correct to the best of my knowledge.</p>
  <table class="plain"><tr><td>Signature: <i>${e(p.contact.split(' / ')[0]!)}</i></td><td>Date signed: ${e(p.date[0])}</td></tr></table>
  <p class="small">Please do not alter this form. Questions: compliance@${e(p.importer.name.split(' ')[0]!.toLowerCase())}.com</p>`;
  return {
    paper: 'letter',
    html: htmlPage('AIM supplier declaration', pageStyle('sans', 'letter'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.supplier.name, product: p.alloy.split(' ')[0]! },
  };
}

// C. A trader's letter on letterhead, all in prose.
export function traderLetter(p: {
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
export function printedEmail(p: {
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
    paper: 'letter',
    html: htmlPage(p.subject, pageStyle('sans', 'letter'), body),
    expected: { ...p.stated, documentDate: p.date, issuer: p.issuer, ...(p.product ? { product: p.product } : {}) },
  };
}

// E. Spanish/English quality certificate from a rolling mill: origin fields in the header grid.
export function spanishMillCertificate(p: {
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
export function frenchFoundryCertificate(p: {
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
export function erpMillCertificate(p: {
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
export function recycledContentCertificate(p: {
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
    paper: 'letter',
    html: htmlPage(`Certificate ${p.number}`, pageStyle('sans', 'letter'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

/** A case of this set: `dev11-01`, … (the paper is the layout's, as every layout here prints on one). */
export const item = (
  id: number,
  kind: string,
  form: CertificateForm,
  doc: Doc,
  scanned?: ScanOptions,
): CertificateCase =>
  made(
    `dev11-${String(id).padStart(2, '0')}`,
    kind,
    form,
    { html: doc.html, expected: doc.expected },
    scanned,
    doc.paper,
  );
