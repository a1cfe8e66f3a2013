import type { Candidate } from './candidate';
import { findCountries } from './country-mentions';
import type { Box, Cell, Line, PageText } from './page-text';

/*
 * A table of smelters with each one's share of the primary metal ("# | Smelter | Country of
 * smelter | Share %"): the countries ranked by share give the largest and the second-largest
 * smelt country, whatever order the rows are in. A share OCR lost is the rest of 100 % when it
 * is the only one missing; otherwise rows without a share are not ranked, and a tie proposes
 * nothing (the person decides).
 */

const shareHeader = /\b(share|portion|proportion|anteil|quota|participaci[oó]n)\b|%/i;
// "Smelter", "Country of electrolysis", "País de eletrólise", "Hütte": where primary metal is made.
const smeltHeader =
  /\b(smelt\w*|potlines?|electroly\w*|eletr[oó]lise|electr[oó]lisis|h[üu]tte\w*|primary (?:aluminium|aluminum|metal) (?:source|producer))\b/i;
const countryHeader = /\b(country|countries|pa[ií]s|paese|land)\b/i;
const shareValue = /^\(?(\d{1,3}(?:[.,]\d+)?)\s*%?\)?$/;
const maxRows = 8;

const overlaps = (a: Box, b: Box) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;

interface Row {
  readonly code: string;
  readonly share: number | null;
  readonly line: Line;
  readonly cells: readonly Cell[];
}

function rowOf(line: Line, countryColumn: Box): Row | null {
  const countryCell = line.cells.find((c) => overlaps(c.box, countryColumn));
  // "Noruega / Norway": one country in two languages.
  const mention = countryCell ? findCountries(countryCell.text, { codes: true }) : [];
  if (!countryCell || mention.length === 0 || mention.some((m) => m.code !== mention[0]!.code)) return null;
  const shareCell = [...line.cells].reverse().find((c) => c.box.x0 >= countryCell.box.x1 && shareValue.test(c.text));
  const share = shareCell ? Number(shareValue.exec(shareCell.text)![1]!.replace(',', '.')) : null;
  return {
    code: mention[0]!.code,
    share: share !== null && share <= 100 ? share : null,
    line,
    cells: shareCell ? [countryCell, shareCell] : [countryCell],
  };
}

/** Shares OCR lost: the only missing one is what the others leave of 100 %. */
function completed(rows: readonly Row[]): Row[] {
  const missing = rows.filter((r) => r.share === null);
  const sum = rows.reduce((s, r) => s + (r.share ?? 0), 0);
  if (missing.length === 1 && rows.length >= 2 && sum < 100)
    return rows.map((r) => (r.share === null ? { ...r, share: 100 - sum } : r));
  return rows.filter((r) => r.share !== null);
}

export function shareTableCandidates(page: PageText, lines: readonly Line[]): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((header, h) => {
    if (!header.cells.some((c) => shareHeader.test(c.text)) || !smeltHeader.test(header.text)) return;
    const countryCell =
      header.cells.find((c) => countryHeader.test(c.text) && !shareHeader.test(c.text)) ??
      header.cells.find((c) => smeltHeader.test(c.text) && !shareHeader.test(c.text));
    if (!countryCell) return;
    const rows: Row[] = [];
    for (const line of lines.slice(h + 1, h + 1 + maxRows)) {
      const row = rowOf(line, countryCell.box);
      if (!row) break;
      rows.push(row);
    }
    const ranked = completed(rows).sort((a, b) => b.share! - a.share!);
    if (ranked.length < 2 || new Set(ranked.map((r) => r.code)).size < ranked.length) return;
    const [largest, second, third] = ranked;
    const headerWords = countryCell.words;
    if (largest!.share === second!.share) return;
    out.push({
      field: 'smeltLargest',
      value: largest!.code,
      score: 0.9,
      page: page.page,
      order: largest!.line.index,
      words: [...headerWords, ...largest!.cells.flatMap((c) => c.words)],
      how: 'table',
    });
    if (third && third.share === second!.share) return;
    out.push({
      field: 'smeltSecond',
      value: second!.code,
      score: 0.9,
      page: page.page,
      order: second!.line.index,
      words: [...headerWords, ...second!.cells.flatMap((c) => c.words)],
      how: 'table',
    });
  });
  return out;
}
