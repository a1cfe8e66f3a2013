import type { Party } from './case-helpers';
import type { ExpectedFields, Printed } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * The eight layouts of sealed held-out set 10 (see held-out-set-10.ts): each a kind of document a
 * U.S. importer receives from a supplier, drawn from the facts it states. A country left `null`
 * is one the document does not state; `expected` follows what the page says.
 */

export interface Doc {
  readonly html: string;
  readonly expected: ExpectedFields;
}

const code = (p: Printed | null): string | undefined => (p ? p[1] : undefined);

const fields = (
  issuer: string,
  iso: string | undefined,
  largest: Printed | null,
  second: Printed | null,
  cast: Printed | null,
  product?: string,
): ExpectedFields => ({
  ...(largest ? { smeltLargest: code(largest) } : {}),
  ...(second ? { smeltSecond: code(second) } : {}),
  ...(cast ? { cast: code(cast) } : {}),
  ...(iso ? { documentDate: iso } : {}),
  issuer,
  ...(product ? { product } : {}),
});

/* A. A Korean foil mill's inspection certificate, in English, origin in a boxed block. */
export interface FoilMill {
  readonly mill: Party;
  readonly customer: Party;
  readonly certNo: string;
  readonly date: readonly [string, string];
  readonly alloy: string;
  readonly product: string;
  readonly largest: Printed;
  readonly second: Printed;
  readonly cast: Printed;
  readonly coils: readonly string[];
  readonly discharge: string;
  readonly paper: 'a4' | 'letter';
}

export function koreanFoilCertificate(f: FoilMill): Doc {
  const coilRows = f.coils
    .map(
      (c, i) =>
        `<tr><td>${e(c)}</td><td>${(1.2 + i * 0.15).toFixed(2)} MT</td><td>0.0${2 + (i % 3)}0 x 1,250 mm</td><td>${e(f.alloy)}-O</td><td>PASS</td></tr>`,
    )
    .join('');
  const body = `
  <div class="head"><div><h1>${e(f.mill.name)}</h1><div class="small">${e(f.mill.address)}</div>
  <div class="small">Tel +82-52-228-7100 · Fax +82-52-228-7199</div></div>
  <div class="right"><b>INSPECTION CERTIFICATE</b><br>Cert. No. ${e(f.certNo)}<br>Date of Issue: ${e(f.date[0])}</div></div>
  <table class="plain"><tr><td><b>Customer</b></td><td>${e(f.customer.name)}, ${e(f.customer.address)}</td></tr>
  <tr><td><b>Commodity</b></td><td>${e(f.product)}</td></tr>
  <tr><td><b>P/O No.</b></td><td>LB-26-0${f.certNo.slice(-3)} dated 2026.07.02</td></tr>
  <tr><td><b>Shipment</b></td><td>Port of loading: Busan, Korea · Port of discharge: ${e(f.discharge)} · B/L date 2026.09.21</td></tr>
  <tr><td><b>Specification</b></td><td>ASTM B479 / customer spec. AF-${f.alloy}</td></tr>
  <tr><td><b>HS Code</b></td><td>7607.11.3000 &nbsp; Country of Origin: KOREA (REP.)</td></tr></table>
  <h3>1. Dimensions and weight</h3>
  <table><tr><th>Coil No.</th><th>Net weight</th><th>Size</th><th>Alloy-Temper</th><th>Surface</th></tr>${coilRows}</table>
  <h3>2. Chemical composition (%)</h3>${chemistryTable(f.alloy, f.coils.length + 7)}
  <h3>3. Mechanical properties</h3>${mechanicalTable(f.coils.length + 2)}
  <h3>4. Primary aluminium origin (AIM declaration)</h3>
  <table><tr><th>Smelting country – largest share</th><th>Smelting country – second share</th><th>Country where last cast</th></tr>
  <tr><td>${e(f.largest[0])}</td><td>${e(f.second[0])}</td><td>${e(f.cast[0])}</td></tr></table>
  <p class="small">Foil stock twin-roll cast at our Ulsan casting line from remelted primary ingot and in-house scrap.</p>
  <p>We hereby certify that the material described above has been manufactured and inspected in accordance with the specification and found to conform.</p>
  <div class="sign">Quality Assurance Team Manager<br><br>_______________________ <span class="stamp">QA APPROVED</span></div>`;
  return {
    html: htmlPage('Inspection certificate', pageStyle('sans', f.paper), body),
    expected: fields(f.mill.name, f.date[1], f.largest, f.second, f.cast, f.alloy),
  };
}

