import { type Candidate, sourceText } from './candidate';
import { companyName, opensWithLegalForm } from './company-names';
import { findDates } from './date-mentions';
import { labelOf } from './field-labels';
import { wordsIn } from './label-neighbours';
import { cellUnder } from './label-sites';
import type { Line, PageText, PageWord } from './page-text';
import { mailProgramLine } from './printed-email';
import { alloyAfterForm, alloyAfterWord, alloyBeforeForm } from './product-values';

/*
 * Facts a page states without a label: the letterhead (the issuer), a date standing alone on a
 * line ("12 May 2025", "Dubai, 3 February 2025"), an alloy named in a sentence.
 */

// A document's title in large print is not its issuer: "AFFIDAVIT OF ALUMINUM ORIGIN", "CERTIFICADO DE QUALIDADE".
const titleWords =
  /\b(?:certificate|certification|declaration|statement|invoice|letter|report|inspection|test|quality|conformity|affidavit|attestation|questionnaire|\p{L}*(?:zeugnis|bescheinigung|erkl[äa]rung)|abnahme\w*|certificado|certificat|certificato|declaraci[oó]n|d[ée]claration|dichiarazione|declara[çc][ãa]o|verklaring|beyan\w*|sertifika\w*|[şs]wiadectwo|o[śs]wiadczenie|certyfikat|osv[ěe]d[čc]en[ií])\b/iu;

/** The issuer from the top of the first page: the largest printed name, preferably one with a legal form. */
export function letterhead(page: PageText, lines: readonly Line[]): Candidate[] {
  const top = lines.filter((l) => l.box.y0 < page.height * 0.3);
  const tallest = Math.max(0, ...top.filter((l) => /\p{L}{3}/u.test(l.text)).map((l) => l.height));
  const out: Candidate[] = [];
  for (const line of top) {
    // An addressee's, buyer's or requester's name is not the issuer's ("Requested by: Sunbelt Marine Supply Co.").
    const first = line.cells[0]?.text ?? '';
    if (
      /^(?:to|attn|dear|requested by|prepared for|issued to|addressed to|at the request of)\b/i.test(first) ||
      labelOf(first)?.kind === 'distractor'
    )
      continue;
    // A mail program's print header names the mailbox's owner, the recipient (printed-email.ts).
    if (mailProgramLine.test(line.text)) continue;
    const wrapped = wrappedName(lines, line);
    if (wrapped) {
      out.push({ ...wrapped, score: wrapped.score * (line.height >= tallest * 0.9 ? 1 : 0.8), page: page.page });
      continue;
    }
    const big = line.height >= tallest * 0.9;
    // A letterhead's name may be read as several cells (wide letter spacing): the whole line is searched.
    const company = companyName(line.text);
    if (company) {
      out.push({
        field: 'issuer',
        value: company.name,
        score: big ? 0.8 : 0.62 - line.index * 0.005,
        page: page.page,
        order: line.index,
        words: wordsIn(line.text, line.words, company.start, company.end),
        how: 'letterhead',
      });
      continue;
    }
    if (!big) continue;
    // A name starts with a capital and is no date; "mill in United States." is the end of a sentence.
    const cell = line.cells.find(
      (c) =>
        c.words.length >= 2 &&
        /^\p{Lu}/u.test(c.text) &&
        /\p{L}{2}/u.test(c.text) &&
        !titleWords.test(c.text) &&
        findDates(c.text).length === 0,
    );
    if (cell)
      out.push({
        field: 'issuer',
        value: cell.text.replace(/[,;:]+$/, ''),
        // The largest print heading the page is the sender's name, before an addressee's company below it.
        score: line.index <= 1 && !/[@<>]/.test(cell.text) ? 0.64 : 0.45,
        page: page.page,
        order: line.index,
        words: cell.words,
        how: 'letterhead',
      });
  }
  return out;
}

/**
 * A name that wraps in a narrow letterhead or sidebar, its legal form alone on the next line
 * ("Doha Metal Trading" / "W.L.L."): the cell and the one right under it, read as one.
 */
function wrappedName(lines: readonly Line[], line: Line): Omit<Candidate, 'page'> | null {
  for (const cell of line.cells) {
    // A whole name may still go on below: "Aluminios Laminados de Veracruz S.A." / "de C.V.".
    const whole = companyName(cell.text);
    if (whole && whole.end < cell.text.trimEnd().length) return null;
    const below =
      cellUnder(lines, line.index + 1, cell.box, 0.8 * line.height) ??
      (whole ? cellUnder(lines, line.index + 2, cell.box, 1.4 * line.height) : null);
    if (!below || !opensWithLegalForm(below.text)) {
      if (whole) return null;
      continue;
    }
    const text = `${cell.text} ${below.text}`;
    const company = companyName(text);
    if (!company || company.start >= cell.text.length || (whole && company.end <= cell.text.length)) continue;
    return {
      field: 'issuer',
      value: company.name,
      score: 0.8,
      order: line.index,
      words: wordsIn(text, [...cell.words, ...below.words], company.start, company.end),
      how: 'letterhead',
    };
  }
  return null;
}

