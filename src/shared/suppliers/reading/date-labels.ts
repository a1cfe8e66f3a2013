/*
 * The words that label a document's own date, and those that label other dates (delivery,
 * shipment, test, production, order, cast), in English and in the languages suppliers write in:
 * a certificate's own date beats the dates it mentions. Accents are optional (OCR drops them).
 * A bare word for "date" ("Fecha", "Data", "Tarih") is a label only when it is all of the label:
 * "Test data" and "Data sheet" are not dates. Words end where letters end, accented or not.
 */

export const issueDateWord = new RegExp(
  [
    // English, German
    'date of issue|issue date|issuing date|date issued|issued(?: on| at)?|certificate date|date of (?:the )?certificate',
    'ausstellungsdatum|zeugnisdatum',
    // French, Spanish, Italian, Portuguese
    "date d['’ ]?[ée](?:mission|dition)|date du certificat|[ée]mis le",
    'fecha de (?:emisi[oó]n|expedici[oó]n)|fecha del certificado',
    "data (?:di |d['’])?emissione|data del certificato",
    'data de emiss[ãa]o|data do certificado',
    // Dutch, Turkish, Polish, Czech, Slovak, Nordic, Romanian, Hungarian
    'datum van afgifte|uitgiftedatum|d[üu]zenleme tarihi|belge tarihi|sertifika tarihi',
    'data wystawienia|datum vystaven[ií]|d[áa]tum vystavenia',
    'utf[äa]rdandedatum|udstedelsesdato|utstedelsesdato|data emiterii|ki[áa]ll[ií]t[áa]s d[áa]tuma',
    // Last: "Datum" in any phrase the longer labels above did not name.
    'datum',
  ]
    .map((words) => `(?<![\\p{L}\\d])(?:${words})(?![\\p{L}\\d])`)
    .join('|') +
    // The word alone: "Fecha:", "Data", "Tarih", "Dato", "Tanggal", "Kelt", "Päiväys".
    '|^\\W*(?:fecha|data|tarih|dato|tanggal|tarikh|kelt|p[äa]iv[äa]ys|p[äa]iv[äa]m[äa][äa]r[äa]|d[áa]tum)\\W*$',
  'iu',
);

/**
 * "Date of this response", "Date of this declaration": a label for the document's own date that
 * reads like a sentence ("this" makes other labels prose).
 */
export const thisDocumentDate =
  /^\W*date of (?:this|the present) (?:response|reply|declaration|certificate|statement|letter|document|form|questionnaire|affidavit|answer)\b/i;

export const otherDateWord = new RegExp(
  [
    // English
    '(?:delivery|shipment|shipping|order|production|manufacturing|test|testing|due|expiry|expiration|valid|validity|arrival|departure|loading|contract|po|cast|melt|birth|receipt)\\s+date',
    'date of (?:shipment|delivery|production|test|testing|manufacture|order|loading|arrival|receipt|expiry)',
    'valid (?:until|through|to)|expires?|period',
    // German
    '(?:liefer|versand|pr[üu]f|herstellungs|produktions|bestell|gie(?:ß|ss)|guss|schmelz|auftrags|eingangs)datum',
    // French
    "date (?:de |d['’])(?:livraison|exp[ée]dition|essai|fabrication|production|coul[ée]e|commande|chargement|r[ée]ception)",
    // Spanish, Portuguese
    'fecha de (?:embarque|entrega|env[ií]o|ensayo|fabricaci[oó]n|producci[oó]n|colada|fundici[oó]n|pedido|carga)',
    'data de (?:embarque|entrega|envio|ensaio|fabrica[çc][ãa]o|fabrico|produ[çc][ãa]o|vazamento|carga)|data do pedido',
    // Italian
    "data (?:di |d['’])?(?:spedizione|consegna|prova|collaudo|produzione|colata|ordine|carico)",
    // Turkish, Polish, Dutch, Czech
    '(?:sevk|teslim|test|[üu]retim|d[öo]k[üu]m|sipari[şs]|y[üu]kleme) tarihi',
    'data (?:dostawy|wysy[łl]ki|badania|produkcji|zam[óo]wienia|odlewu)',
    '(?:lever|verzend|productie|test|bestel)datum',
    'datum (?:dod[áa]n[ií]|zkou[šs]ky|v[ýy]roby|objedn[áa]vky)',
    // Another document's issue: "LIC NO. LC-4471-2026 ISSUED 2026-09-30", "invoice … issued on".
    '[\\p{L}/-]*\\d[\\p{L}\\d/.-]*\\s+issued|(?:licen[cs]e|permit|invoice|order|contract|l\\/c|letter of credit)\\b[^:]{0,30}\\bissued',
    // The date of the letter or order answered: "Ihre Anfrage vom", "your letter of", "votre commande du".
    '(?:ihre?|unsere?) \\p{L}+ vom|your (?:letter|order|request|enquiry|inquiry|e-?mail|message|purchase order) (?:of|dated)',
    'votre \\p{L}+ du|su \\p{L}+ del?|uw \\p{L}+ van|vostr[ao] \\p{L}+ del',
  ]
    .map((words) => `(?<![\\p{L}\\d])(?:${words})(?![\\p{L}\\d])`)
    .join('|'),
  'iu',
);