/* B. An Austrian or German rolling mill's inspection certificate 3.1 with German/English labels. */
export interface Bilingual31 {
  readonly mill: Party;
  readonly buyer: Party;
  readonly date: readonly [string, string];
  readonly certNo: string;
  readonly alloy: string;
  readonly productDe: string;
  readonly largest: Printed;
  readonly second: Printed;
  readonly cast: Printed;
  readonly orderDate: string;
  readonly testDate: string;
}

export function bilingualInspection31(b: Bilingual31): Doc {
  const body = `
  <div class="head"><div><h1>${e(b.mill.name)}</h1><div class="small">${e(b.mill.address)}</div></div>
  <div class="right"><b>Abnahmeprüfzeugnis 3.1<br>Inspection certificate 3.1</b><br>EN 10204:2004<br>Nr./No. ${e(b.certNo)}</div></div>
  <table><tr><td><b>Besteller / Purchaser</b><br>${e(b.buyer.name)}<br>${e(b.buyer.address)}</td>
  <td><b>Bestellung / Order</b><br>PO 88-${b.certNo.slice(-4)} vom / of ${e(b.orderDate)}</td>
  <td><b>Ausstellungsdatum / Date of issue</b><br>${e(b.date[0])}</td></tr>
  <tr><td><b>Erzeugnis / Product</b><br>${e(b.productDe)}</td><td><b>Werkstoff / Material</b><br>EN AW-${e(b.alloy)}</td>
  <td><b>Prüfdatum / Test date</b><br>${e(b.testDate)}</td></tr></table>
  <h3>Chemische Zusammensetzung / Chemical composition (%)</h3>${chemistryTable(b.alloy, 23)}
  <h3>Mechanische Eigenschaften / Mechanical properties</h3>${mechanicalTable(5)}
  <h3>Herkunft des Aluminiums / Origin of the aluminium</h3>
  <table><tr><td><b>Schmelzland (größter Anteil) / Country of smelt (largest)</b></td><td>${e(b.largest[0])}</td></tr>
  <tr><td><b>Schmelzland (zweitgrößter Anteil) / Country of smelt (second)</b></td><td>${e(b.second[0])}</td></tr>
  <tr><td><b>Gießland (letzter Guss) / Country of most recent cast</b></td><td>${e(b.cast[0])}</td></tr>
  <tr><td><b>Ursprungsland (Zoll) / Country of origin (customs)</b></td><td>Europäische Union / European Union</td></tr></table>
  <table class="plain"><tr><td>Verpackung / Packing: Holzkisten / wooden cases</td><td>Versand / Shipment: ab Werk, via Hamburg nach Baltimore</td></tr>
  <tr><td>Zolltarifnummer / HS code: 7606 12 93</td><td>Schmelze / Heat: ${b.certNo.slice(-4)}-2</td></tr></table>
  <p>Wir bestätigen, dass die Lieferung den Vereinbarungen der Bestellung entspricht. / We confirm that the delivery complies with the terms of the order.</p>
  <div class="sign">Werkssachverständiger / Authorised inspection representative<br><br>_______________________ <span class="stamp">QS 3.1 geprüft</span></div>`;
  return {
    html: htmlPage('Abnahmeprüfzeugnis 3.1', pageStyle('sans', 'a4'), body),
    expected: fields(b.mill.name, b.date[1], b.largest, b.second, b.cast, b.alloy),
  };
}

/* C. A service centre's re-certification that quotes the producing mill's origin data. */
export interface Recertification {
  readonly distributor: Party;
  readonly mill: Party;
  readonly customer: Party;
  readonly date: readonly [string, string];
  readonly alloy: string;
  readonly product: string;
  readonly millCert: string;
  readonly millCertDate: string;
  readonly shipVia: string;
  readonly largest: Printed;
  readonly second: Printed;
  readonly cast: Printed;
  readonly paper: 'a4' | 'letter';
}

