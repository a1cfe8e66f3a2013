import type { Candidate } from './candidate';
import { companyName } from './company-names';
import { findDates } from './date-mentions';
import { wordsIn } from './label-neighbours';
import { letterhead } from './page-candidates';
import type { Line, PageText } from './page-text';

/*
 * A supplier's answer printed from a mail program: a header block ("From:", "Sent:", "To:",
 * "Subject:", or in the sender's language "Von:", "Enviado el:", "Asunto:"), the message, the
 * sender's signature, then often the quoted message it answers. The page's first line is the
 * mail program's and names the mailbox's owner, the recipient ("Outlook – Jennifer Walsh"), so
 * the issuer is the company in the sender's signature: a line of its own with a legal form, after
 * the header and before the quoted message.
 */

const headerLabel =
  /^\W{0,2}(?:from|sent|to|cc|bcc|subject|date|von|gesendet|an|betreff|datum|de|envoy[ée](?: le)?|[àa]|objet|para|enviado(?: el)?|asunto|fecha|da|inviato|oggetto|data)\s*:/i;
const senderLabel = /^\W{0,2}(?:from|von|de|da)\s*:/i;
const subjectLabel = /^\W{0,2}(?:subject|betreff|objet|asunto|oggetto|assunto)\s*:/i;
// Where the message answered begins: its own header, a mail program's separator line, or the line
// that introduces it ("On Mon, 2 Nov 2026 … wrote:", "Em seg., 2 de nov. de 2026 … escreveu:").
const quotedStart =
  /^\W{0,2}(?:from|von|de|da)\s*:|^-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht)|^(?:on|em|el|le|am|il|op)\s.{6,160}\b(?:wrote|escreveu|escribi[óo]|a [ée]crit|schrieb|ha scritto|schreef)\b[^:]{0,40}:?$/i;
const toLabel = /^\W{0,2}(?:to|an|[àa]|para|a|aan|do|kime)\s*:/i;
const address = /<[^<>\s@]+@[^<>\s]+>/;

/** The print header of a mail program at the top of a page: "Outlook – Jennifer Walsh", "Gmail - RE: …", "Webmail". */
export const mailProgramLine =
  /^(?:microsoft\s+)?(?:outlook|gmail|webmail|roundcube|zimbra|thunderbird|yahoo!?\s*mail|lotus notes|apple mail)\b/i;

interface EmailParts {
  /** Index in `lines` of the first line of the mail: its program's header, else its first header line. */
  readonly headerStart: number;
  /** Index in `lines` of the last header line. */
  readonly headerEnd: number;
  /** Index in `lines` of the line naming the sender ("From: …", or a webmail's "Name <address>   date"). */
  readonly sender: number;
  /** Index in `lines` where the quoted message starts, or the number of lines. */
  readonly quoted: number;
}

/** A mail program's labelled header block ("From:", "Sent:", "To:", "Subject:"): its first and last line. */
function labelledHeader(lines: readonly Line[]): { first: number; last: number } | null {
  const labelled = lines.slice(0, 14).map((l) => headerLabel.test(l.text));
  if (labelled.filter(Boolean).length < 3) return null;
  // The header is one block (a line of OCR specks may sit inside it); a quoted header comes later.
  const first = labelled.indexOf(true);
  let last = first;
  while (labelled[last + 1] || (labelled[last + 2] && !labelled[last + 1])) last += labelled[last + 1] ? 1 : 2;
  const block = lines.slice(first, last + 1);
  if (block.length < 3 || !block.some((l) => senderLabel.test(l.text)) || !block.some((l) => subjectLabel.test(l.text)))
    return null;
  return { first, last };
}

