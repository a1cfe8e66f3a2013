import { createRequire } from 'node:module';
import path from 'node:path';

import type * as Tesseract from 'tesseract.js';
import type { Worker as TesseractWorker } from 'tesseract.js';

/*
 * Tesseract (tesseract.js: the C++ engine compiled to WebAssembly) with the English model that
 * ships in the npm package @tesseract.js-data/eng. Everything is local: the model is read from
 * that package's folder, the engine from tesseract.js-core's, caching is off (nothing written
 * next to the app) and no address is ever given, so nothing is fetched from anywhere.
 */

export interface OcrWord {
  readonly text: string;
  /** Pixels of the image read. */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  /** 0..1 */
  readonly confidence: number;
}

const requireHere = createRequire(__filename);

/** The best_int English model: LSTM only, integer weights, 3 MB; reads print as well as the full model, faster. */
export const englishModelDir = (): string =>
  path.join(path.dirname(requireHere.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');

export interface OcrEngine {
  /** `sparse` finds words tesseract's page layout lost (codes alone in a grid's cells). */
  recognize(image: Buffer, dpi: number, layout?: 'auto' | 'sparse'): Promise<OcrWord[]>;
  close(): Promise<void>;
}

export async function createOcrEngine(): Promise<OcrEngine> {
  const tesseract = requireHere('tesseract.js') as typeof Tesseract;
  const worker: TesseractWorker = await tesseract.createWorker('eng', tesseract.OEM.LSTM_ONLY, {
    langPath: englishModelDir(),
    gzip: true,
    cacheMethod: 'none',
    logger: () => {},
    errorHandler: () => {},
  });
  return {
    async recognize(image, dpi, layout = 'auto') {
      await worker.setParameters({
        tessedit_pageseg_mode: layout === 'sparse' ? tesseract.PSM.SPARSE_TEXT : tesseract.PSM.AUTO,
        user_defined_dpi: String(Math.round(dpi)),
      });
      const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
      const words: OcrWord[] = [];
      for (const block of data.blocks ?? [])
        for (const paragraph of block.paragraphs)
          for (const line of paragraph.lines)
            for (const word of line.words) {
              const text = word.text.trim();
              if (text === '') continue;
              words.push({ text, ...word.bbox, confidence: Math.max(0, Math.min(1, word.confidence / 100)) });
            }
      return words;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