export function distributorRecertification(r: Recertification): Doc {
  const body = `
  <div class="head"><div><h1>${e(r.distributor.name)}</h1><div class="small">${e(r.distributor.address)}</div></div>
  <div class="right"><b>CERTIFIED TEST REPORT – RE-CERTIFICATION</b><br>Date: ${e(r.date[0])}</div></div>
  <table class="plain"><tr><td><b>Sold to</b></td><td>${e(r.customer.name)}, ${e(r.customer.address)}</td></tr>
  <tr><td><b>Ship to</b></td><td>Same as sold to · Ship via: ${e(r.shipVia)}</td></tr>
  <tr><td><b>Customer PO</b></td><td>4500-${r.millCert.slice(-5)} &nbsp; Our order: SO-${r.millCert.slice(-4)}7</td></tr>
  <tr><td><b>Material</b></td><td>${e(r.product)}</td></tr></table>
  <p>The material listed below was cut to size at our facility from mill stock. It has not been remelted,
  heat treated or otherwise altered. Chemistry and mechanical properties are transcribed from the producing
  mill's certificate ${e(r.millCert)} of ${e(r.millCertDate)}, issued by ${e(r.mill.name)}, ${e(r.mill.address)}.</p>
  ${chemistryTable(r.alloy, 41)}${mechanicalTable(9)}
  <h3>Origin data as stated by the producing mill</h3>
  <table><tr><th>Field</th><th>Mill statement</th></tr>
  <tr><td>Smelter country (largest)</td><td>${e(r.largest[0])}</td></tr>
  <tr><td>Smelter country (2nd)</td><td>${e(r.second[0])}</td></tr>
  <tr><td>Cast country</td><td>${e(r.cast[0])}</td></tr></table>
  <table><tr><th>Item</th><th>Heat / Lot</th><th>Qty</th><th>HTS</th><th>Country of origin</th></tr>
  <tr><td>1</td><td>${r.millCert.slice(-5)}-A</td><td>42 pcs</td><td>7606.12.3090</td><td>${e(r.cast[0])}</td></tr>
  <tr><td>2</td><td>${r.millCert.slice(-5)}-B</td><td>18 pcs</td><td>7606.12.3090</td><td>${e(r.cast[0])}</td></tr></table>
  <p class="small">We certify that this is a true copy of the data on the original mill test report, which is on file and available on request.</p>
  <div class="sign">Quality Department, ${e(r.distributor.name)}<br><br>_______________________</div>`;
  return {
    html: htmlPage('Re-certification', pageStyle('sans', r.paper), body),
    expected: fields(r.distributor.name, r.date[1], r.largest, r.second, r.cast, r.alloy),
  };
}

/* D. A Brazilian mill's quality certificate, Portuguese with English labels. */
export interface Brazilian {
  readonly mill: Party;
  readonly customer: Party;
  readonly date: readonly [string, string];
  readonly alloy: string;
  readonly productPt: string;
  readonly largest: Printed;
  readonly second: Printed;
  readonly cast: Printed;
  readonly certNo: string;
}

export function brazilianQualityCertificate(b: Brazilian): Doc {
  const body = `
  <div class="head"><div><h1>${e(b.mill.name)}</h1><div class="small">${e(b.mill.address)} · CNPJ 12.345.678/0001-${b.certNo.slice(-2)}</div></div>
  <div class="right"><b>CERTIFICADO DE QUALIDADE<br>MILL TEST CERTIFICATE</b><br>Nº ${e(b.certNo)}</div></div>
  <table><tr><td><b>Cliente / Customer</b><br>${e(b.customer.name)}<br>${e(b.customer.address)}</td>
  <td><b>Data de emissão / Issue date</b><br>${e(b.date[0])}</td></tr>
  <tr><td><b>Produto / Product</b><br>${e(b.productPt)}</td><td><b>Liga / Alloy</b><br>${e(b.alloy)}</td></tr>
  <tr><td><b>Porto de embarque / Port of loading</b><br>Santos – SP, Brasil</td><td><b>Destino / Destination</b><br>Houston, TX – EUA</td></tr>
  <tr><td><b>NCM / HS</b><br>7604.29.90</td><td><b>Origem / Origin</b><br>Brasil</td></tr></table>
  <h3>Composição química / Chemical composition (%)</h3>${chemistryTable(b.alloy, 57)}
  <h3>Propriedades mecânicas / Mechanical properties</h3>${mechanicalTable(13)}
  <h3>Rastreabilidade do metal / Metal traceability</h3>
  <table><tr><th>País de fusão (maior participação)<br>Smelt country (largest)</th><th>País de fusão (segunda)<br>Smelt country (second)</th><th>País de fundição<br>Cast country</th><th>Data de fundição<br>Cast date</th></tr>
  <tr><td>${e(b.largest[0])}</td><td>${e(b.second[0])}</td><td>${e(b.cast[0])}</td><td>03/08/2026</td></tr></table>
  <p>Certificamos que o material acima foi produzido e inspecionado conforme a norma ABNT NBR 8116 e atende às especificações. /
  We certify that the material above was produced and inspected according to the standard and meets the specifications.</p>
  <div class="sign">Controle da Qualidade / Quality Control<br><br>_______________________ <span class="stamp">APROVADO</span></div>`;
  return {
    html: htmlPage('Certificado de qualidade', pageStyle('serif', 'a4'), body),
    expected: fields(b.mill.name, b.date[1], b.largest, b.second, b.cast, b.alloy),
  };
}

