import { addressCountry } from './own-language-countries';
import type { Line } from './page-text';

/*
 * How a document writes its numeric dates, day first (23/10/2026) or month first (10/23/2026),
 * so that an ambiguous one (09/11/2026) is read as its issuer meant it:
 *   1. a numeric date elsewhere in the same document that can only be read one way decides;
 *   2. else the issuer's country, from the address at the head of the first page, in any
 *      language ("Italia", "Deutschland"); lines naming the customer, buyer or consignee are
 *      skipped, since the customer's country says nothing about how the issuer writes dates;
 *   3. else day first, the order most of the world uses (the app's own choice; the date stays
 *      marked ambiguous, so the person is asked to check it).
 * Month first is the issuer's order only in the United States (app's own choice: Canada and
 * others mix both, and there the document's own unambiguous dates decide).
 */

const slashDate = /\b(\d{1,2}) ?([/-]) ?(\d{1,2}) ?\2 ?((?:19|20)\d{2})\b/g;

/** +1 for each numeric date only month-first can read, −1 for each only day-first can. */
function unambiguousVotes(lines: readonly Line[]): number {
  let votes = 0;
  for (const line of lines) {
    for (const m of line.text.matchAll(slashDate)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) votes -= 1;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) votes += 1;
    }
  }
  return votes;
}

const partyLabel =
  /\b(customer|client|cliente|kunde|sold to|ship(?:ped)? to|bill(?:ed)? to|buyer|consignee|purchaser|destinatario|destinataire|empfänger|addressee|to:|attn)\b/i;

/** The issuer's country from the head of the first page (its top fifth), skipping the parties it writes to. */
export function issuerCountryOf(head: readonly Line[]): string | null {
  for (const line of head) {
    if (partyLabel.test(line.text)) continue;
    const code = addressCountry(line.text);
    if (code) return code;
  }
  return null;
}

export function monthFirstDates(allLines: readonly Line[], head: readonly Line[]): boolean {
  const votes = unambiguousVotes(allLines);
  if (votes !== 0) return votes > 0;
  return issuerCountryOf(head) === 'US';
}
