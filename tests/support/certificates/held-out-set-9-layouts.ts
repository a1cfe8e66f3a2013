import { type Party, statedFields, type StatedOrigins } from './case-helpers';
import type { ExpectedFields, Printed } from './certificate-case';
import { chemistryTable, escapeHtml, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * The eight layouts of sealed held-out set 9 (see held-out-set-9.ts): each one a kind of document
 * a U.S. aluminum importer receives, filled from its parameters and returning what it states.
 */

export interface Doc {
  readonly html: string;
  readonly expected: ExpectedFields;
}

const e = escapeHtml;
/** Keeps right-aligned text and table rules a hair inside the printed area. */
const edge = 'body { padding-right: 3pt; }';

const letterhead = (p: Party, right: string): string =>
  `<div class="head"><div><h1>${e(p.name)}</h1><div class="small">${e(p.address)}</div></div><div class="right small">${right}</div></div>`;

/** 1. An Indian rolling mill's EN 10204 3.1 mill test certificate with a "Metal source" table. */
export interface IndianMtc extends StatedOrigins {
  readonly paper: 'a4' | 'letter';
  /** Company registration lines printed top right (CIN, GSTIN, works). */
  readonly registration: readonly string[];
  readonly certificateNo: string;
  readonly customer: Party;
  readonly po: readonly [no: string, date: string];
  readonly product: string;
  readonly alloy: string;
  readonly heat: string;
  readonly sources: readonly (readonly [smelter: string, country: string, share: string])[];
  readonly shipment: string;
  readonly seed: number;
}

export function indianMtc(p: IndianMtc): Doc {
  const rows = p.sources
    .map(([s, c, share]) => `<tr><td>${e(s)}</td><td>${e(c)}</td><td class="right">${e(share)}</td></tr>`)
    .join('');
  const body = `${letterhead(p.issuer, p.registration.map(e).join('<br>'))}
  <h2 style="text-align:center">MILL TEST CERTIFICATE — EN 10204 : 2004 TYPE 3.1</h2>
  <table class="plain"><tr><td><b>Certificate No.</b> ${e(p.certificateNo)}</td><td><b>Date:</b> ${e(p.date[0])}</td></tr>
  <tr><td><b>Customer:</b> ${e(p.customer.name)}, ${e(p.customer.address)}</td><td><b>P.O. No.</b> ${e(p.po[0])} dt. ${e(p.po[1])}</td></tr>
  <tr><td><b>Product:</b> ${e(p.product)}</td><td><b>Heat / Lot No.</b> ${e(p.heat)}</td></tr>
  <tr><td><b>Port of Loading:</b> Nhava Sheva (JNPT), India</td><td><b>Port of Discharge:</b> Houston, TX, USA</td></tr>
  <tr><td><b>Country of Origin (goods):</b> India</td><td><b>HS Code:</b> 7606.12.30 &nbsp; <b>Shipment:</b> ${e(p.shipment)}</td></tr></table>
  <h3>Chemical composition (%)</h3>${chemistryTable(p.alloy, p.seed)}
  <h3>Mechanical properties</h3>${mechanicalTable(p.seed)}
  <h3>Metal source (primary aluminium used for this heat)</h3>
  <table><tr><th>Smelter / supplier of primary metal</th><th>Country of smelt</th><th>Share of heat (%)</th></tr>${rows}</table>
  <table class="plain"><tr><td><b>Largest smelt country:</b> ${e(p.largest[0])}</td><td><b>Second largest smelt country:</b> ${e(p.second[0])}</td></tr>
  <tr><td colspan="2"><b>Country of cast (slab cast at our works):</b> ${e(p.cast[0])}</td></tr></table>
  <p class="small">We hereby certify that the material described above has been manufactured, sampled, tested and inspected in accordance with the order and found to meet the requirements. Surface and dimensions checked: OK. Test date: ${e(p.po[1])}.</p>
  <div class="sign">For ${e(p.issuer.name)}<br><br>Authorised Signatory — Quality Assurance <span class="stamp">QA APPROVED</span></div>`;
  return {
    html: htmlPage(`MTC ${p.certificateNo}`, pageStyle('sans', p.paper, edge), body),
    expected: statedFields(p, p.alloy),
  };
}

/** 2. A primary smelter's cast house certificate of origin: one smelter, its own cast house. */
export interface CastHouseCertificate {
  readonly paper: 'a4' | 'letter';
  readonly issuer: Party;
  readonly date: readonly [printed: string, iso: string];
  readonly country: Printed;
  readonly plant: string;
  readonly buyer: Party;
  readonly consignee: Party;
  readonly product: string;
  readonly alloy: string;
  readonly lots: readonly (readonly [lot: string, castDate: string, tonnes: string])[];
  readonly vessel: string;
}

export function castHouseCertificate(p: CastHouseCertificate): Doc {
  const lots = p.lots
    .map(
      ([lot, d, t]) =>
        `<tr><td>${e(lot)}</td><td>${e(p.alloy)}</td><td>${e(d)}</td><td class="right">${e(t)}</td></tr>`,
    )
    .join('');
  const body = `${letterhead(p.issuer, `Cast House Quality Department<br>Reference CH-${e(p.lots[0]![0])}`)}
  <h2>CERTIFICATE OF ORIGIN — PRIMARY ALUMINIUM (CAST HOUSE CERTIFICATE)</h2>
  <p><b>Date of issue:</b> ${e(p.date[0])}</p>
  <table class="plain"><tr><td style="width:50%"><b>Buyer</b><br>${e(p.buyer.name)}<br>${e(p.buyer.address)}</td>
  <td><b>Consignee / notify</b><br>${e(p.consignee.name)}<br>${e(p.consignee.address)}</td></tr></table>
  <p><b>Product:</b> ${e(p.product)} &nbsp; <b>Vessel:</b> ${e(p.vessel)}</p>
  <table><tr><th>Lot / cast no.</th><th>Alloy</th><th>Cast date</th><th>Net weight (t)</th></tr>${lots}</table>
  <p>We, the undersigned, certify that the aluminium described above was produced by electrolytic reduction (smelted)
  at our smelter at ${e(p.plant)}, ${e(p.country[0])}, and was cast in our own cast house at the same site.
  No metal smelted elsewhere, and no purchased scrap, was added to these lots.</p>
  <table class="plain"><tr><td><b>Country where smelted:</b> ${e(p.country[0])}</td><td><b>Country where cast:</b> ${e(p.country[0])}</td></tr></table>
  ${chemistryTable(p.alloy, p.lots.length + 7)}
  <p class="small">This certificate is issued for customs and Aluminum Import Monitoring purposes. Chemical analysis by optical emission spectrometry on each cast.</p>
  <div class="sign">${e(p.issuer.name)}<br><br>Head of Cast House &nbsp;&nbsp;&nbsp; Quality Manager<span class="stamp">ORIGINAL</span></div>`;
  return {
    html: htmlPage('Cast house certificate', pageStyle('serif', p.paper, edge), body),
    expected: {
      smeltLargest: p.country[1],
      smeltSecond: 'N/A',
      cast: p.country[1],
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy,
    },
  };
}

/** 3. An ASI Chain-of-Custody material declaration (cast may be left unstated). */
export interface AsiDeclaration {
  readonly paper: 'a4' | 'letter';
  readonly issuer: Party;
  readonly date: readonly [printed: string, iso: string];
  readonly asiMember: string;
  readonly cocCertificate: string;
  readonly recipient: Party;
  readonly product: string;
  readonly alloy: string;
  readonly smelters: readonly (readonly [name: string, country: Printed, share: string])[];
  readonly cast?: Printed;
  readonly validUntil: string;
  readonly invoice: string;
}

export function asiDeclaration(p: AsiDeclaration): Doc {
  const rows = p.smelters
    .map(([n, c, s]) => `<tr><td>${e(n)}</td><td>${e(c[0])}</td><td class="right">${e(s)}</td></tr>`)
    .join('');
  const body = `${letterhead(p.issuer, `ASI Member ID ${e(p.asiMember)}<br>CoC Certificate ${e(p.cocCertificate)}<br>valid until ${e(p.validUntil)}`)}
  <h2>ASI CoC Material — Chain-of-Custody Material Declaration</h2>
  <p>Issued under the ASI Chain of Custody Standard (V2, 2022), clause 5. This declaration accompanies the shipment
  below and transfers the CoC Material claim to the recipient.</p>
  <table><tr><th style="width:35%">Date of declaration</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Recipient</th><td>${e(p.recipient.name)}, ${e(p.recipient.address)}</td></tr>
  <tr><th>Product</th><td>${e(p.product)}</td></tr><tr><th>Commercial invoice</th><td>${e(p.invoice)}</td></tr>
  <tr><th>CoC Material share</th><td>100 % ASI Aluminium (mass balance not applied to this lot)</td></tr></table>
  <h3>Origin of the CoC Material</h3>
  <table><tr><th>ASI-certified smelter</th><th>Country of smelting</th><th>Share (%)</th></tr>${rows}</table>
  ${p.cast ? `<p><b>Casting:</b> the metal was last cast into ${e(p.alloy)} at the smelter's cast house in ${e(p.cast[0])}.</p>` : `<p>Casting location is documented in the accompanying mill certificate.</p>`}
  <p class="small">Bauxite and alumina sourcing are covered by the smelters' ASI Performance Standard certifications. This declaration does not state the customs origin of the goods; see the certificate of origin.</p>
  <div class="sign">Signed for and on behalf of ${e(p.issuer.name)}<br><br>ASI Chain of Custody Officer</div>`;
  return {
    html: htmlPage('ASI CoC declaration', pageStyle('sans', p.paper, edge), body),
    expected: {
      smeltLargest: p.smelters[0]![1][1],
      smeltSecond: p.smelters[1]?.[1][1] ?? 'N/A',
      ...(p.cast ? { cast: p.cast[1] } : {}),
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy,
    },
  };
}

/** 4. An Italian/English extrusion inspection certificate (Certificato di collaudo). */
export interface ItalianInspection extends StatedOrigins {
  readonly paper: 'a4' | 'letter';
  readonly number: string;
  readonly customer: Party;
  readonly order: readonly [no: string, date: string];
  readonly profile: string;
  readonly alloy: string;
  readonly temper: string;
  readonly ddt: string;
  readonly seed: number;
}

export function italianInspection(p: ItalianInspection): Doc {
  const body = `${letterhead(p.issuer, `P. IVA IT 02917440265<br>Sistema qualità ISO 9001 / Quality system ISO 9001`)}
  <h2>CERTIFICATO DI COLLAUDO / INSPECTION CERTIFICATE — EN 10204 3.1</h2>
  <table><tr><th>N. certificato / Certificate no.</th><td>${e(p.number)}</td><th>Data / Date</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Cliente / Customer</th><td colspan="3">${e(p.customer.name)} — ${e(p.customer.address)}</td></tr>
  <tr><th>Ordine / Order</th><td>${e(p.order[0])} del ${e(p.order[1])}</td><th>DDT / Delivery note</th><td>${e(p.ddt)}</td></tr>
  <tr><th>Profilo / Profile</th><td>${e(p.profile)}</td><th>Lega e stato / Alloy and temper</th><td>EN AW-${e(p.alloy)} ${e(p.temper)}</td></tr></table>
  <h3>Analisi chimica / Chemical analysis (%)</h3>${chemistryTable(`EN AW-${p.alloy}`, p.seed)}
  <h3>Caratteristiche meccaniche / Mechanical properties</h3>${mechanicalTable(p.seed)}
  <h3>Origine del metallo / Metal origin</h3>
  <table><tr><th>Paese di fusione primaria (quota maggiore) / Country of smelt (largest)</th><td>${e(p.largest[0])}</td></tr>
  <tr><th>Paese di fusione primaria (seconda quota) / Country of smelt (second)</th><td>${e(p.second[0])}</td></tr>
  <tr><th>Paese di colata billette / Country of cast (billet)</th><td>${e(p.cast[0])}</td></tr></table>
  <p class="small">Si certifica che il materiale è conforme all'ordine e alle norme EN 755-2 e EN 12020-2. / We certify that the material complies with the order and with EN 755-2 and EN 12020-2. Paese di origine doganale / Customs country of origin: Italia / Italy.</p>
  <div class="sign">Il Responsabile Qualità / Quality Manager<br><br>${e(p.issuer.name)}<span class="stamp">COLLAUDATO</span></div>`;
  return {
    html: htmlPage(`Certificato ${p.number}`, pageStyle('sans', p.paper, edge), body),
    expected: statedFields(p, p.alloy),
  };
}

/** 5. A Turkish/English coil certificate (Muayene belgesi), countries in both languages. */
export interface TurkishCoil extends StatedOrigins {
  readonly paper: 'a4' | 'letter';
  readonly number: string;
  readonly buyer: Party;
  readonly product: string;
  readonly alloy: string;
  readonly coils: readonly (readonly [coil: string, kg: string])[];
  readonly loading: string;
  readonly contract: readonly [no: string, date: string];
  readonly seed: number;
}

export function turkishCoil(p: TurkishCoil): Doc {
  const coils = p.coils
    .map(([c, kg]) => `<tr><td>${e(c)}</td><td>${e(p.alloy)}</td><td class="right">${e(kg)}</td></tr>`)
    .join('');
  const body = `${letterhead(p.issuer, `Vergi No / Tax no. 6120384415<br>Mersis 0612038441500018`)}
  <h2>MUAYENE BELGESİ / INSPECTION CERTIFICATE (EN 10204 3.1)</h2>
  <table class="plain"><tr><td><b>Belge No / Certificate No:</b> ${e(p.number)}</td><td><b>Tarih / Date:</b> ${e(p.date[0])}</td></tr>
  <tr><td><b>Alıcı / Buyer:</b> ${e(p.buyer.name)}, ${e(p.buyer.address)}</td><td><b>Sözleşme / Contract:</b> ${e(p.contract[0])} (${e(p.contract[1])})</td></tr>
  <tr><td><b>Ürün / Product:</b> ${e(p.product)}</td><td><b>Yükleme limanı / Port of loading:</b> ${e(p.loading)}</td></tr></table>
  <table><tr><th>Bobin No / Coil No</th><th>Alaşım / Alloy</th><th>Net ağırlık / Net weight (kg)</th></tr>${coils}</table>
  <h3>Kimyasal bileşim / Chemical composition (%)</h3>${chemistryTable(p.alloy, p.seed)}
  <h3>Mekanik özellikler / Mechanical properties</h3>${mechanicalTable(p.seed)}
  <h3>Metal menşei / Metal origin</h3>
  <table><tr><th>En büyük ergitme ülkesi / Country of largest smelt</th><td>${e(p.largest[0])}</td></tr>
  <tr><th>İkinci büyük ergitme ülkesi / Country of second largest smelt</th><td>${e(p.second[0])}</td></tr>
  <tr><th>Son döküm ülkesi / Country of most recent cast</th><td>${e(p.cast[0])}</td></tr></table>
  <p class="small">Malzemenin siparişe uygun olarak üretildiği ve test edildiği onaylanır. / We confirm that the material was produced and tested in accordance with the order. Menşe ülke / Country of origin: Türkiye (TR).</p>
  <div class="sign">Kalite Güvence Müdürü / Quality Assurance Manager<br><br>${e(p.issuer.name)}<span class="stamp">KALİTE ONAY</span></div>`;
  return {
    html: htmlPage(`Muayene belgesi ${p.number}`, pageStyle('sans', p.paper, edge), body),
    expected: statedFields(p, p.alloy),
  };
}

/** 6. A U.S. importer's supplier questionnaire, answered by the supplier in typed boxes. */
export interface Questionnaire {
  readonly paper: 'a4' | 'letter';
  readonly importer: Party;
  readonly supplier: Party;
  readonly sent: string;
  readonly signed: readonly [printed: string, iso: string];
  readonly signer: string;
  readonly product: string;
  readonly alloy: string;
  readonly hts: string;
  readonly largest: Printed;
  /** The answer to "second largest", and the code it means (N/A for "none"). */
  readonly second: Printed;
  readonly cast: Printed;
  readonly origin: string;
}

export function questionnaire(p: Questionnaire): Doc {
  const box = (text: string) =>
    `<div style="border:1pt solid #222;min-height:15pt;padding:2pt 5pt;font-family:'Liberation Mono',monospace;font-size:10pt">${e(text)}</div>`;
  const q = (n: number, label: string, answer: string) =>
    `<tr><td style="width:45%"><b>${n}.</b> ${label}</td><td>${box(answer)}</td></tr>`;
  const body = `${letterhead(p.importer, `Form SQ-AIM-2 Rev. 03/2025<br>Page 1 of 1`)}
  <h2>Supplier Questionnaire — Aluminum Smelt and Cast Information (AIM, 19 CFR Part 361)</h2>
  <p class="small">Sent to supplier on ${e(p.sent)}. Please type your answers in the boxes, sign and return within 14 days.
  Answer for the product named below only. Use full country names. If all primary aluminum came from a single country, write "None" in question 7.</p>
  <table class="plain">
  ${q(1, 'Supplier legal name', p.supplier.name)}
  ${q(2, 'Supplier address', p.supplier.address)}
  ${q(3, 'Product description', p.product)}
  ${q(4, 'Alloy / temper', p.alloy)}
  ${q(5, 'HTS number (10 digits)', p.hts)}
  ${q(6, 'Country where the largest volume of primary aluminum was smelted', p.largest[0])}
  ${q(7, 'Country where the second largest volume of primary aluminum was smelted', p.second[0])}
  ${q(8, 'Country where the aluminum was most recently cast', p.cast[0])}
  ${q(9, 'Country of origin of the goods (for customs)', p.origin)}
  ${q(10, 'Name and title of person completing this form', p.signer)}
  ${q(11, 'Date completed', p.signed[0])}</table>
  <p class="small">By signing, the supplier certifies that the answers above are true and complete to the best of its knowledge
  and agrees to notify ${e(p.importer.name)} of any change. False statements may result in penalties under U.S. law.</p>
  <div class="sign">Signature: <span style="font-family:'Liberation Serif',serif;font-style:italic;font-size:14pt">${e(p.signer.split(',')[0]!)}</span>
  &nbsp;&nbsp; Company stamp: <span class="stamp">${e(p.supplier.name)}</span></div>`;
  return {
    html: htmlPage('Supplier questionnaire', pageStyle('sans', p.paper, edge), body),
    expected: {
      smeltLargest: p.largest[1],
      smeltSecond: p.second[1],
      cast: p.cast[1],
      documentDate: p.signed[1],
      issuer: p.supplier.name,
      product: p.alloy.split(/[ -]/)[0]!,
    },
  };
}

/** 7. A Chinese exporter's English-only MTC with "Place of smelting / Place of casting" labels. */
export interface ChineseMtc {
  readonly paper: 'a4' | 'letter';
  readonly issuer: Party;
  readonly date: readonly [printed: string, iso: string];
  readonly phone: string;
  readonly fax: string;
  readonly number: string;
  readonly buyer: Party;
  readonly commodity: string;
  readonly alloy: string;
  readonly spec: string;
  /** "Place of smelting" as printed, and the largest and second codes it states. */
  readonly smelting: string;
  readonly largest: string;
  readonly second: string;
  readonly casting: string;
  readonly cast: string;
  readonly contract: string;
  readonly loading: string;
  readonly destination: string;
  readonly seed: number;
}

export function chineseMtc(p: ChineseMtc): Doc {
  const body = `${letterhead(p.issuer, `Tel: ${e(p.phone)}<br>Fax: ${e(p.fax)}`)}
  <h2 style="text-align:center">MILL TEST CERTIFICATE</h2>
  <table><tr><th>Certificate No.</th><td>${e(p.number)}</td><th>Issue Date</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Buyer</th><td colspan="3">${e(p.buyer.name)}, ${e(p.buyer.address)}</td></tr>
  <tr><th>Contract No.</th><td>${e(p.contract)}</td><th>Commodity</th><td>${e(p.commodity)}</td></tr>
  <tr><th>Alloy / Temper</th><td>${e(p.alloy)}</td><th>Specification</th><td>${e(p.spec)}</td></tr>
  <tr><th>Port of Loading</th><td>${e(p.loading)}</td><th>Port of Destination</th><td>${e(p.destination)}</td></tr>
  <tr><th>Place of smelting</th><td colspan="3">${e(p.smelting)}</td></tr>
  <tr><th>Place of casting</th><td colspan="3">${e(p.casting)}</td></tr>
  <tr><th>Country of Origin</th><td colspan="3">China</td></tr></table>
  <h3>Chemical Composition (wt %)</h3>${chemistryTable(p.alloy.split(' ')[0]!, p.seed)}
  <h3>Mechanical Properties</h3>${mechanicalTable(p.seed)}
  <table><tr><th>Item</th><th>Standard</th><th>Result</th></tr>
  <tr><td>Surface quality</td><td>No scratch, no oil stain</td><td>OK</td></tr>
  <tr><td>Dimension tolerance</td><td>${e(p.spec)}</td><td>OK</td></tr>
  <tr><td>Packing</td><td>Wooden pallet, seaworthy</td><td>OK</td></tr></table>
  <p>We hereby certify that the goods described above have been inspected and conform to the contract.</p>
  <div class="sign">Inspector: QC-07 &nbsp;&nbsp;&nbsp; Quality Dept. Manager<br><br>${e(p.issuer.name)}<span class="stamp">QUALITY INSPECTION SEAL</span></div>`;
  return {
    html: htmlPage(`MTC ${p.number}`, pageStyle('sans', p.paper, edge), body),
    expected: {
      smeltLargest: p.largest,
      smeltSecond: p.second,
      cast: p.cast,
      documentDate: p.date[1],
      issuer: p.issuer.name,
      product: p.alloy.split(' ')[0]!,
    },
  };
}

/** 8. A secondary (remelter) ingot producer's certificate: recycled metal only. */
export interface RemelterCertificate {
  readonly paper: 'a4' | 'letter';
  readonly issuer: Party;
  readonly date: readonly [printed: string, iso: string];
  readonly number: string;
  readonly customer: Party;
  readonly alloy: string;
  readonly standard: string;
  readonly cast: Printed;
  readonly furnace: string;
  readonly town: string;
  readonly heats: readonly (readonly [heat: string, castOn: string, bundles: string])[];
  readonly release: string;
  readonly seed: number;
}

export function remelterCertificate(p: RemelterCertificate): Doc {
  const heats = p.heats.map(([h, d, b]) => `<tr><td>${e(h)}</td><td>${e(d)}</td><td>${e(b)}</td></tr>`).join('');
  const body = `${letterhead(p.issuer, `Secondary aluminium alloys<br>Certificate ${e(p.number)}`)}
  <h2>Certificate of Conformity and Metal Origin — Secondary Alloy Ingot</h2>
  <table class="plain"><tr><td><b>Date:</b> ${e(p.date[0])}</td><td><b>Release no.:</b> ${e(p.release)}</td></tr>
  <tr><td colspan="2"><b>Sold to:</b> ${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><td><b>Alloy:</b> ${e(p.alloy)} (${e(p.standard)})</td><td><b>Form:</b> 2-notch sow ingot, strapped bundles</td></tr></table>
  <table><tr><th>Heat no.</th><th>Cast on</th><th>Bundles</th></tr>${heats}</table>
  <h3>Chemistry (%)</h3>${chemistryTable(p.alloy, p.seed)}
  <h3>Metal origin statement</h3>
  <p>The ingots above were produced entirely from recycled aluminium: post-consumer and post-industrial scrap
  (UBC, extrusion scrap, cast wheels) bought from scrap dealers. <b>No primary (smelted) aluminium was used</b>, so there
  is no country of smelt for this material. The metal was melted and last cast in ${e(p.furnace)} at our plant in ${e(p.town)}, ${e(p.cast[0])}.</p>
  <table class="plain"><tr><td><b>Primary aluminium content:</b> 0 %</td><td><b>Recycled content:</b> 100 %</td><td><b>Country of cast:</b> ${e(p.cast[0])}</td></tr></table>
  <div class="sign">Metallurgist / Laboratory<br><br>${e(p.issuer.name)}</div>`;
  return {
    html: htmlPage(`Certificate ${p.number}`, pageStyle('serif', p.paper, edge), body),
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