/* E. A trader's e-mail, printed from Gmail, with the mill's origin table pasted in. */
export interface TraderMail {
  readonly trader: Party;
  readonly sender: string;
  readonly senderMail: string;
  readonly recipient: string;
  readonly subject: string;
  readonly sent: readonly [string, string];
  readonly earlier: string;
  readonly alloy: string;
  readonly product: string;
  readonly mill: string;
  readonly largest: Printed;
  readonly second: Printed;
  readonly cast: Printed;
  readonly ports: string;
  readonly phone: string;
}

export function gmailTraderMail(m: TraderMail): Doc {
  const extra = `.gm { color:#555; font-size:8pt; } .bar { display:flex; justify-content:space-between; border-bottom:1pt solid #ccc; padding-bottom:3pt; margin-bottom:6pt; }
  .quote { border-left: 1.5pt solid #bbb; padding-left: 6pt; color:#444; }`;
  const body = `
  <div class="bar"><span><b>Gmail</b></span><span class="gm">${e(m.recipient)}</span></div>
  <h2>${e(m.subject)}</h2>
  <p class="gm">1 message</p>
  <div class="bar"><span><b>${e(m.sender)}</b> &lt;${e(m.senderMail)}&gt;</span><span class="gm">${e(m.sent[0])}</span></div>
  <p class="gm">To: ${e(m.recipient)}<br>Cc: logistics@${e(m.senderMail.split('@')[1] ?? '')}</p>
  <p>Dear Sir,</p>
  <p>As requested for your AIM licence, please find below the origin details confirmed by the mill (${e(m.mill)}) for the
  ${e(m.product)} on the vessel closing next week. Mill test certificates will follow with the shipping documents.</p>
  <table><tr><th>PO</th><th>Item</th><th>Alloy/Temper</th><th>Smelt country 1</th><th>Smelt country 2</th><th>Cast country</th><th>Qty (MT)</th></tr>
  <tr><td>PO-7731</td><td>${e(m.product)}</td><td>${e(m.alloy)}</td><td>${e(m.largest[0])}</td><td>${e(m.second[0])}</td><td>${e(m.cast[0])}</td><td>24.380</td></tr></table>
  <p>${e(m.ports)}</p>
  <p>Please let us know if the broker needs anything else.</p>
  <p>Best regards,<br>${e(m.sender)}<br>Sales Manager<br><b>${e(m.trader.name)}</b><br>${e(m.trader.address)}<br>Tel ${e(m.phone)}</p>
  <div class="quote"><p class="gm">On ${e(m.earlier)}, ${e(m.recipient)} wrote:</p>
  <p>Hello, our customs broker asks for the country of smelt and cast for PO-7731 before the goods leave. Could you send them? Thanks, Mark</p></div>`;
  return {
    html: htmlPage(`Gmail - ${m.subject}`, pageStyle('sans', 'letter', extra), body),
    expected: fields(m.trader.name, m.sent[1], m.largest, m.second, m.cast, m.alloy),
  };
}

/* F. A Gulf smelter-owned rolling mill's certificate, with a "Primary aluminium origin" block. */
export interface GulfMill {
  readonly mill: Party;
  readonly customer: Party;
  readonly date: readonly [string, string];
  readonly alloy: string;
  readonly product: string;
  readonly smelterLine: string;
  readonly largest: Printed;
  readonly second: Printed;
  readonly cast: Printed;
  readonly certNo: string;
  readonly delivery: string;
  readonly paper: 'a4' | 'letter';
}

