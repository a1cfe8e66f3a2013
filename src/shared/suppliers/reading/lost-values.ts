import { labelOf } from './field-labels';
import { pageLines, type PageText } from './page-text';
import { proposeFields } from './propose-fields';

/*
 * Whether an OCR page names an origin field (a "Smelt" or "Cast" label) but gives no value for
 * it: then its words were likely lost to the OCR's page layout (a code alone in a grid's cell),
 * and the page is worth a second, sparse reading (src/main's ocr-page).
 */
export function lostOriginValues(page: PageText): boolean {
  const kinds = new Set(pageLines(page).flatMap((line) => line.cells.map((cell) => labelOf(cell.text)?.kind)));
  const proposals = proposeFields([page]);
  const smeltNamed = kinds.has('smelt') || kinds.has('smeltLargest') || kinds.has('smeltPair');
  return (smeltNamed && !proposals.smeltLargest) || (kinds.has('cast') && !proposals.cast);
}