const onBehalf = /^\W*(?:for and on behalf of|on behalf of|for)\s*:?\s+/i;
const signing = /\b(?:signature|signatory|signed|stamp|authori[sz]ed|regards|sincerely|faithfully|truly)\b/i;

/**
 * The issuer where a document signs: "For and on behalf of Doha Metal Trading W.L.L.", or a
 * company name just above or below "Authorised signatory" in the last lines of the last page.
 */
export function signatory(page: PageText, lines: readonly Line[]): Candidate[] {
  const out: Candidate[] = [];
  // The foot of the text, wherever it ends on the page (a one-paragraph letter signs half-way down).
  const foot = lines.slice(-8).filter((l) => l.box.y0 > page.height * 0.2);
  foot.forEach((line, k) => {
    const behalf = onBehalf.exec(line.text);
    const from = behalf ? behalf.index + behalf[0].length : 0;
    const company = companyName(line.text.slice(from));
    if (!company || labelOf(line.cells[0]?.text ?? '')?.kind === 'distractor') return;
    const nearSignature = foot.slice(Math.max(0, k - 3), k + 4).some((l) => signing.test(l.text));
    if (!behalf && !nearSignature) return;
    out.push({
      field: 'issuer',
      value: company.name,
      score: behalf ? 0.72 : 0.66,
      page: page.page,
      order: line.index,
      words: wordsIn(line.text, line.words, from + company.start, from + company.end),
      how: 'letterhead',
    });
  });
  return out;
}

// "Declared at Dubai this 12th day of", "Signed in Oslo on", "Dated": the date a document was made;
// "purchase order CX-2209 dated" is the order's.
const referenceDated =
  /\b(?:order|invoice|po|p\.o\.|contract|letter|request|enquiry|inquiry|quotation|offer|b\/l|bill of lading|shipment|delivery note|specification|e-?mail)\b[^.;]{0,25}\bdated\s*$/i;
const signingWords = /\b(?:this|dated|signed|declared|sworn|done|given)\b[^.;]{0,40}$/i;
// "Place, date" over a signature, as suppliers' languages write it: "En Dos Hermanas, a 5 de noviembre
// de 2026", "Fait à Lyon, le 3 novembre 2026", "Duisburg, den 3. November 2026", "Brescia, lì 3 novembre".
const placeDated =
  /^\W*(?:(?:en|em|in|fait [àa]|done at|given at|signed at|dado en|feito em)\s+)?\p{Lu}[\p{L}.' -]{1,40},\s*(?:a|el|le|il|l[ìi]|den|am|on|the|dne|dnia|em)?\s*$/u;

/** Dates alone on a short line: a letter's date, "Place, date" above a signature. */
export function standaloneDates(
  page: PageText,
  lines: readonly Line[],
  monthFirst: boolean,
  exclude: ReadonlySet<PageWord>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines) {
    for (const cell of line.cells) {
      const dates = findDates(cell.text, { monthFirst });
      const date = dates[0];
      if (!date) continue;
      const words = wordsIn(cell.text, cell.words, date.start, date.end);
      if (words.some((w) => exclude.has(w))) continue;
      const short = cell.words.length <= 6 && line.cells.length <= 2;
      const before = cell.text.slice(Math.max(0, date.start - 60), date.start);
      const signed = (signingWords.test(before) && !referenceDated.test(before)) || placeDated.test(before);
      out.push({
        field: 'documentDate',
        value: date.iso,
        score: (short || signed ? 0.6 : 0.3) * (date.ambiguous ? 0.65 : 1) * (page.page === 1 ? 1 : 0.9),
        page: page.page,
        order: line.index,
        words: short ? cell.words : words,
        how: 'standalone',
      });
    }
  }
  return out;
}

/** "… in alloy 6063-T5", "alloy EN AW-6063 T6", "3003 H14 coils": an alloy named in running text or a description cell. */
export function alloyMentions(page: PageText, lines: readonly Line[]): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines) {
    line.cells.forEach((cell, k) => {
      // A sentence goes on at the next line's start ("… billets, alloy" / "6063, shipped …"): the last cell is read with it.
      const next = k === line.cells.length - 1 ? lines[line.index + 1]?.cells[0] : undefined;
      const words = next ? [...cell.words, ...next.words] : cell.words;
      const text = words.map((w) => w.text).join(' ');
      const alloy = proseAlloy(text);
      // What the next line says by itself is that line's.
      if (!alloy || (next && alloy.start >= cell.text.length && proseAlloy(next.text)?.alloy === alloy.alloy)) return;
      out.push({
        field: 'product',
        value: alloy.alloy,
        score: alloy.worded ? 0.6 : 0.5,
        page: page.page,
        order: line.index,
        words: wordsIn(text, words, Math.max(0, alloy.start - 6), alloy.end),
        how: 'prose',
        text: sourceText(cell.words),
      });
    });
  }
  return out;
}

/** "alloy 6063-T5" surely; "perfiles 6063", "3003 H14 coils", by what it is made into, less so. */
function proseAlloy(text: string): { start: number; end: number; alloy: string; worded: boolean } | null {
  const worded = alloyAfterWord(text);
  if (worded) return { ...worded, worded: true };
  const formed = alloyAfterForm(text) ?? alloyBeforeForm(text);
  return formed ? { ...formed, worded: false } : null;
}