export function gulfRollingMillCertificate(g: GulfMill): Doc {
  const body = `
  <div class="head"><div><h1>${e(g.mill.name)}</h1><div class="small">${e(g.mill.address)}</div></div>
  <div class="right"><b>MILL TEST CERTIFICATE</b><br>Certificate No.: ${e(g.certNo)}<br>Issue Date: ${e(g.date[0])}</div></div>
  <table><tr><td><b>Customer</b><br>${e(g.customer.name)}<br>${e(g.customer.address)}</td><td><b>Product</b><br>${e(g.product)}</td></tr>
  <tr><td><b>Sales Contract</b><br>SC/${g.certNo.slice(-4)}/26 dated 12 June 2026</td><td><b>Delivery</b><br>${e(g.delivery)}</td></tr></table>
  <table><tr><th>Coil / Lot</th><th>Cast No.</th><th>Cast date</th><th>Thickness (mm)</th><th>Width (mm)</th><th>Net (kg)</th></tr>
  <tr><td>${g.certNo.slice(-4)}01</td><td>C26-4471</td><td>2026-08-19</td><td>1.50</td><td>1500</td><td>6,412</td></tr>
  <tr><td>${g.certNo.slice(-4)}02</td><td>C26-4472</td><td>2026-08-19</td><td>1.50</td><td>1500</td><td>6,388</td></tr></table>
  <h3>Chemical composition (wt %)</h3>${chemistryTable(g.alloy, 71)}
  <h3>Mechanical properties</h3>${mechanicalTable(17)}
  <h3>Primary aluminium origin</h3>
  <table><tr><td style="width:45%"><b>Smelter</b></td><td>${e(g.smelterLine)}</td></tr>
  <tr><td><b>Country of smelt – largest</b></td><td>${e(g.largest[0])}</td></tr>
  <tr><td><b>Country of smelt – second largest</b></td><td>${e(g.second[0])}</td></tr>
  <tr><td><b>Country of cast</b></td><td>${e(g.cast[0])}</td></tr></table>
  <p class="small">HS code 7606.12 · Country of origin of goods: as per certificate of origin issued by the Chamber of Commerce.</p>
  <p>This is to certify that the above material was produced and tested in accordance with EN 485 / ASTM B209 and complies with the order requirements.</p>
  <div class="sign">Head of Quality Assurance<br><br>_______________________ <span class="stamp">QA RELEASED</span></div>`;
  return {
    html: htmlPage('Mill test certificate', pageStyle('sans', g.paper), body),
    expected: fields(g.mill.name, g.date[1], g.largest, g.second, g.cast, g.alloy),
  };
}

/* G. A foundry's or die-caster's certificate of conformance for castings. */
export interface CastingsConformance {
  readonly foundry: Party;
  readonly customer: Party;
  readonly date: readonly [string, string];
  readonly alloy: string;
  readonly part: string;
  readonly ingotLine: string;
  readonly pouredLine: string;
  readonly largest: Printed | null;
  readonly second: Printed | null;
  readonly cast: Printed;
  readonly paper: 'a4' | 'letter';
}

