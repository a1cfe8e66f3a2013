import { type Made, numberedCases, type Party } from './case-helpers';
import type { ExpectedFields } from './certificate-case';
import { chemistryTable, escapeHtml as e, htmlPage, mechanicalTable, pageStyle } from './page-style';

/*
 * The layouts of development set 12 (development-set-12.ts holds its cases): document families
 * and wordings the earlier sets did not have — Portuguese, Dutch, Turkish, Polish, Spanish and
 * German documents with their own country and month names, a table with fields as columns, a
 * questionnaire of long numbered questions, a U.S. affidavit with a jurat, a recycled-content
 * certificate with a charge table in %, a printed e-mail thread and a DIN 5008 business letter.
 */

/** The origin answers a layout's document states (its date, issuer and product come from the layout). */
export type Stated = Pick<ExpectedFields, 'smeltLargest' | 'smeltSecond' | 'cast'>;

/** What every layout of these sets is told: who issues the document, its date (as printed, as ISO), what it states, the product word. */
export interface Basics {
  readonly issuer: Party;
  readonly date: readonly [string, string];
  readonly stated: Stated;
  readonly alloy: string;
}

/** The document's page and its answers: the stated origins, its own issue date, issuer and product word. */
export function documentOf(
  title: string,
  look: { font: 'sans' | 'serif' | 'mono'; paper: 'a4' | 'letter'; extra?: string },
  body: string,
  p: Basics,
): Made {
  return {
    html: htmlPage(title, pageStyle(look.font, look.paper, look.extra), body),
    expected: { ...p.stated, documentDate: p.date[1], issuer: p.issuer.name, product: p.alloy },
    paper: look.paper,
  };
}

const rows = (pairs: readonly (readonly [string, string])[], width = '48%') =>
  pairs.map(([k, v]) => `<tr><th style="width:${width}">${e(k)}</th><td>${e(v)}</td></tr>`).join('');

