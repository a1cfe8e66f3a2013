import type { Candidate } from './candidate';
import { companyName } from './company-names';
import { wordsIn } from './label-neighbours';
import { letterhead } from './page-candidates';
import type { Line, PageText } from './page-text';

/*
 * A supplier's answer printed from a mail program: a header block ("From:", "Sent:", "To:",
 * "Subject:", or in the sender's language "Von:", "Envoyé :", "Asunto:"), the message, the
 * sender's signature, then often the quoted message it answers. The page's first line is the
 * mail program's and names the mailbox's owner, the recipient ("Outlook – Jennifer Walsh"), so
 * the issuer is the company in the sender's signature: a line of its own with a legal form, after
 * the header and before the quoted message.
 */

const headerLabel =
  /^\W{0,2}(?:from|sent|to|cc|bcc|subject|date|von|gesendet|an|betreff|datum|de|envoy[ée]|[àa]|objet|para|enviado|asunto|fecha|da|inviato|oggetto|data)\s*:/i;
const senderLabel = /^\W{0,2}(?:from|von|de|da)\s*:/i;
const subjectLabel = /^\W{0,2}(?:subject|betreff|objet|asunto|oggetto|assunto)\s*:/i;
// Where the message answered begins: its own header, or a mail program's separator line.
const quotedStart =
  /^\W{0,2}(?:from|von|de|da)\s*:|^-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht)|^on .{6,80} wrote:?$/i;

/** The print header of a mail program at the top of a page: "Outlook – Jennifer Walsh", "Gmail - RE: …". */
export const mailProgramLine =
  /^(?:microsoft\s+)?(?:outlook|gmail|thunderbird|yahoo!?\s*mail|lotus notes|apple mail)\b/i;

interface EmailParts {
  /** Index in `lines` of the first header line. */
  readonly headerStart: number;
  /** Index in `lines` of the last header line. */
  readonly headerEnd: number;
  /** Index in `lines` where the quoted message starts, or the number of lines. */
  readonly quoted: number;
}

/** The header and quoted parts of a printed e-mail, or null when the page is not one. */
export function emailParts(lines: readonly Line[]): EmailParts | null {
  const head = lines.slice(0, 14);
  const labelled = head.map((l) => headerLabel.test(l.text));
  if (labelled.filter(Boolean).length < 3) return null;
  // The header is one block (a line of OCR specks may sit inside it); a quoted header comes later.
  const headerStart = labelled.indexOf(true);
  let headerEnd = headerStart;
  while (labelled[headerEnd + 1] || (labelled[headerEnd + 2] && !labelled[headerEnd + 1])) {
    headerEnd += labelled[headerEnd + 1] ? 1 : 2;
  }
  const block = lines.slice(headerStart, headerEnd + 1);
  if (block.length < 3 || !block.some((l) => senderLabel.test(l.text)) || !block.some((l) => subjectLabel.test(l.text)))
    return null;
  const after = lines.findIndex((l, i) => i > headerEnd + 1 && quotedStart.test(l.text.trim()));
  return { headerStart, headerEnd, quoted: after < 0 ? lines.length : after };
}

/**
 * The issuer at the head of a first page: its letterhead, or for a printed e-mail the company in
 * the sender's signature (and a letterhead only above the mail header: a memo on letter paper).
 */
export function headIssuers(page: PageText, lines: readonly Line[]): Candidate[] {
  const head = letterhead(page, lines);
  const parts = emailParts(lines);
  if (!parts) return head;
  return [...head.filter((c) => c.order < parts.headerStart), ...emailSender(page, lines, parts)];
}

/** The sender's company from the signature of a printed e-mail. */
function emailSender(page: PageText, lines: readonly Line[], parts: EmailParts): Candidate[] {
  const message = lines.slice(parts.headerEnd + 1, parts.quoted);
  // A signature is at the end of the message: its last lines, read upwards.
  for (const line of message.slice(-8).reverse()) {
    const text = line.text.trim();
    const company = companyName(line.text);
    // A line of its own: a company named inside a sentence ("shipped to Sunbelt Diecast Inc. by truck") is not the sender.
    if (!company || company.name.length < 0.8 * text.replace(/[\s,.;]+$/, '').length) continue;
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
