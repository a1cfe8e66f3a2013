import { type Made, numberedCases, type Party } from './case-helpers';
import { type Basics, documentOf } from './development-set-12-layouts';
import { chemistryTable, escapeHtml as e } from './page-style';

/*
 * The layouts of development set 13 (development-set-13.ts holds its cases): more families the
 * earlier sets lack — a French attestation with "pays d'électrolyse", an Italian sworn statement
 * under D.P.R. 445/2000, a lot sheet whose columns are the fields (alpha-3 codes), an export
 * certificate in capitals among bank and registration lines, a Portuguese web-mail print-out,
 * a Spanish "declaración jurada", a chain-of-custody declaration with a share table in %, and a
 * faxed form under a fax machine's header line.
 */

const labelRows = (pairs: readonly (readonly [string, string])[], width = '46%') =>
  pairs.map(([k, v]) => `<tr><th style="width:${width}">${e(k)}</th><td>${e(v)}</td></tr>`).join('');

// A. French/English attestation of origin from a foundry or rolling mill: label rows, registered office and customs origin.
export function frenchAttestation(
  p: Basics & { customer: Party; number: string; place: string; rows: readonly (readonly [string, string])[] },
): Made {
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)} · SIRET 412 ${p.number.length}88 905 00027 · TVA FR 61 412 788 905</div></div>
  <div class="right" style="padding-right:3pt">N° ${e(p.number)}</div></div>
  <h2 style="text-align:center;margin:12pt 0 2pt">ATTESTATION D'ORIGINE DE L'ALUMINIUM</h2>
  <p style="text-align:center;margin-bottom:10pt"><i>Aluminium origin certificate</i></p>
  <p>Destinataire / Addressee : ${e(p.customer.name)}, ${e(p.customer.address)}</p>
  <table>${labelRows(p.rows)}</table>
  <p>Nous attestons que les indications ci-dessus sont exactes. L'électrolyse désigne la production du métal primaire à partir d'alumine. / We certify that the above is correct. Electrolysis means producing primary metal from alumina.</p>
  <p class="sign">Fait à ${e(p.place)}, le ${e(p.date[0])}<br><br>Le Responsable Qualité / Quality Manager<br><span class="stamp">${e(p.issuer.name.toUpperCase())}</span></p>`;
  return documentOf(`Attestation ${p.number}`, { font: 'serif', paper: 'a4' }, body, p);
}

// B. An Italian "dichiarazione sostitutiva dell'atto di notorietà" with an English translation; the declarant's birth date and the law's date are not the document's.
export function italianSwornStatement(
  p: Basics & {
    declarant: string;
    born: string;
    role: string;
    vat: string;
    declares: string;
    english: string;
    place: string;
  },
): Made {
  const body = `
  <p class="right small" style="padding-right:3pt">Spett.le ${e(p.issuer.name)} – copia per il cliente / copy for the customer</p>
  <h2 style="text-align:center;margin:10pt 0 2pt">DICHIARAZIONE SOSTITUTIVA DELL'ATTO DI NOTORIETÀ</h2>
  <p style="text-align:center" class="small">(art. 47 D.P.R. 28 dicembre 2000, n. 445)</p>
  <p style="margin-top:10pt">Il sottoscritto ${e(p.declarant)}, nato a ${e(p.born)}, in qualità di ${e(p.role)} della società ${e(p.issuer.name)}, con sede in ${e(p.issuer.address)}, P.IVA ${e(p.vat)}, consapevole delle sanzioni penali previste dall'art. 76 del D.P.R. 445/2000 per le dichiarazioni mendaci,</p>
  <p style="text-align:center"><b>DICHIARA</b></p>
  <p>${e(p.declares)}</p>
  <p class="small" style="border-top:0.6pt solid #999;padding-top:4pt"><i>English translation:</i> ${e(p.english)}</p>
  <p class="sign">${e(p.place)}, ${e(p.date[0])}</p>
  <p class="sign">Il dichiarante / The declarant<br><br>______________________<br>${e(p.declarant)}</p>`;
  return documentOf(
    'Dichiarazione sostitutiva',
    { font: 'serif', paper: 'a4', extra: 'body{font-size:10pt}' },
    body,
    p,
  );
}

// C. A lot sheet from an Asian mill: one row a lot, the AIM fields as columns (alpha-3 codes), shipping and bank lines around it.
export function lotColumnSheet(
  p: Basics & {
    buyer: Party;
    number: string;
    shipping: string;
    product: string;
    /** Lot | net kg | primary % | smelt country (1) | smelt country (2) | casthouse country | COO. */
    lots: readonly string[];
    seed: number;
  },
): Made {
  const heads = ['Lot no.', 'Net kg', 'Primary Al %', 'Smelt country (1)', 'Smelt country (2)', 'Casthouse', 'COO'];
  const cell = (c: string) => `<td>${e(c)}</td>`;
  const lots = p.lots.map((l) => `<tr>${l.split(' | ').map(cell).join('')}</tr>`).join('');
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div></div>
  <div class="right" style="padding-right:3pt"><b>AIM LOT DATA SHEET</b><br>No. ${e(p.number)}<br>Issued ${e(p.date[0])}</div></div>
  <table class="plain"><tr><td style="width:22%">Buyer</td><td>${e(p.buyer.name)}, ${e(p.buyer.address)}</td></tr>
  <tr><td>Product</td><td>${e(p.product)}</td></tr><tr><td>Shipment</td><td>${e(p.shipping)}</td></tr></table>
  <table style="font-size:8.5pt"><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr>${lots}</table>
  <p class="small">Country codes: ISO 3166-1 alpha-3. Smelt country (1) = largest share of primary aluminium, (2) = second largest. Casthouse = country where the metal was last cast. COO = customs country of origin.</p>
  ${chemistryTable(p.alloy, p.seed)}
  <p class="small">Remit to: ${e(p.issuer.name)}, account 140-00${p.seed}-558812 · SWIFT code on invoice</p>
  <p class="sign">QA Section Chief &nbsp;<span class="stamp">QA PASSED</span></p>`;
  return documentOf(`AIM lot data sheet ${p.number}`, { font: 'sans', paper: 'a4' }, body, p);
}