// A. Brazilian Portuguese/English quality certificate: an "Origem do metal primário" table with a "%" column.
export function brazilianQualityCertificate(
  p: Basics & {
    customer: Party;
    number: string;
    order: readonly [string, string];
    port: string;
    product: string;
    shares: readonly (readonly [country: string, pct: string])[];
    castIn: string;
    note: string;
    seed: number;
  },
): Made {
  const shares = p.shares.map(([c, s]) => `<tr><td>${e(c)}</td><td class="right">${e(s)}</td></tr>`).join('');
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)} · CNPJ ${p.seed}2.845.671/0001-${p.seed}0</div></div>
  <div class="right"><b>CERTIFICADO DE QUALIDADE<br>QUALITY CERTIFICATE</b><br>Nº ${e(p.number)}</div></div>
  <table>
  <tr><th>Cliente / Customer</th><td colspan="3">${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><th>Produto / Product</th><td>${e(p.product)}</td><th>Liga / Alloy</th><td>${e(p.alloy)}</td></tr>
  <tr><th>Pedido / Order</th><td>${e(p.order[0])} de ${e(p.order[1])}</td><th>Data de emissão / Issue date</th><td>${e(p.date[0])}</td></tr>
  <tr><th>Porto de embarque / Port of loading</th><td>${e(p.port)}</td><th>Nota fiscal</th><td>${p.seed}48.221</td></tr>
  </table>
  <h3>Composição química / Chemical composition (%)</h3>${chemistryTable(p.alloy, p.seed)}
  <h3>Propriedades mecânicas / Mechanical properties</h3>${mechanicalTable(p.seed)}
  <h3>Origem do metal primário / Origin of primary metal</h3>
  <table style="width:62%"><tr><th>País de eletrólise / Country of electrolysis</th><th class="right">%</th></tr>${shares}</table>
  <p>Lingotes fundidos em / Ingots cast in: <b>${e(p.castIn)}</b></p>
  <p class="small">${e(p.note)}</p>
  <p class="sign">Controle de Qualidade / Quality Control &nbsp;<span class="stamp">APROVADO</span></p>`;
  return documentOf(`Certificado ${p.number}`, { font: 'sans', paper: 'a4' }, body, p);
}

// B. Dutch/English origin declaration from a trader: a table whose columns are the fields, one row per product.
export function dutchColumnDeclaration(
  p: Basics & {
    buyer: Party;
    number: string;
    place: string;
    /** Product | alloy | smelt country 1 | smelt country 2 | cast country | customs origin. */
    lines: readonly string[];
  },
): Made {
  const cell = (c: string) => `<td>${e(c)}</td>`;
  const cells = p.lines.map((l) => `<tr>${l.split(' | ').map(cell).join('')}</tr>`).join('');
  const body = `
  <h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)} · KvK 2408${p.number.length}311 · BTW NL8150.77.402.B01</div>
  <h2 style="margin-top:14pt">Herkomstverklaring aluminium / Aluminium origin declaration</h2>
  <table class="plain"><tr><td style="width:30%">Referentie / Reference</td><td>${e(p.number)}</td></tr>
  <tr><td>Datum / Date</td><td>${e(p.date[0])}</td></tr>
  <tr><td>Afnemer / Buyer</td><td>${e(p.buyer.name)}, ${e(p.buyer.address)}</td></tr></table>
  <p>Hierbij verklaren wij voor de onderstaande goederen: / We hereby declare for the goods below:</p>
  <table style="font-size:8.5pt"><tr><th>Product</th><th>Legering / Alloy</th><th>Smeltland 1 / Smelt country 1</th><th>Smeltland 2 / Smelt country 2</th><th>Gietland / Cast country</th><th>Douane-oorsprong / Customs origin</th></tr>${cells}</table>
  <p class="small">Smeltland = land waar het primaire aluminium door elektrolyse is geproduceerd (1 = grootste aandeel). Gietland = land waar het metaal het laatst is gegoten. De douane-oorsprong is die van het certificaat van oorsprong en kan afwijken. / Smelt country = where the primary aluminium was produced by electrolysis (1 = largest share). Cast country = where the metal was last cast. The customs origin is that of the certificate of origin and may differ.</p>
  <p>Bank: ING Bank N.V., Amsterdam · IBAN NL91 INGB 0007 7124 58 · Laadhaven / Port of loading: Rotterdam</p>
  <p class="sign">${e(p.place)}, ${e(p.date[0])}<br><br>______________________<br>Afdeling Inkoop / Purchasing</p>`;
  return documentOf(`Herkomstverklaring ${p.number}`, { font: 'sans', paper: 'a4' }, body, p);
}

// C. Turkish/English origin statement: "Electrolysis in" and "Metal poured in" rows among invoice and B/L rows.
export function turkishOriginStatement(
  p: Basics & {
    consignee: Party;
    rows: readonly (readonly [string, string])[];
  },
): Made {
  const body = `
  <table class="plain"><tr><td><h1>${e(p.issuer.name)}</h1><span class="small">${e(p.issuer.address)} · Vergi No: 62${p.alloy}1894</span></td>
  <td class="right" style="width:34%">Tarih / Date: <b>${e(p.date[0])}</b></td></tr></table>
  <h2 style="text-align:center;margin:12pt 0">MENŞE BEYANI / ORIGIN STATEMENT</h2>
  <p>Alıcı / Consignee: ${e(p.consignee.name)}, ${e(p.consignee.address)}</p>
  <table>${rows(p.rows)}</table>
  <p>Yukarıdaki bilgilerin doğru olduğunu beyan ederiz. / We declare that the above information is correct. Birincil alüminyum, alüminanın elektrolizle metale dönüştürüldüğü ülkede ergitilmiş sayılır. / Primary aluminium counts as smelted in the country where alumina was turned into metal by electrolysis.</p>
  <p class="sign">Kaşe ve imza / Stamp and signature<br><span class="stamp">${e(p.issuer.name.split(' ')[0]!.toUpperCase())} A.Ş.</span></p>`;
  return documentOf('Menşe beyanı / Origin statement', { font: 'serif', paper: 'a4' }, body, p);
}

// D. A customer's questionnaire with long numbered questions; each answer on its own line under the question.
export function numberedQuestionnaire(
  p: Basics & {
    contact: string;
    customer: string;
    product: string;
    answers: readonly [
      primary: string,
      largest: string,
      second: string,
      cast: string,
      customs: string,
      recycled: string,
    ];
  },
): Made {
  const questions = [
    'Does the product contain primary aluminium, i.e. metal produced by the electrolytic reduction of alumina? If the product is made only from scrap, answer “No” and go to question 5.',
    'In which country was the largest share of the primary aluminium contained in the product smelted? Give the country where the metal was produced by electrolysis, not the country of the smelter’s owner or of the trader who sold it.',
    'If primary aluminium from more than one country was used, in which country was the second-largest share smelted? Answer “none” if all of the primary aluminium came from one country.',
    'Casthouse: in which country was the aluminium last liquefied and cast (ingot, billet, slab or cast part) before it became the product?',
    'What is the country of origin of the product for customs purposes? (For information only; it is not the smelt or cast country.)',
    'What share of the product’s aluminium content is recycled (pre- and post-consumer scrap), in per cent?',
  ];
  const items = questions
    .map((q, i) => `<li style="margin-bottom:6pt">${e(q)}<br><b>Answer:</b> ${e(p.answers[i]!)}</li>`)
    .join('');
  const body = `
  <h1>Supplier Metal Origin Questionnaire (AIM)</h1>
  <p class="small">Form MOQ-3.2, issued by ${e(p.customer)} on 2026-01-15 · Return within 30 days · Keep a copy for five years</p>
  <h3>Respondent</h3>
  <table class="plain"><tr><td style="width:28%">Company</td><td><b>${e(p.issuer.name)}</b></td></tr>
  <tr><td>Address</td><td>${e(p.issuer.address)}</td></tr><tr><td>Contact</td><td>${e(p.contact)}</td></tr>
  <tr><td>Product(s)</td><td>${e(p.product)}</td></tr><tr><td>Date of this response</td><td>${e(p.date[0])}</td></tr></table>
  <h3>Questions</h3><ol style="margin:0 0 6pt 14pt;padding:0">${items}</ol>
  <p>I confirm that the answers above are true and complete to the best of my knowledge.</p>
  <p class="sign">Signature: ______________________ &nbsp; Name: ${e(p.contact.split(',')[0]!)}</p>`;
  return documentOf('Supplier metal origin questionnaire', { font: 'sans', paper: 'a4' }, body, p);
}

// E. A U.S. affidavit: venue caption, numbered averments, a jurat with the day it was sworn, a notary's commission date.
export function usAffidavit(
  p: Basics & {
    state: string;
    county: string;
    affiant: string;
    title: string;
    averments: readonly string[];
    commission: string;
  },
): Made {
  const body = `
  <h1 style="text-align:center;margin-bottom:12pt">AFFIDAVIT OF ALUMINUM ORIGIN</h1>
  <table class="plain" style="width:60%"><tr><td>STATE OF ${e(p.state.toUpperCase())}</td><td>)</td></tr><tr><td></td><td>) ss.</td></tr>
  <tr><td>COUNTY OF ${e(p.county.toUpperCase())}</td><td>)</td></tr></table>
  <p>I, ${e(p.affiant)}, being first duly sworn, depose and state as follows:</p>
  <ol style="margin:0 0 8pt 14pt;padding:0;line-height:1.5">
  <li>I am the ${e(p.title)} of ${e(p.issuer.name)}, ${e(p.issuer.address)} (the “Company”), and I have personal knowledge of the facts stated in this affidavit.</li>
  ${p.averments.map((a) => `<li>${e(a)}</li>`).join('')}
  <li>The Company keeps the purchase and production records on which these statements rest and will produce them on request.</li></ol>
  <p>FURTHER AFFIANT SAYETH NAUGHT.</p>
  <p class="sign">______________________________<br>${e(p.affiant)}, ${e(p.title)}</p>
  <p style="margin-top:14pt">Sworn to and subscribed before me this ${e(p.date[0])}.</p>
  <p class="sign">______________________________<br>Notary Public, State of ${e(p.state)}<br>My commission expires: ${e(p.commission)}
  <span class="stamp">NOTARY PUBLIC · ${e(p.state.toUpperCase())}</span></p>`;
  const look = { font: 'serif', paper: 'letter', extra: 'body{font-size:10pt}' } as const;
  return documentOf('Affidavit of aluminum origin', look, body, p);
}

// F. Polish/English recycled-content certificate: a charge table in % and the origin rows below it.
export function polishChargeCertificate(
  p: Basics & {
    customer: Party;
    number: string;
    delivery: string;
    product: string;
    charge: readonly (readonly [string, string])[];
    origin: readonly (readonly [string, string])[];
    seed: number;
  },
): Made {
  const charge = p.charge.map(([c, s]) => `<tr><td>${e(c)}</td><td class="right">${e(s)}</td></tr>`).join('');
  const body = `
  <div class="head"><div><h1>${e(p.issuer.name)}</h1><div class="small">${e(p.issuer.address)} · NIP 66${p.seed}-204-18-77 · KRS 0000${p.seed}41920</div></div>
  <div class="right"><b>ŚWIADECTWO SKŁADU WSADU<br>CHARGE COMPOSITION CERTIFICATE</b><br>Nr ${e(p.number)}</div></div>
  <table class="plain"><tr><td style="width:34%">Odbiorca / Customer</td><td>${e(p.customer.name)}, ${e(p.customer.address)}</td></tr>
  <tr><td>Wyrób / Product</td><td>${e(p.product)}, stop / alloy ${e(p.alloy)}</td></tr>
  <tr><td>Data wystawienia / Date of issue</td><td>${e(p.date[0])}</td></tr>
  <tr><td>Data dostawy / Delivery date</td><td>${e(p.delivery)}</td></tr></table>
  <h3>Skład wsadu / Charge composition</h3>
  <table style="width:70%"><tr><th>Składnik wsadu / Charge component</th><th class="right">%</th></tr>${charge}</table>
  <h3>Pochodzenie metalu / Metal origin</h3><table>${rows(p.origin, '55%')}</table>
  ${chemistryTable(p.alloy, p.seed)}
  <p class="small">Świadectwo wystawiono na podstawie dokumentacji wytopu. / Issued on the basis of the melt records. Bank: PKO BP S.A., Warszawa.</p>
  <p class="sign">Kierownik Kontroli Jakości / Quality Control Manager</p>`;
  return documentOf(`Świadectwo ${p.number}`, { font: 'sans', paper: 'a4' }, body, p);
}

// G. A printed e-mail thread in Spanish with an English translation; the customer's earlier question quoted below.
export function spanishEmailThread(
  p: Basics & {
    sender: readonly [name: string, address: string];
    to: string;
    subject: string;
    /** Paragraphs apart by new lines. */
    spanish: string;
    english: string;
    quoted: readonly [sent: string, text: string];
  },
): Made {
  const paragraphs = (text: string) =>
    text
      .split('\n')
      .map((t) => `<p>${e(t)}</p>`)
      .join('');
  const body = `
  <div style="border-bottom:1pt solid #999;padding-bottom:4pt;margin-bottom:8pt;font-size:9.5pt">
  <b>De:</b> ${e(p.sender[0])} &lt;${e(p.sender[1])}&gt;<br><b>Enviado el:</b> ${e(p.date[0])}<br>
  <b>Para:</b> ${e(p.to)}<br><b>Asunto:</b> ${e(p.subject)}</div>
  ${paragraphs(p.spanish)}
  <p style="margin-top:8pt"><i>English:</i></p>${paragraphs(p.english)}
  <p>Un saludo / Kind regards,<br>${e(p.sender[0])}<br><b>${e(p.issuer.name)}</b><br><span class="small">${e(p.issuer.address)}</span></p>
  <div style="border-top:1pt solid #bbb;margin-top:10pt;padding-top:4pt;color:#444">
  <b>From:</b> ${e(p.to)}<br><b>Sent:</b> ${e(p.quoted[0])}<br><b>To:</b> ${e(p.sender[0])}<br><b>Subject:</b> AIM data
  <p style="margin-top:4pt">${e(p.quoted[1])}</p></div>`;
  return documentOf(p.subject, { font: 'sans', paper: 'letter' }, body, p);
}

// H. A German business letter (DIN 5008): window address, an information block with the date, an English summary.
export function germanBusinessLetter(
  p: Basics & {
    /** The window address, its lines apart by new lines. */
    recipient: string;
    info: readonly (readonly [string, string])[];
    subject: string;
    /** Paragraphs apart by new lines. */
    german: string;
    english: string;
    signer: string;
    register: string;
  },
): Made {
  const body = `
  <div style="text-align:right"><h1 style="color:#1d3d6b">${e(p.issuer.name)}</h1></div>
  <table class="plain" style="margin-top:10pt"><tr><td style="width:60%;vertical-align:top">
  <div class="small" style="text-decoration:underline">${e(p.issuer.name)} · ${e(p.issuer.address)}</div>
  <div style="margin-top:4pt">${p.recipient.split('\n').map(e).join('<br>')}</div></td>
  <td><table class="plain">${p.info.map(([k, v]) => `<tr><td class="small">${e(k)}</td><td class="small">${e(v)}</td></tr>`).join('')}</table></td></tr></table>
  <p style="margin-top:16pt"><b>${e(p.subject)}</b></p>
  <p>Sehr geehrte Damen und Herren,</p>${p.german
    .split('\n')
    .map((t) => `<p>${e(t)}</p>`)
    .join('')}
  <p style="border-left:2pt solid #999;padding-left:6pt"><i>English summary:</i> ${e(p.english)}</p>
  <p>Mit freundlichen Grüßen</p><p class="sign">${e(p.issuer.name)}<br><br>i. A. ${e(p.signer)}</p>
  <div class="small" style="border-top:0.6pt solid #999;margin-top:24pt;padding-top:3pt">${e(p.register)}</div>`;
  return documentOf(p.subject, { font: 'sans', paper: 'a4', extra: 'body{font-size:10pt}' }, body, p);
}

/** A case of this set: `dev12-01`, … */
export const item = numberedCases('dev12');