/** The header and quoted parts of a printed e-mail, or null when the page is not one. */
export function emailParts(lines: readonly Line[]): EmailParts | null {
  const program = lines.slice(0, 2).findIndex((l) => mailProgramLine.test(l.text));
  const labelled = labelledHeader(lines);
  let header: { first: number; last: number; sender: number } | null = labelled && {
    ...labelled,
    sender: lines.findIndex((l, i) => i >= labelled.first && senderLabel.test(l.text)),
  };
  if (!header) {
    // A webmail's print: "Name <address>   date" with "To:" right under it, the subject above.
    // (The mail program's own line names the mailbox's owner, with an address too.)
    const sender = lines.findIndex((l, i) => i > program && i < 14 && address.test(l.text) && !toLabel.test(l.text));
    const to = sender < 0 ? -1 : lines.findIndex((l, i) => i > sender && i <= sender + 2 && toLabel.test(l.text));
    if (to < 0) return null;
    header = { first: sender, last: to, sender };
  }
  const headerStart = program >= 0 ? program : header.first;
  const after = lines.findIndex((l, i) => i > header.last + 1 && quotedStart.test(l.text.trim()));
  return { headerStart, headerEnd: header.last, sender: header.sender, quoted: after < 0 ? lines.length : after };
}

/**
 * What the head of a first page says: the issuer from its letterhead, or for a printed e-mail the
 * company in the sender's signature (and a letterhead only above the mail header: a memo on
 * letter paper) and the date it was sent, not the dates of the messages it quotes.
 */
export function headCandidates(page: PageText, lines: readonly Line[], monthFirst: boolean): Candidate[] {
  const head = letterhead(page, lines);
  const parts = emailParts(lines);
  if (!parts) return head;
  return [
    ...head.filter((c) => c.order < parts.headerStart),
    ...emailSender(page, lines, parts),
    ...emailSent(page, [lines[parts.sender], ...lines.slice(parts.headerStart, parts.headerEnd + 1)], monthFirst),
  ];
}

const sentLabel =
  /^\W{0,2}(?:sent|date|gesendet|datum|envoy[ée](?: le)?|enviado(?: el)?|fecha|inviato|data|verzonden|wys[łl]ano|g[öo]nderildi|tarih)\s*:/i;

/** The date on the header's "Sent:" line, or beside a webmail's sender. */
function emailSent(page: PageText, header: readonly (Line | undefined)[], monthFirst: boolean): Candidate[] {
  for (const [k, line] of header.entries()) {
    if (!line) continue;
    const label = sentLabel.exec(line.text);
    const from = label ? label[0].length : 0;
    const date = label || k === 0 ? findDates(line.text.slice(from), { monthFirst })[0] : undefined;
    if (!date) continue;
    return [
      {
        field: 'documentDate',
        value: date.iso,
        score: 0.8 * (date.ambiguous ? 0.65 : 1),
        page: page.page,
        order: line.index,
        words: wordsIn(line.text, line.words, from + date.start, from + date.end),
        how: 'label',
      },
    ];
  }
  return [];
}

/** The sender's company from the signature of a printed e-mail. */
function emailSender(page: PageText, lines: readonly Line[], parts: EmailParts): Candidate[] {
  const message = lines.slice(parts.headerEnd + 1, parts.quoted);
  // A signature is at the end of the message: its last lines, read upwards.
  for (const line of message.slice(-8).reverse()) {
    const text = line.text.trim();
    const company = companyName(line.text);
    // A line of its own: a company named inside a sentence ("shipped to Sunbelt Diecast Inc. by truck") is not the sender.
    // A line of its own, or the company and then its address: "Fundição Lusa de Alumínio, Lda. · Zona Industrial …".
    const alone = company && company.name.length >= 0.8 * text.replace(/[\s,.;]+$/, '').length;
    const heading = company && company.start <= 2 && /^\s*[·|–—-]\s/.test(line.text.slice(company.end));
    if (!company || (!alone && !heading)) continue;
    return [
      {
        field: 'issuer',
        value: company.name,
        score: 0.74,
        page: page.page,
        order: line.index,
        words: wordsIn(line.text, line.words, company.start, company.end),
        how: 'letterhead',
      },
    ];
  }
  return [];
}
