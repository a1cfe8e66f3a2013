import { fieldCells } from './field-cells';
import { type Label, type LabelKind, labelOf } from './field-labels';
import { type Box, type Cell, horizontalOverlap, type Line, type PageWord, unionBox } from './page-text';
import { opensQuestion } from './question-labels';

/*
 * Where a page labels something: a cell whose words are a label, joined with the line below
 * when a table header wraps ("Smelter country" / "(2nd)", "Country of most recent" / "cast").
 */

export interface LabelSite {
  readonly label: Label;
  /** The label's words and whatever else shares its cell(s). */
  readonly text: string;
  readonly words: readonly PageWord[];
  readonly box: Box;
  readonly firstLine: number;
  readonly lastLine: number;
  /** The cell's place on its first line. */
  readonly cellIndex: number;
}

const specificity = (kind: LabelKind | undefined): number =>
  kind === undefined ? 0 : kind === 'smelt' || kind === 'date' ? 1 : kind === 'distractor' ? 1.5 : 2;

/** The cell on line `lineIndex` right under `box`, if the gap is that of a wrapped line. */
export function cellUnder(lines: readonly Line[], lineIndex: number, box: Box, maxGap: number): Cell | null {
  const line = lines[lineIndex];
  if (!line) return null;
  const cell = line.cells.find((c) => horizontalOverlap(c.box, box) >= 0.5);
  if (!cell || cell.box.y0 - box.y1 > maxGap) return null;
  return cell;
}

// A bilingual label's first half ends in its separator; OCR reads the slash as "I", "l" or "|" now and then.
const endsInSeparator = /(?:^|\s)[/|Il]\s*$|\/\s*$/;

/**
 * A bilingual label that wraps in its cell, its other language above ("País de fundición primaria
 * (mayor) /" over "Country of smelt (largest)"): the site starts on the line above, where a row's
 * value stands beside the label's first line.
 */
function withHalfAbove(lines: readonly Line[], site: LabelSite): LabelSite {
  const line = lines[site.firstLine]!;
  const above = lines[site.firstLine - 1];
  if (!above || site.text.includes(':')) return site;
  const cells = fieldCells(above);
  const cell = cells.find(
    (c) => horizontalOverlap(c.box, site.box) >= 0.5 && Math.abs(c.box.x0 - site.box.x0) <= line.height,
  );
  if (!cell || site.box.y0 - cell.box.y1 > 0.75 * line.height || !endsInSeparator.test(cell.text)) return site;
  if (specificity(labelOf(cell.text)?.kind) >= 2) return site;
  return {
    ...site,
    label: { ...site.label, end: site.label.end + cell.text.length + 1 },
    text: `${cell.text} ${site.text}`,
    words: [...cell.words, ...site.words],
    box: unionBox([cell.box, site.box]),
    firstLine: site.firstLine - 1,
    cellIndex: cells.indexOf(cell),
  };
}

export function labelSites(lines: readonly Line[]): LabelSite[] {
  const sites: LabelSite[] = [];
  lines.forEach((line, i) => {
    fieldCells(line).forEach((cell, k) => {
      const own = labelOf(cell.text);
      let best: LabelSite | null = own
        ? { label: own, text: cell.text, words: cell.words, box: cell.box, firstLine: i, lastLine: i, cellIndex: k }
        : null;
      if (specificity(own?.kind) < 2 && !/:\s*$/.test(cell.text)) {
        let text = cell.text;
        let words = [...cell.words];
        let box = cell.box;
        for (let j = i + 1; j <= i + 2; j += 1) {
          const below = cellUnder(lines, j, box, 0.75 * line.height);
          // A long question wraps whole lines; a short label only its last words.
          if (!below || (below.words.length > 4 && !opensQuestion(text))) break;
          const alone = labelOf(below.text);
          if (alone && specificity(alone.kind) >= 2 && below.words.length > 2) break;
          text = `${text} ${below.text}`;
          words = [...words, ...below.words];
          box = unionBox([box, below.box]);
          const joined = labelOf(text);
          if (joined && specificity(joined.kind) > specificity(best?.label.kind)) {
            best = { label: joined, text, words, box, firstLine: i, lastLine: j, cellIndex: k };
          }
        }
      }
      // "Country of smelt (largest" / "share)": the wrapped end of a label belongs to it.
      const opened = best ? (best.text.match(/\(/g) ?? []).length - (best.text.match(/\)/g) ?? []).length : 0;
      if (best && opened > 0) {
        const below = cellUnder(lines, best.lastLine + 1, best.box, 0.75 * line.height);
        if (below && below.words.length <= 3 && below.text.includes(')'))
          best = {
            ...best,
            label: { ...best.label, end: best.text.length + 1 + below.text.length },
            text: `${best.text} ${below.text}`,
            words: [...best.words, ...below.words],
            box: unionBox([best.box, below.box]),
            lastLine: best.lastLine + 1,
          };
      }
      if (best) sites.push(withHalfAbove(lines, best));
    });
  });
  return sites;
}