export function castingsConformance(c: CastingsConformance): Doc {
  const body = `
  <div class="head"><div><h1>${e(c.foundry.name)}</h1><div class="small">${e(c.foundry.address)}</div></div>
  <div class="right"><b>CERTIFICATE OF CONFORMANCE</b><br>Aluminum Castings<br>Date: ${e(c.date[0])}</div></div>
  <table class="plain"><tr><td><b>Customer</b></td><td>${e(c.customer.name)}, ${e(c.customer.address)}</td></tr>
  <tr><td><b>Part</b></td><td>${e(c.part)}</td></tr>
  <tr><td><b>Alloy</b></td><td>${e(c.alloy)} (ASTM B85 / B26)</td></tr>
  <tr><td><b>Customer PO / Release</b></td><td>PO 77120-14 rel. 6, dated 2026-08-03</td></tr>
  <tr><td><b>Packing list / Invoice</b></td><td>PL-26-3318 / INV-26-3318, shipped 2026-10-06</td></tr></table>
  <table><tr><th>Lot</th><th>Pour date</th><th>Qty</th><th>X-ray</th><th>Dimensional</th><th>Leak test</th></tr>
  <tr><td>L-2611</td><td>2026-09-14</td><td>1,200</td><td>ASTM E505 lvl 2 OK</td><td>OK (CMM)</td><td>OK</td></tr>
  <tr><td>L-2612</td><td>2026-09-16</td><td>960</td><td>ASTM E505 lvl 2 OK</td><td>OK (CMM)</td><td>OK</td></tr></table>
  <h3>Chemical analysis of melt (%)</h3>${chemistryTable(c.alloy, 83)}
  <h3>Metal source</h3>
  <p>${e(c.ingotLine)}</p>
  <p>${e(c.pouredLine)}</p>
  <table><tr><th>Smelt country (largest)</th><th>Smelt country (second)</th><th>Country of cast</th></tr>
  <tr><td>${e(c.largest ? c.largest[0] : 'Not applicable')}</td><td>${e(c.second ? c.second[0] : 'Not applicable')}</td><td>${e(c.cast[0])}</td></tr></table>
  <p>We certify that the castings supplied under the above order conform to the drawing, specification and purchase order requirements.
  Records are retained for ten years.</p>
  <div class="sign">Quality Manager<br><br>_______________________</div>`;
  return {
    html: htmlPage('Certificate of conformance', pageStyle('serif', c.paper), body),
    expected: fields(c.foundry.name, c.date[1], c.largest ?? ['', 'N/A'], c.second ?? ['', 'N/A'], c.cast, c.alloy),
  };
}

/* H. A supplier's sworn affidavit of aluminum origin, in numbered paragraphs. */
export interface Affidavit {
  readonly company: Party;
  readonly affiant: string;
  readonly title: string;
  readonly importer: Party;
  readonly goods: string;
  readonly alloy: string;
  readonly smeltParagraph: string;
  readonly castParagraph: string;
  readonly largest: Printed;
  readonly second: Printed;
  readonly cast: Printed;
  readonly sworn: readonly [string, string];
  readonly notaryPlace: string;
  readonly shipment: string;
  readonly paper: 'a4' | 'letter';
}

export function supplierAffidavit(a: Affidavit): Doc {
  const body = `
  <div style="text-align:center"><h1>AFFIDAVIT OF ALUMINUM SMELT AND CAST ORIGIN</h1>
  <p>${e(a.company.name)} · ${e(a.company.address)}</p></div>
  <p>${e(a.notaryPlace)} &nbsp;&nbsp; ) ss.:</p>
  <p>I, ${e(a.affiant)}, being first duly sworn, depose and say as follows:</p>
  <p>1. I am the ${e(a.title)} of ${e(a.company.name)} (the "Company") and I have personal knowledge of the Company's
  purchasing and production records for the goods described below.</p>
  <p>2. The goods are ${e(a.goods)}, alloy ${e(a.alloy)}, sold to ${e(a.importer.name)}, ${e(a.importer.address)},
  under purchase order 2026-PO-5510 of July 14, 2026 and invoice 26-0912 of September 12, 2026.</p>
  <p>3. ${e(a.smeltParagraph)}</p>
  <p>4. ${e(a.castParagraph)}</p>
  <p>5. For customs purposes the country of origin of the goods is declared on the commercial invoice; the goods are classified
  under HTSUS 7604.21.0010. ${e(a.shipment)}</p>
  <p>6. The Company will retain the records supporting this affidavit for at least five years and make them available to
  the importer or to U.S. Customs and Border Protection on request.</p>
  <p>7. I declare under penalty of perjury that the foregoing is true and correct to the best of my knowledge and belief.</p>
  <div class="sign">_______________________<br>${e(a.affiant)}, ${e(a.title)}</div>
  <p style="margin-top:14pt">Sworn to and subscribed before me ${e(a.sworn[0])}.</p>
  <div class="sign">_______________________<br>Notary Public · My commission expires March 31, 2029 <span class="stamp">NOTARY SEAL</span></div>`;
  return {
    html: htmlPage('Affidavit', pageStyle('serif', a.paper), body),
    expected: fields(a.company.name, a.sworn[1], a.largest, a.second, a.cast, a.alloy),
  };
}
