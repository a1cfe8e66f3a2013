import type { CertificateCase, CertificateForm, ExpectedFields, ScanOptions } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * A SEALED held-out set (the seventh): 16 supplier documents, 8 with a text layer and 8 scans,
 * written on 2026-11-30 between 13:14 and 13:18 UTC without looking at the reader or at any
 * development set, and committed before the reader was run on it. Its layouts and issuers differ
 * from the sixth set's. It is a sample of what mills, foundries and traders send an importer:
 * nothing in it is tuned to the reader or against it. Do not edit its cases to make the reader
 * pass; once measured and examined, it becomes a development set and a fresh held-out set is written.
 */

interface Party {
  readonly name: string;
  readonly address: string;
}

interface Made {
  readonly html: string;
  readonly expected: ExpectedFields;
}

type Stated = Omit<ExpectedFields, 'documentDate' | 'issuer' | 'product'>;

const scan = (dpi: number, rotateDeg: number, noise: number, seed: number): ScanOptions => ({
  dpi,
  rotateDeg,
  noise,
  seed,
});

// I. Italian/English 3.1 for foil or strip: the AIM lines sit under the chemistry as "Origine del metallo / Metal origin".
function italianCertificate(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  product: string;
  origin: readonly (readonly [string, string])[];
  stated: Stated;
  seed: number;
}): Made {
  const body = `
  <table class="plain"><tr><td><h1>${e(p.issuer.name)}</h1><span class="small">${e(p.issuer.address)} · P.IVA IT0${p.seed}482219056</span></td>
  <td class="right" style="width:40%"><b>CERTIFICATO DI CONTROLLO 3.1<br>INSPECTION CERTIFICATE 3.1</b><br><span class="small">UNI EN 10204</span></td></tr></table>
  <table>
  <tr><th>N. certificato / Certificate No.</th><td>${e(p.number)}</td><th>Data / Date</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Cliente / Customer</th><td colspan="3">${e(p.customer.name)} – ${e(p.customer.address)}</td></tr>
  <tr><th>Prodotto / Product</th><td>${e(p.product)}</td><th>Lega / Alloy</th><td>${e(p.alloy)}</td></tr>
  <tr><th>Colata n. / Cast No.</th><td>${p.seed}6${p.seed}41</td><th>Bobine / Coils</th><td>${p.seed + 3}</td></tr>
  </table>
  <h3>Analisi chimica / Chemical analysis (%)</h3>${chemistryTable(p.alloy, p.seed)}
  <h3>Prove meccaniche / Mechanical tests</h3>${mechanicalTable(p.seed)}
  <h3>Origine del metallo / Metal origin</h3>
  <table class="plain">${p.origin.map(([k, v]) => `<tr><td style="width:52%">${e(k)}</td><td><b>${e(v)}</b></td></tr>`).join('')}</table>
  <p class="small">Si certifica che il materiale è conforme all'ordine. / We certify that the material complies with the order.</p>
  <p class="sign">Il Responsabile Controllo Qualità / Quality Control Manager</p>`;
  return {
    html: htmlPage(`Certificato ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

// J. An ERP print-out in a fixed-width font: upper-case keys with dot leaders, as old mill systems print them.
function erpPrintout(p: {
  issuer: string;
  address: string;
  number: string;
  printed: readonly [string, string];
  lines: readonly (readonly [string, string])[];
  stated: Stated;
  alloy: string;
}): Made {
  const pad = (k: string) => `${k} `.padEnd(30, '.');
  const text = [
    `${p.issuer.toUpperCase()}`,
    `${p.address.toUpperCase()}`,
    ''.padEnd(78, '='),
    `CERTIFICATE OF QUALITY / MATERIAL TEST REPORT            NO. ${p.number}`,
    `PRINT DATE: ${p.printed[0]}                                  PAGE 1 OF 1`,
    ''.padEnd(78, '-'),
    ...p.lines.map(([k, v]) => `${pad(k)}: ${v}`),
    ''.padEnd(78, '-'),
    'CHEM   SI    FE    CU    MN    MG    CR    ZN    TI',
    `       0.42  0.19  0.02  0.05  0.51  0.01  0.03  0.02`,
    'MECH   UTS 221 MPA   YS 192 MPA   ELONG 12 %   HW 11 HBW',
    ''.padEnd(78, '-'),
    'THIS IS A COMPUTER GENERATED DOCUMENT AND IS VALID WITHOUT SIGNATURE.',
  ].join('\n');
  const body = `<pre style="font-size:9pt;line-height:1.35;margin:0">${e(text)}</pre>`;
  return {
    html: htmlPage(`MTR ${p.number}`, pageStyle('mono', 'letter'), body),
    expected: { ...p.stated, documentDate: p.printed[1], issuer: p.issuer.toUpperCase(), product: p.alloy },
  };
}

// K. A supplier's metal-source questionnaire with a table of smelters (name, country, share) and a cast-house row.
function smelterTableQuestionnaire(p: {
  supplier: Party;
  requester: string;
  date: readonly [string, string];
  product: string;
  alloy: string;
  smelters: readonly (readonly [name: string, country: string, share: string])[];
  castHouse: readonly [name: string, country: string];
  stated: Stated;
  note: string;
}): Made {
  const rows = p.smelters
    .map(([n, c, s], i) => `<tr><td>${i + 1}</td><td>${e(n)}</td><td>${e(c)}</td><td class="right">${e(s)}</td></tr>`)
    .join('');
  const body = `
  <h1>Primary Aluminium Source Questionnaire</h1>
  <p class="small">Requested by: ${e(p.requester)} · for U.S. Aluminum Import Monitoring (AIM) licence applications</p>
  <h2>Part A – Respondent</h2>
  <table class="plain"><tr><td style="width:30%">Company</td><td><b>${e(p.supplier.name)}</b></td></tr>
  <tr><td>Address</td><td>${e(p.supplier.address)}</td></tr>
  <tr><td>Products covered</td><td>${e(p.product)}</td></tr>
  <tr><td>Date completed</td><td>${e(p.date[0])}</td></tr></table>
  <h2>Part B – Smelters supplying primary aluminium (by share of primary metal)</h2>
  <table><tr><th>#</th><th>Smelter</th><th>Country of smelter</th><th>Share %</th></tr>${rows}</table>
  <h2>Part C – Casting</h2>
  <table><tr><th>Cast house where the product was last cast</th><th>Country</th></tr><tr><td>${e(p.castHouse[0])}</td><td>${e(p.castHouse[1])}</td></tr></table>
  <h2>Part D – Remarks</h2><p>${e(p.note)}</p>
  <p class="sign">Completed by: Compliance Officer, ${e(p.supplier.name)}</p>`;
  return {
    html: htmlPage('Primary aluminium source questionnaire', pageStyle('sans', 'a4'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.supplier.name, product: p.alloy },
  };
}

// L. A U.S.-style certificate of compliance for extrusions; the smelt and cast facts are numbered notes at the bottom.
function complianceWithNotes(p: {
  issuer: Party;
  soldTo: Party;
  number: string;
  date: readonly [string, string];
  po: string;
  alloy: string;
  parts: readonly (readonly [string, string, string])[];
  notes: readonly string[];
  stated: Stated;
}): Made {
  const rows = p.parts
    .map(([part, desc, qty]) => `<tr><td>${e(part)}</td><td>${e(desc)}</td><td class="right">${e(qty)}</td></tr>`)
    .join('');
  const body = `
  <div class="head"><div><h1 style="font-style:italic">${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right"><b>CERTIFICATE OF COMPLIANCE</b><br>C of C No. ${e(p.number)}</div></div>
  <table class="plain"><tr><td><b>Customer:</b> ${e(p.soldTo.name)}<br>${e(p.soldTo.address)}</td>
  <td class="right"><b>Date:</b> ${e(p.date[0])}<br><b>Customer P.O.:</b> ${e(p.po)}</td></tr></table>
  <table><tr><th>Part number</th><th>Description</th><th>Quantity</th></tr>${rows}</table>
  <p>We certify that the above material was produced in alloy ${e(p.alloy)} and tested in accordance with ASTM B221 and the Aluminum Association Standards and Data, and that it conforms to the requirements of the purchase order. Test reports are on file and available on request.</p>
  <p><b>Notes:</b></p><ol style="margin:0 0 6pt 14pt;padding:0">${p.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ol>
  <p class="sign">_______________________<br>Quality Manager</p>`;
  return {
    html: htmlPage(`C of C ${p.number}`, pageStyle('sans', 'letter'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

// M. A sworn declaration in prose, signed before a notary, as some traders send for AIM.
function swornDeclaration(p: {
  declarant: string;
  company: Party;
  city: string;
  sworn: readonly [string, string];
  goods: string;
  alloy: string;
  statements: readonly string[];
  stated: Stated;
}): Made {
  const body = `
  <h1 style="text-align:center;font-size:14pt;margin-bottom:10pt">DECLARATION OF METAL SOURCE</h1>
  <p>I, ${e(p.declarant)}, of ${e(p.company.name)}, ${e(p.company.address)} (“the Company”), being duly authorised to make this declaration on its behalf, hereby declare as follows:</p>
  <ol style="margin:0 0 8pt 14pt;padding:0;line-height:1.45">
  <li>The Company sold to its customer the goods described as ${e(p.goods)}.</li>
  ${p.statements.map((s) => `<li>${e(s)}</li>`).join('')}
  <li>The statements above are made on the basis of the Company's purchase records and the certificates of its suppliers, which will be kept for at least five years.</li></ol>
  <p>I make this declaration conscientiously believing it to be true.</p>
  <p class="sign">Declared at ${e(p.city)} this ${e(p.sworn[0])}.</p>
  <table class="plain" style="margin-top:18pt"><tr><td style="width:50%">______________________<br>${e(p.declarant)}</td>
  <td>______________________<br>Before me: Notary Public<br><span class="stamp">NOTARY · SEAL</span></td></tr></table>`;
  return {
    html: htmlPage('Declaration of metal source', pageStyle('serif', 'letter'), body),
    expected: { ...p.stated, documentDate: p.sworn[1], issuer: p.company.name, product: p.alloy },
  };
}

// N. Two pages: a mill certificate without AIM data, then an annex page that states it.
function certificateWithAnnex(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  annexDate: string;
  alloy: string;
  product: string;
  annex: readonly (readonly [string, string])[];
  stated: Stated;
  seed: number;
}): Made {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right"><b>Mill Certificate EN 10204 – 3.1</b><br>No. ${e(p.number)}<br>Issued: ${e(p.date[0])}</div></div>
  <table><tr><th>Purchaser</th><td>${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><th>Product</th><td>${e(p.product)}</td></tr><tr><th>Alloy / temper</th><td>${e(p.alloy)}</td></tr></table>
  <h3>Chemical composition (%)</h3>${chemistryTable(p.alloy, p.seed)}
  <h3>Mechanical properties</h3>${mechanicalTable(p.seed)}
  <p>Annex 1 (AIM metal source) forms part of this certificate.</p>
  <p class="sign">Inspector: ______________ &nbsp;<span class="stamp">Q.C. APPROVED</span></p>
  <div style="break-before:page"></div>
  <h2>Annex 1 to certificate ${e(p.number)} – Aluminium Import Monitoring metal source</h2>
  <table>${p.annex.map(([k, v]) => `<tr><th style="width:50%">${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</table>
  <p class="small">Date of annex: ${e(p.annexDate)}</p>`;
  return {
    html: htmlPage(`Certificate ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy.split(' ')[0] },
  };
}

// O. A foundry's casting certificate: where the product was cast; smelt not known to the foundry.
function castingCertificate(p: {
  issuer: Party;
  customer: Party;
  number: string;
  date: readonly [string, string];
  alloy: string;
  part: string;
  castLine: string;
  smeltLine: string;
  stated: Stated;
  seed: number;
}): Made {
  const body = `
  <div style="background:#e9eef3;padding:6pt 8pt;margin-bottom:8pt"><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <h2>Casting Certificate No. ${e(p.number)}</h2>
  <table class="plain"><tr><td style="width:25%">Date</td><td>${e(p.date[0])}</td></tr>
  <tr><td>Customer</td><td>${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><td>Part</td><td>${e(p.part)}</td></tr><tr><td>Alloy</td><td>${e(p.alloy)}</td></tr>
  <tr><td>Melt / batch</td><td>M${p.seed}2${p.seed}9-A, M${p.seed}2${p.seed}9-B</td></tr></table>
  ${chemistryTable(p.alloy, p.seed)}
  <p>${e(p.castLine)}</p>
  <p>${e(p.smeltLine)}</p>
  <p>Heat treatment: T6 (solution 535 °C / 8 h, water quench, age 160 °C / 6 h). Radiographic inspection to ASTM E155 level 2: passed.</p>
  <p class="sign">Foundry Quality Engineer</p>`;
  return {
    html: htmlPage(`Casting certificate ${p.number}`, pageStyle('serif', 'a4'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
  };
}

// P. A trader's metal-source sheet: one grid of alpha-3 codes and shares, next to a certificate-of-origin box.
function traderSourceGrid(p: {
  trader: Party;
  buyer: Party;
  mill: Party;
  number: string;
  date: readonly [string, string];
  vessel: string;
  product: string;
  alloy: string;
  grid: readonly (readonly [string, string, string])[];
  origin: string;
  stated: Stated;
}): Made {
  const body = `
  <div class="head"><div><h1>${e(p.trader.name)}</h1><div class="small">${e(p.trader.address)}</div></div>
  <div class="right">Ref. ${e(p.number)}<br>${e(p.date[0])}</div></div>
  <h2>Metal Source Statement</h2>
  <table class="plain"><tr><td style="width:22%">Buyer</td><td>${e(p.buyer.name)}, ${e(p.buyer.address)}</td></tr>
  <tr><td>Producing mill</td><td>${e(p.mill.name)}, ${e(p.mill.address)}</td></tr>
  <tr><td>Material</td><td>${e(p.product)}</td></tr><tr><td>Vessel / B/L</td><td>${e(p.vessel)}</td></tr></table>
  <div style="display:flex;gap:12pt">
  <table style="flex:2"><tr><th>Stage</th><th>Country (ISO 3166 alpha-3)</th><th>Share of primary Al</th></tr>
  ${p.grid.map(([a, b, c]) => `<tr><td>${e(a)}</td><td>${e(b)}</td><td>${e(c)}</td></tr>`).join('')}</table>
  <div style="flex:1;border:1pt solid #333;padding:4pt;margin:3pt 0 6pt"><b>Certificate of origin</b><br>Country of origin: ${e(p.origin)}<br>Issued by the chamber of commerce of the exporting country; copy attached.</div></div>
  <p>We confirm the above based on the producing mill's declaration. The trader did not process the material.</p>
  <p class="sign">${e(p.trader.name)} – Contracts Department</p>`;
  return {
    html: htmlPage(`Metal source statement ${p.number}`, pageStyle('sans', 'a4'), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.trader.name, product: p.alloy },
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
    id: `held7-${String(id).padStart(2, '0')}`,
    kind,
    form,
    paper,
    html: made.html,
    expected: made.expected,
    ...(scanned ? { scan: scanned } : {}),
  } satisfies CertificateCase;
}

export const heldOutSet7: readonly CertificateCase[] = [
  item(
    1,
    'Italian/English 3.1, metal origin lines under the tests',
    'text-pdf',
    'a4',
    italianCertificate({
      issuer: {
        name: 'Laminazione Sottile Veneta S.p.A.',
        address: 'Via dell’Artigianato 40, 36015 Schio (VI), Italia',
      },
      customer: { name: 'Empire Flexible Packaging Corp.', address: '18 Canal St, Lowell, MA 01852, USA' },
      number: 'LSV-26-09318',
      date: ['23/10/2026', '2026-10-23'],
      alloy: '8079',
      product: 'Foglio / Foil 0.040 mm',
      origin: [
        ['Paese di fusione primario / Primary country of smelt', 'Islanda / Iceland'],
        ['Paese di fusione secondario / Secondary country of smelt', 'Norvegia / Norway'],
        ['Paese di colata / Country of cast', 'Italia / Italy'],
      ],
      stated: { smeltLargest: 'IS', smeltSecond: 'NO', cast: 'IT' },
      seed: 2,
    }),
  ),
  item(
    2,
    'Italian/English 3.1, metal origin lines under the tests (scan)',
    'jpeg',
    'a4',
    italianCertificate({
      issuer: { name: 'Nastri Alluminio Bresciani S.r.l.', address: 'Via Industriale 9, 25016 Ghedi (BS), Italia' },
      customer: { name: 'Carolina HVAC Components', address: '300 Fin Ave, Greenville, SC 29605, USA' },
      number: 'NAB 3.1 / 2026 / 771',
      date: ['09/11/2026', '2026-11-09'],
      alloy: '3102',
      product: 'Nastro / Strip 0.25 x 42 mm',
      origin: [
        ['Paese di fusione / Country of smelt', 'Emirati Arabi Uniti / United Arab Emirates'],
        ['Paese di colata / Country of cast', 'Italia / Italy'],
      ],
      stated: { smeltLargest: 'AE', cast: 'IT' },
      seed: 6,
    }),
    scan(300, -0.5, 0.0006, 702),
  ),
  item(
    3,
    'fixed-width ERP print-out with dot leaders',
    'text-pdf',
    'letter',
    erpPrintout({
      issuer: 'Ontario Rolled Products Ltd.',
      address: '2250 Industrial Rd, Cambridge, ON N3H 4R7, Canada',
      number: 'ORP0048817',
      printed: ['2026-11-04', '2026-11-04'],
      lines: [
        ['CUSTOMER', 'MIDWEST TRAILER BODIES INC, ELKHART IN USA'],
        ['CUST PO', '554120'],
        ['SHIP DATE', '2026-11-06'],
        ['PRODUCT', 'SHEET 5052-H34 .080 X 48 X 144'],
        ['ALLOY', '5052'],
        ['LOT / CAST NO', '26A118-4 / 7731'],
        ['NET WT LBS', '38,420'],
        ['COUNTRY OF SMELT (PRIMARY)', 'CANADA'],
        ['COUNTRY OF SMELT (SECONDARY)', 'UNITED STATES'],
        ['COUNTRY OF CAST', 'CANADA'],
        ['COUNTRY OF ORIGIN', 'CANADA'],
      ],
      stated: { smeltLargest: 'CA', smeltSecond: 'US', cast: 'CA' },
      alloy: '5052',
    }),
  ),
  item(
    4,
    'fixed-width ERP print-out with dot leaders (scan)',
    'tiff',
    'letter',
    erpPrintout({
      issuer: 'Siam Coil Aluminium Co., Ltd.',
      address: '99/9 Moo 4, Amata City Industrial Estate, Rayong 21000, Thailand',
      number: 'SCA-QC-261107',
      printed: ['07-NOV-2026', '2026-11-07'],
      lines: [
        ['CUSTOMER', 'PACIFIC RIM GUTTER SUPPLY, PORTLAND OR USA'],
        ['ORDER NO', 'PRG-2611'],
        ['PRODUCT', 'PAINTED COIL 3105-H24 0.60 MM'],
        ['COIL NO', 'R2611-0418 TO R2611-0423'],
        ['SMELTING COUNTRY', 'INDONESIA'],
        ['CASTING COUNTRY', 'THAILAND'],
        ['PORT OF LOADING', 'LAEM CHABANG'],
        ['DESTINATION', 'PORTLAND, OREGON'],
      ],
      stated: { smeltLargest: 'ID', cast: 'TH' },
      alloy: '3105',
    }),
    scan(300, 0.4, 0.0004, 704),
  ),
  item(
    5,
    'smelter table questionnaire with shares and cast house',
    'text-pdf',
    'a4',
    smelterTableQuestionnaire({
      supplier: {
        name: 'Hellas Extrusion Industry S.A.',
        address: '61st km Athens–Lamia National Road, 32011 Oinofyta, Greece',
      },
      requester: 'Mid-Atlantic Curtain Wall LLC, Newark, NJ',
      date: ['12 October 2026', '2026-10-12'],
      product: 'Extruded profiles in 6060 and 6063',
      alloy: '6060',
      smelters: [
        ['Aluminium of Greece (Agios Nikolaos)', 'Greece', '55'],
        ['Emirates Global Aluminium (Al Taweelah)', 'United Arab Emirates', '35'],
        ['Aluar (Puerto Madryn)', 'Argentina', '10'],
      ],
      castHouse: ['Hellas Extrusion cast house, Oinofyta', 'Greece'],
      stated: { smeltLargest: 'GR', smeltSecond: 'AE', cast: 'GR' },
      note: 'Shares are by weight of primary aluminium purchased in the third quarter of 2026. Goods ship from Piraeus.',
    }),
  ),
  item(
    6,
    'smelter table questionnaire with shares and cast house (scan)',
    'image-pdf',
    'a4',
    smelterTableQuestionnaire({
      supplier: {
        name: 'Cape Aluminium Products (Pty) Ltd',
        address: '14 Foundry Road, Epping Industria 2, Cape Town 7460, South Africa',
      },
      requester: 'Sunbelt Marine Supply Co., Tampa, FL',
      date: ['2026/10/26', '2026-10-26'],
      product: 'Marine plate 5083-H116',
      alloy: '5083',
      smelters: [
        ['Hillside smelter, Richards Bay', 'South Africa', '70'],
        ['Mozal, Maputo', 'Mozambique', '30'],
      ],
      castHouse: ['Cape Aluminium rolling slab cast house, Cape Town', 'South Africa'],
      stated: { smeltLargest: 'ZA', smeltSecond: 'MZ', cast: 'ZA' },
      note: 'Shipped ex Durban. Invoicing through our agent in London, United Kingdom.',
    }),
    scan(200, 0.7, 0.0008, 706),
  ),
  item(
    7,
    'certificate of compliance, smelt and cast in numbered notes',
    'text-pdf',
    'letter',
    complianceWithNotes({
      issuer: {
        name: 'Sierra Madre Extrusiones S.A. de C.V.',
        address: 'Av. Industrias 4410, Parque Industrial, Monterrey, N.L. 64540, México',
      },
      soldTo: { name: 'Lone Star RV Components', address: '1800 N Loop 12, Dallas, TX 75212' },
      number: 'SME-CC-26-2207',
      date: ['November 2, 2026', '2026-11-02'],
      po: 'LS-90331',
      alloy: '6063-T5',
      parts: [
        ['SM-4471', 'Window frame head, mill finish, 12 ft', '1,200'],
        ['SM-4472', 'Window frame sill, mill finish, 12 ft', '1,200'],
      ],
      notes: [
        'Material is free of mercury contamination.',
        'Primary aluminum in the billets was smelted in Canada; a smaller quantity was smelted in the United States.',
        'Billets were cast in Mexico at our Monterrey cast house.',
        'Shipped by truck via Laredo, TX.',
      ],
      stated: { smeltLargest: 'CA', smeltSecond: 'US', cast: 'MX' },
    }),
  ),
  item(
    8,
    'certificate of compliance, smelt and cast in numbered notes (scan)',
    'png',
    'letter',
    complianceWithNotes({
      issuer: {
        name: 'Bharat Precision Extrusions Ltd.',
        address: 'Plot 18, MIDC Chakan Phase II, Pune 410501, Maharashtra, India',
      },
      soldTo: { name: 'Heartland Solar Racking Inc.', address: '2100 Commerce Dr, Joliet, IL 60431' },
      number: 'BPE/COC/1142',
      date: ['19-10-2026', '2026-10-19'],
      po: 'HSR-4471-B',
      alloy: '6005-T5',
      parts: [['HS-RAIL-4200', 'Solar mounting rail 4.2 m, clear anodised', '6,400']],
      notes: [
        'Anodising to AA-M12C22A31, 12 micron minimum.',
        'Country of smelt: India. Country of cast: India.',
        'Port of loading: Nhava Sheva. Port of discharge: Chicago via New York.',
      ],
      stated: { smeltLargest: 'IN', cast: 'IN' },
    }),
    scan(200, -0.3, 0.0008, 708),
  ),
  item(
    9,
    'sworn declaration in prose before a notary',
    'text-pdf',
    'letter',
    swornDeclaration({
      declarant: 'Ahmed Al-Mansoori',
      company: {
        name: 'Gulf Metal Ingots Trading LLC',
        address: 'Office 1907, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, UAE',
      },
      city: 'Dubai',
      sworn: ['12th day of November, 2026', '2026-11-12'],
      goods: 'primary aluminium alloy ingots, alloy A356.2, 1,100 MT',
      alloy: 'A356',
      statements: [
        'The largest share of the primary aluminium contained in the goods was smelted in the Kingdom of Bahrain, and the second-largest share in the Sultanate of Oman.',
        'The goods were last cast into ingots in the Kingdom of Bahrain.',
        'The goods were shipped from Khalifa Bin Salman Port to Houston, Texas.',
      ],
      stated: { smeltLargest: 'BH', smeltSecond: 'OM', cast: 'BH' },
    }),
  ),
  item(
    10,
    'sworn declaration in prose before a notary (scan)',
    'tiff',
    'letter',
    swornDeclaration({
      declarant: 'Daniel Okafor',
      company: {
        name: 'Atlantic Secondary Metals Ltd.',
        address: 'Unit 4, Tinsley Industrial Park, Sheffield S9 1TZ, United Kingdom',
      },
      city: 'Sheffield',
      sworn: ['3rd day of November, 2026', '2026-11-03'],
      goods: 'secondary foundry ingot, alloy LM25 (A356 equivalent), 240 MT',
      alloy: 'LM25',
      statements: [
        'The goods were produced only from purchased aluminium scrap and contain no primary aluminium, so that no country of smelt applies (N/A).',
        'The goods were cast into ingots at the Company\u2019s furnace in Sheffield, United Kingdom.',
        'The scrap was bought from merchants in the United Kingdom and Ireland.',
      ],
      stated: { smeltLargest: 'N/A', cast: 'GB' },
    }),
    scan(300, -0.7, 0.0005, 710),
  ),
  item(
    11,
    'two-page mill certificate with an AIM annex on page 2',
    'text-pdf',
    'a4',
    certificateWithAnnex({
      issuer: { name: 'Carpathian Aluminium Works S.A.', address: 'Str. Pandurilor 1, 230101 Slatina, Olt, Romania' },
      customer: { name: 'Union Truck Body Supply', address: '455 Rail Yard Ln, Toledo, OH 43605, USA' },
      number: 'CAW-31-260877',
      date: ['2026-10-30', '2026-10-30'],
      annexDate: '2026-10-30',
      alloy: '5083 H321',
      product: 'Plate 8 x 2000 x 6000 mm',
      annex: [
        ['Smelter country – largest share', 'Romania'],
        ['Smelter country – second largest share', 'Not applicable (single smelter)'],
        ['Country where last cast', 'Romania'],
        ['Country of export', 'Romania'],
        ['Port of loading', 'Constanța'],
      ],
      stated: { smeltLargest: 'RO', smeltSecond: 'N/A', cast: 'RO' },
      seed: 11,
    }),
  ),
  item(
    12,
    'two-page mill certificate with an AIM annex on page 2 (scan)',
    'image-pdf',
    'a4',
    certificateWithAnnex({
      issuer: { name: 'Kazakh Rolled Metals JSC', address: '12 Promyshlennaya St, Pavlodar 140000, Kazakhstan' },
      customer: { name: 'Northern Plains Grain Bins Co.', address: '90 Elevator Rd, Sioux Falls, SD 57104, USA' },
      number: 'KRM 2026-4418',
      date: ['17.10.2026', '2026-10-17'],
      annexDate: '17.10.2026',
      alloy: '1050A H24',
      product: 'Sheet 1.5 x 1250 x 2500 mm',
      annex: [
        ['Smelter country – largest share', 'Kazakhstan (KZ)'],
        ['Country where last cast', 'Kazakhstan (KZ)'],
        ['Trader', 'Caspian Metals FZCO, Dubai, UAE'],
        ['Route', 'Rail to Poti, Georgia, then by sea'],
      ],
      stated: { smeltLargest: 'KZ', cast: 'KZ' },
      seed: 12,
    }),
    scan(200, 0.5, 0.0007, 712),
  ),
  item(
    13,
    'foundry casting certificate, cast only',
    'text-pdf',
    'a4',
    castingCertificate({
      issuer: {
        name: 'Fundição Atlântico Lda.',
        address: 'Zona Industrial de Oliveira de Azeméis, Lote 33, 3720-502, Portugal',
      },
      customer: { name: 'Precision Pump Housings Inc.', address: '1100 Valve Ct, Springfield, MO 65803, USA' },
      number: 'FA-CC-26/0935',
      date: ['5 de novembro de 2026 / 5 November 2026', '2026-11-05'],
      alloy: 'AlSi7Mg0.3',
      part: 'Pump housing PH-220, sand cast',
      castLine:
        'The castings listed were poured in our foundry in Oliveira de Azeméis, Portugal (country of cast: Portugal).',
      smeltLine:
        'The ingots were bought from a European distributor; the country of smelt of the primary aluminium is not known to us and has been requested from the distributor.',
      stated: { cast: 'PT' },
      seed: 4,
    }),
  ),
  item(
    14,
    'foundry casting certificate, cast only (scan)',
    'png',
    'a4',
    castingCertificate({
      issuer: {
        name: 'Bursa Döküm Sanayi A.Ş.',
        address: 'Nilüfer Organize Sanayi Bölgesi, Kırmızı Cad. No 8, 16140 Bursa, Turkey',
      },
      customer: { name: 'Great Western Transmission Parts', address: '77 Gearbox Rd, Reno, NV 89502, USA' },
      number: 'BD-2026-1883',
      date: ['24.10.2026', '2026-10-24'],
      alloy: 'EN AC-42100',
      part: 'Gearbox cover GC-14, gravity die cast',
      castLine: 'Döküm ülkesi / Country of cast: Türkiye.',
      smeltLine: 'Country of smelt: to be confirmed by the ingot supplier (Istanbul).',
      stated: { cast: 'TR' },
      seed: 5,
    }),
    scan(200, 0.8, 0.0009, 714),
  ),
  item(
    15,
    "trader's metal source grid in alpha-3 codes with a certificate-of-origin box",
    'text-pdf',
    'a4',
    traderSourceGrid({
      trader: { name: 'Lucerne Base Metals AG', address: 'Haldenstrasse 5, 6006 Luzern, Switzerland' },
      buyer: { name: 'Coastline Aluminum Wholesale', address: '5 Dock St, Charleston, SC 29401, USA' },
      mill: { name: 'Qatar Gulf Rolling W.L.L.', address: 'Mesaieed Industrial City, Qatar' },
      number: 'LBM-MSS-26-0417',
      date: ['28 Oct 2026', '2026-10-28'],
      vessel: 'MV Al Wakra / B/L QGR2610-07',
      product: 'Aluminium coil 1100-H14, 1.0 x 1220 mm',
      alloy: '1100',
      grid: [
        ['Smelt – largest', 'QAT', '80 %'],
        ['Smelt – second', 'SAU', '20 %'],
        ['Cast', 'QAT', '–'],
      ],
      origin: 'Qatar',
      stated: { smeltLargest: 'QA', smeltSecond: 'SA', cast: 'QA' },
    }),
  ),
  item(
    16,
    "trader's metal source grid in alpha-3 codes (scan)",
    'jpeg',
    'a4',
    traderSourceGrid({
      trader: {
        name: 'Straits Metal Resources Pte. Ltd.',
        address: '8 Marina View, #21-04 Asia Square Tower 1, Singapore 018960',
      },
      buyer: { name: 'Bayou Boat Trailers LLC', address: '2450 Industrial Blvd, Houma, LA 70363, USA' },
      mill: { name: 'Pacific Coil Aluminium Co. Ltd.', address: 'Binh Duong Province, Vietnam' },
      number: 'SMR/2026/0962',
      date: ['3 Nov 2026', '2026-11-03'],
      vessel: 'MV ONE Harmony / B/L ONEY SGN 266102',
      product: 'Tread plate 3003-H22, 3.0 mm',
      alloy: '3003',
      grid: [
        ['Smelt – largest', 'AUS', '60 %'],
        ['Smelt – second', 'MYS', '40 %'],
        ['Cast', 'VNM', '–'],
      ],
      origin: 'Vietnam',
      stated: { smeltLargest: 'AU', smeltSecond: 'MY', cast: 'VN' },
    }),
    scan(300, -0.4, 0.0006, 716),
  ),
];