// D. An export certificate of quality printed in capitals: labels and values in upper case among bank, licence and port lines.
export function capitalsQualityCertificate(
  p: Basics & { buyer: Party; number: string; rows: readonly (readonly [string, string])[]; seed: number },
): Made {
  const body = `
  <div style="text-align:center"><h1>${e(p.issuer.name.toUpperCase())}</h1><div class="small">${e(p.issuer.address.toUpperCase())}</div>
  <h2 style="letter-spacing:2pt;margin-top:10pt">CERTIFICATE OF QUALITY</h2></div>
  <table class="plain"><tr><td>NO.: ${e(p.number)}</td><td class="right" style="padding-right:3pt">DATE: ${e(p.date[0])}</td></tr>
  <tr><td colspan="2">BUYER: ${e(p.buyer.name.toUpperCase())}, ${e(p.buyer.address.toUpperCase())}</td></tr></table>
  <table>${labelRows(p.rows, '40%')}</table>
  ${chemistryTable(p.alloy, p.seed)}
  <p>WE HEREBY CERTIFY THAT THE GOODS ABOVE WERE PRODUCED AND INSPECTED IN ACCORDANCE WITH THE CONTRACT AND ARE IN CONFORMITY WITH ITS QUALITY REQUIREMENTS.</p>
  <p class="sign">FOR AND ON BEHALF OF ${e(p.issuer.name.toUpperCase())}<br><br>AUTHORIZED SIGNATURE &nbsp;<span class="stamp">INSPECTION DEPT.</span></p>`;
  return documentOf(`Certificate of quality ${p.number}`, { font: 'sans', paper: 'a4' }, body, p);
}

// E. A web-mail print-out in Portuguese: the reply's abbreviated date at the right, the customer's question quoted under "escreveu:".
export function portugueseWebmail(
  p: Basics & {
    from: readonly [string, string];
    to: string;
    subject: string;
    printed: string;
    /** Paragraphs apart by new lines. */
    reply: string;
    quoted: readonly [intro: string, text: string];
  },
): Made {
  const body = `
  <table class="plain"><tr><td><b style="font-size:13pt;color:#c5221f">Webmail</b></td><td class="right small" style="padding-right:3pt">${e(p.to)}</td></tr></table>
  <hr><h2>${e(p.subject)}</h2><p class="small">1 mensagem</p><hr>
  <table class="plain"><tr><td><b>${e(p.from[0])}</b> &lt;${e(p.from[1])}&gt;<br>Para: ${e(p.to)}</td><td class="right" style="padding-right:3pt">${e(p.date[0])}</td></tr></table>
  ${p.reply
    .split('\n')
    .map((t) => `<p>${e(t)}</p>`)
    .join('')}
  <p>Atenciosamente,<br>${e(p.from[0])}<br>${e(p.issuer.name)} · ${e(p.issuer.address)}</p>
  <p style="color:#555">${e(p.quoted[0])}</p>
  <blockquote style="border-left:1.5pt solid #ccc;margin:0 0 0 4pt;padding-left:8pt;color:#555">${e(p.quoted[1])}</blockquote>
  <div class="small" style="position:fixed;bottom:0;width:100%;display:flex;justify-content:space-between"><span>${e(p.printed)}</span><span>1/1</span></div>`;
  return documentOf(p.subject, { font: 'sans', paper: 'a4' }, body, p);
}

