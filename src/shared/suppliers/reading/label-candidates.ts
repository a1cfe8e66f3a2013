import { type Candidate, meanConfidence } from './candidate';
import { companyName } from './company-names';
import { tokenize } from './country-mentions';
import { findDates } from './date-mentions';
import { isOriginLabel } from './field-labels';
import { type Neighbour, neighbours, wordsIn } from './label-neighbours';
import { type LabelSite, labelSites } from './label-sites';
import { trustworthy } from './ocr-trust';
import { type OriginValue, originValue } from './origin-values';
import type { Line, PageText, PageWord } from './page-text';
import { alloyIn } from './product-values';
import { smeltShares } from './smelt-shares';
import { wrappedDate } from './wrapped-dates';

/** What labels on a page say, and the words of dates that are not the document's date. */
export interface LabelReading {
  readonly candidates: Candidate[];
  readonly alloys: Candidate[];
  readonly otherDateWords: ReadonlySet<PageWord>;
}

const labelWords = (site: LabelSite) => wordsIn(site.text, site.words, 0, site.label.end);

const distanceFactor = [0.92, 0.9, 0.86, 0.8];

function valueWordsOf(n: Neighbour, value: OriginValue): PageWord[] {
  const tokens = tokenize(n.text);
  return wordsIn(n.text, n.words, tokens[value.from]!.start, tokens[value.to - 1]!.end);
}

export function labelCandidates(page: PageText, lines: readonly Line[], monthFirst: boolean): LabelReading {
  const candidates: Candidate[] = [];
  const alloys: Candidate[] = [];
  const otherDateWords = new Set<PageWord>();
  for (const site of labelSites(lines)) {
    const kind = site.label.kind;
    const order = site.firstLine;
    const around = neighbours(site, lines);
    const push = (candidate: Omit<Candidate, 'page' | 'order'>) =>
      candidates.push({ ...candidate, page: page.page, order });

    if (isOriginLabel(kind)) {
      const field = kind === 'cast' ? 'cast' : kind === 'smeltSecond' ? 'smeltSecond' : 'smeltLargest';
      const read = around.map((n) => ({
        n,
        value: originValue(n.text, kind === 'cast' ? 'cast' : 'smelt', n.how === 'table'),
      }));
      const first = read.find((r) => r.value !== null);
      if (!first) continue;
      // A column under a header repeats its value row after row (a lot table): the commonest reading
      // wins, each weighed by how sure OCR was of its words (a smudged "TN" does not outvote "VN").
      const column = (first.n.how === 'table' ? read.filter((r) => r.n.how === 'table' && r.value) : [first]).map(
        (r) => ({ ...r, value: r.value!, words: valueWordsOf(r.n, r.value!) }),
      );
      const weight = (r: (typeof column)[number]) => r.value.sure * (0.1 + 0.9 * meanConfidence(r.words));
      const votes = new Map<string, number>();
      for (const r of column) votes.set(r.value.value, (votes.get(r.value.value) ?? 0) + weight(r));
      const winner = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const chosen = column.find((r) => r.value.value === winner)!;
      const { n } = chosen;
      if (!trustworthy(chosen, column, page)) continue;
      const shares =
        kind === 'cast' || kind === 'smeltSecond'
          ? { largest: chosen.value, second: null }
          : smeltShares(n.text, chosen.value, kind);
      const value = shares.largest;
      const tokens = tokenize(n.text);
      const agreement = column.length > 1 ? votes.get(winner)! / column.reduce((sum, r) => sum + weight(r), 0) : 1;
      const score = distanceFactor[Math.min(n.distance, 3)]! * value.sure * (0.8 + 0.2 * agreement);
      push({
        field,
        value: value.value,
        score: score * (kind === 'smelt' ? 0.85 : 1),
        words: [...labelWords(site), ...valueWordsOf(n, value)],
        how: n.how,
      });
      const second = shares.second;
      if (second)
        push({
          field: 'smeltSecond',
          value: second.value,
          score: score * second.sure,
          words: [
            ...labelWords(site),
            ...wordsIn(
              n.text,
              n.words,
              tokens[Math.min(value.from, second.from)]!.start,
              tokens[Math.max(value.to, second.to) - 1]!.end,
            ),
          ],
          how: n.how,
        });
      continue;
    }
    if (kind === 'issueDate' || kind === 'date' || kind === 'otherDate') {
      for (const n of around.filter((x) => x.distance <= 2)) {
        const inCell = findDates(n.text, { monthFirst, labelled: true })[0];
        const wrapped = inCell ? null : wrappedDate(n.words, lines, monthFirst);
        const date = inCell ?? wrapped?.date;
        if (!date) continue;
        const valueWords = wrapped?.words ?? wordsIn(n.text, n.words, date.start, date.end);
        if (kind === 'otherDate') {
          valueWords.forEach((w) => otherDateWords.add(w));
        } else {
          push({
            field: 'documentDate',
            value: date.iso,
            score: (kind === 'issueDate' ? 0.95 : 0.8) * (date.ambiguous ? 0.65 : 1) * (n.distance >= 2 ? 0.9 : 1),
            words: [...labelWords(site), ...valueWords],
            how: n.how,
          });
        }
        break;
      }
      continue;
    }
    if (kind === 'issuer') {
      // The rest of a long label ("Supplier | legal name and address") is no name: a company is looked for first.
      const near = around.filter((x) => x.distance <= 1 && !x.joined);
      // OCR's specks may stand between the label and the name ("Company | CL | : | Saigon Aluminium Profile JSC").
      const n =
        near.find((x) => companyName(x.text)) ?? around.find((x) => x.distance <= 1 && companyName(x.text)) ?? near[0];
      if (!n) continue;
      const company = companyName(n.text);
      const value = company?.name ?? n.text.split(',')[0]!.trim();
      if (value.length < 3 || !/^\p{Lu}/u.test(value)) continue;
      push({
        field: 'issuer',
        value,
        score: company ? 0.85 : 0.6,
        words: [...labelWords(site), ...wordsIn(n.text, n.words, company?.start ?? 0, company?.end ?? value.length)],
        how: 'label',
      });
      continue;
    }
    if (kind === 'product') {
      // A header among headers ("Line | Description | Net kg"): its value is below it, not beside it.
      const header = lines[site.firstLine]!.cells;
      const inHeaderRow = header.length >= 3 && header.every((c) => c.words.length <= 4 && !/:\s*$/.test(c.text));
      const n =
        (inHeaderRow ? around.find((x) => x.how === 'table' && x.distance === 2) : undefined) ??
        around.find((x) => x.distance <= 2 && !x.joined);
      if (!n) continue;
      const value = n.text
        .trim()
        .split(/\s+/)
        .slice(0, 14)
        .join(' ')
        .replace(/[,;:]+$/, '');
      if (value.length < 3) continue;
      push({ field: 'product', value, score: 0.7, words: [...labelWords(site), ...n.words], how: n.how });
      continue;
    }
    if (kind === 'alloy') {
      for (const n of around.filter((x) => x.distance <= 2)) {
        const alloy = alloyIn(n.text);
        if (!alloy) continue;
        alloys.push({
          field: 'product',
          value: alloy.alloy,
          score: 0.7,
          page: page.page,
          order,
          words: [...labelWords(site), ...wordsIn(n.text, n.words, alloy.start, alloy.end)],
          how: n.how,
        });
        break;
      }
    }
  }
  return { candidates, alloys, otherDateWords };
}
