import type { Canvas } from '@napi-rs/canvas';

import { lostOriginValues } from '#shared/suppliers/reading/lost-values';
import type { PageText, PageWord } from '#shared/suppliers/reading/page-text';

import { canvasModule } from './canvas';
import type { OcrEngine, OcrWord } from './ocr-engine';
import { estimateSkew, pgm, removeRules, toGray } from './scan-cleanup';

/*
 * One scanned page through OCR: brought to about 300 dpi (9-point print is then some 25 pixels
 * tall, where tesseract reads it best), straightened, cleared of table rules, read, and the
 * words' boxes carried back to the page as it is (points from its top left) for highlighting.
 */

/** Print this small must still read: 9-point capitals are about 25 px tall at 300 dpi. */
export const ocrDpi = 300;

export interface RasterPage {
  readonly canvas: Canvas;
  /** Pixels per inch of `canvas` on the page it shows. */
  readonly dpi: number;
}

/** Upscales a low-resolution scan towards `ocrDpi` within a pixel budget. */
function atReadingResolution(page: RasterPage, maxPixels: number): { canvas: Canvas; scale: number } {
  const { canvas, dpi } = page;
  const wanted = dpi < ocrDpi * 0.85 ? ocrDpi / dpi : 1;
  const budget = Math.sqrt(maxPixels / (canvas.width * canvas.height));
  const scale = Math.max(1, Math.min(wanted, budget));
  if (scale === 1) return { canvas, scale };
  const larger = canvasModule().createCanvas(Math.round(canvas.width * scale), Math.round(canvas.height * scale));
  const context = larger.getContext('2d');
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(canvas, 0, 0, larger.width, larger.height);
  return { canvas: larger, scale };
}

function rotated(canvas: Canvas, degrees: number): Canvas {
  const out = canvasModule().createCanvas(canvas.width, canvas.height);
  const context = out.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, out.width, out.height);
  context.translate(out.width / 2, out.height / 2);
  context.rotate((degrees * Math.PI) / 180);
  context.drawImage(canvas, -canvas.width / 2, -canvas.height / 2);
  return out;
}

const overlapping = (a: OcrWord, b: OcrWord) =>
  Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);

export async function ocrPage(
  engine: OcrEngine,
  page: RasterPage,
  pageNumber: number,
  maxPixels: number,
): Promise<{ text: PageText; skew: number }> {
  const { canvas, scale } = atReadingResolution(page, maxPixels);
  const readDpi = page.dpi * scale;
  const first = toGray(
    canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data,
    canvas.width,
    canvas.height,
  );
  const skew = estimateSkew(first);
  const straight = Math.abs(skew) >= 0.15 ? rotated(canvas, -skew) : null;
  const gray = straight
    ? toGray(
        straight.getContext('2d').getImageData(0, 0, straight.width, straight.height).data,
        straight.width,
        straight.height,
      )
    : first;
  removeRules(gray, readDpi);
  const image = pgm(gray);
  const auto = await engine.recognize(image, readDpi);
  const toPoints = 72 / readDpi;
  const sized = canvas.width * toPoints;
  const asPage = (words: readonly OcrWord[]): PageText => ({
    page: pageNumber,
    width: sized,
    height: canvas.height * toPoints,
    words: words.map((w) => ({
      text: w.text,
      confidence: w.confidence,
      box: { x0: w.x0 * toPoints, y0: w.y0 * toPoints, x1: w.x1 * toPoints, y1: w.y1 * toPoints },
    })),
  });
  // A page that names an origin field but gave no value for it may have lost words to
  // tesseract's page layout (codes alone in a grid's cells): read it again as sparse text and
  // add the words found where the first reading found none.
  const found = lostOriginValues(asPage(auto))
    ? [
        ...auto,
        ...(await engine.recognize(image, readDpi, 'sparse')).filter((w) => !auto.some((a) => overlapping(a, w))),
      ]
    : auto;

  // Back from the straightened, scaled image to the page: undo the turn about the centre, then the scale.
  const cx = canvas.width / 2;
  const cy = canvas.height / 2;
  const angle = (skew * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const back = (x: number, y: number) => {
    const dx = x - cx;
    const dy = y - cy;
    return [cx + dx * cos - dy * sin, cy + dx * sin + dy * cos];
  };
  const words: PageWord[] = found.map((w) => {
    const straightBox = { x0: w.x0 * toPoints, y0: w.y0 * toPoints, x1: w.x1 * toPoints, y1: w.y1 * toPoints };
    if (!straight) return { text: w.text, confidence: w.confidence, box: straightBox };
    const corners = [back(w.x0, w.y0), back(w.x1, w.y0), back(w.x0, w.y1), back(w.x1, w.y1)];
    const xs = corners.map((c) => c[0]! * toPoints);
    const ys = corners.map((c) => c[1]! * toPoints);
    return {
      text: w.text,
      confidence: w.confidence,
      box: straightBox,
      shownBox: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
    };
  });
  return {
    text: { page: pageNumber, width: canvas.width * toPoints, height: canvas.height * toPoints, words },
    skew,
  };
}