// F. A Spanish "declaración jurada" from a mill: "Declaro bajo juramento que …", place and date as "a 5 de noviembre de 2026".
export function spanishSwornDeclaration(
  p: Basics & { declarant: string; id: string; role: string; clauses: readonly string[]; place: string },
): Made {
  const body = `
  <p class="right small" style="padding-right:3pt">${e(p.issuer.name)} · ${e(p.issuer.address)}</p>
  <h2 style="text-align:center;margin:14pt 0 2pt">DECLARACIÓN JURADA DE ORIGEN DEL ALUMINIO</h2>
  <p style="text-align:center;margin-bottom:10pt"><i>Sworn declaration of aluminium origin</i></p>
  <p>Quien suscribe, ${e(p.declarant)}, con documento de identidad ${e(p.id)}, en su carácter de ${e(p.role)} de ${e(p.issuer.name)}, declara bajo juramento que:</p>
  <ol style="margin:0 0 8pt 14pt;padding:0;line-height:1.5">${p.clauses.map((c) => `<li>${e(c)}</li>`).join('')}</ol>
  <p>Se extiende la presente a pedido del cliente, para ser presentada ante la autoridad aduanera de los Estados Unidos. / Issued at the customer's request, for the U.S. customs authority.</p>
  <p class="sign">En ${e(p.place)}, a ${e(p.date[0])}.</p>
  <p class="sign">______________________<br>${e(p.declarant)}<br>${e(p.role)}</p>`;
  return documentOf('Declaración jurada', { font: 'serif', paper: 'a4', extra: 'body{font-size:10pt}' }, body, p);
}

// G. A chain-of-custody material declaration: an "Origin of primary metal" table in %, a casthouse row, certificate validity dates.
export function custodyDeclaration(
  p: Basics & {
    customer: Party;
    certificate: string;
    validity: string;
    audited: string;
    product: string;
    shares: readonly (readonly [string, string])[];
    casthouse: string;
    remark: string;
  },
): Made {
  const shares = p.shares.map(([c, s]) => `<tr><td>${e(c)}</td><td class="right">${e(s)}</td></tr>`).join('');
  const body = `
  <table class="plain"><tr><td><h1>${e(p.issuer.name)}</h1><span class="small">${e(p.issuer.address)}</span></td>
  <td class="right small" style="width:38%;padding-right:3pt">Chain of Custody certificate ${e(p.certificate)}<br>valid ${e(p.validity)}<br>last surveillance audit ${e(p.audited)}</td></tr></table>
  <h2 style="margin-top:12pt">Material Declaration – Primary Metal Origin</h2>
  <table class="plain"><tr><td style="width:26%">Declaration date</td><td>${e(p.date[0])}</td></tr>
  <tr><td>Customer</td><td>${e(p.customer.name)}, ${e(p.customer.address)}</td></tr><tr><td>Material</td><td>${e(p.product)}</td></tr></table>
  <h3>Origin of primary metal</h3>
  <table style="width:66%"><tr><th>Country where the primary metal was smelted</th><th class="right">%</th></tr>${shares}</table>
  <table style="width:66%"><tr><th style="width:50%">Casthouse</th><td>${e(p.casthouse)}</td></tr></table>
  <p>${e(p.remark)}</p>
  <p class="small">Shares are by mass of primary aluminium in the material supplied, from the mass balance of the declaration period.</p>
  <p class="sign">Sustainability &amp; Compliance Manager</p>`;
  return documentOf('Material declaration', { font: 'sans', paper: 'letter' }, body, p);
}

// H. A faxed origin form: the fax machine's header line (its own date and time), a short handwritten-style form, the date signed.
export function faxedOriginForm(
  p: Basics & {
    faxLine: string;
    to: string;
    fields: readonly (readonly [string, string])[];
    signer: string;
  },
): Made {
  const hand = "font-family:'Liberation Serif',serif;font-style:italic;font-size:11pt;color:#123";
  const body = `
  <div class="small" style="font-family:monospace;border-bottom:0.6pt dashed #444;padding-bottom:2pt">${e(p.faxLine)}</div>
  <h1 style="margin-top:14pt">${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)}</div>
  <h2 style="margin-top:14pt;border:1.2pt solid #222;padding:4pt;text-align:center">AIM INFORMATION FORM</h2>
  <p>To: ${e(p.to)}</p>
  <table>${p.fields.map(([k, v]) => `<tr><th style="width:40%">${e(k)}</th><td style="${hand}">${e(v)}</td></tr>`).join('')}</table>
  <p class="sign">Signed: <span style="${hand}">${e(p.signer)}</span> &nbsp;&nbsp; Date signed: <span style="${hand}">${e(p.date[0])}</span></p>`;
  return documentOf('AIM information form', { font: 'sans', paper: 'letter' }, body, p);
}

/** A case of this set: `dev13-01`, … */
export const item = numberedCases('dev13');
