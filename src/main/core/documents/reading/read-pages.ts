import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { PageText } from '../../../../shared/evidence/reading/page-text';
import type { ReadableKind, ReadingLimits } from './reading-limits';
import { imageHeader } from './image-header';
import { createOcrEngine, type OcrEngine } from './ocr-engine';
import { ocrDpi, ocrPage, type RasterPage } from './ocr-page';
import { hasTextLayer, textLayerWords, type TextItem } from './pdf-text-layer';

/*
 * Reads a document's pages into positioned words (runs inside the reading worker): a PDF page
 * through its text layer, or through OCR when it has none (a scan saved as PDF); an image or a
 * TIFF scan through OCR. Each finished page is handed to `emit` at once, so a limit that stops
 * the reading keeps what was read.
 */

export type ReaderMessage =
  | { readonly type: 'pages'; readonly total: number }
  | { readonly type: 'page'; readonly page: PageText; readonly method: 'text' | 'ocr' }
  | { readonly type: 'note'; readonly note: string };

/** A limit that stops the reading of the whole file, with the sentence that says so. */
export class ReadingLimitError extends Error {}

const requireHere = createRequire(__filename);
const megapixels = (pixels: number) => Math.round(pixels / 100_000) / 10;

/** Reads the OCR engine once per file, only if a page needs it. */
function lazyEngine() {
  let engine: Promise<OcrEngine> | null = null;
  return {
    get: () => (engine ??= createOcrEngine()),
    close: async () => {
      if (engine) await (await engine).close();
    },
  };
}

function checkPixels(width: number, height: number, limits: ReadingLimits, what: string): void {
  if (width * height > limits.maxPagePixels || width <= 0 || height <= 0) {
    throw new ReadingLimitError(
      `${what} is ${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} pixels (${megapixels(width * height)} megapixels); the reader reads scans of at most ${megapixels(limits.maxPagePixels)} megapixels. Scan the page at 300 dpi or less and attach it again.`,
    );
  }
}

async function readPdf(
  bytes: Uint8Array,
  limits: ReadingLimits,
  emit: (m: ReaderMessage) => void,
  ocr: ReturnType<typeof lazyEngine>,
) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const home = `${path.dirname(requireHere.resolve('pdfjs-dist/package.json'))}${path.sep}`;
  // Every resource pdf.js may want is its own package's file: nothing is fetched.
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    verbosity: 0,
    cMapUrl: `${home}cmaps${path.sep}`,
    cMapPacked: true,
    standardFontDataUrl: `${home}standard_fonts${path.sep}`,
    wasmUrl: `${home}wasm${path.sep}`,
    iccUrl: `${home}iccs${path.sep}`,
    maxImageSize: limits.maxPagePixels,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    throw new ReadingLimitError(
      name === 'PasswordException'
        ? 'The PDF is protected with a password, so its text cannot be read. Ask the supplier for an unprotected copy.'
        : `The PDF cannot be read (${(error as Error).message}).`,
    );
  }
  const total = pdf.numPages;
  emit({ type: 'pages', total });
  const readable = Math.min(total, limits.maxPages);
  if (total > readable)
    emit({
      type: 'note',
      note: `Only the first ${readable} of ${total} pages were read: the reader reads at most ${limits.maxPages} pages of a document.`,
    });
  const skippedScans: number[] = [];
  let scans = 0;
  for (let n = 1; n <= readable; n += 1) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const words = textLayerWords(
      content.items.filter((i): i is typeof i & TextItem => 'str' in i),
      viewport.transform,
    );
    if (hasTextLayer(words)) {
      emit({ type: 'page', page: { page: n, width: viewport.width, height: viewport.height, words }, method: 'text' });
      page.cleanup();
      continue;
    }
    if (scans >= limits.maxOcrPages) {
      skippedScans.push(n);
      continue;
    }
    scans += 1;
    const scale = Math.min(ocrDpi / 72, Math.sqrt(limits.maxPagePixels / (viewport.width * viewport.height)));
    if (scale * 72 < 150) {
      emit({
        type: 'note',
        note: `Page ${n} is ${(viewport.width / 72).toFixed(0)} × ${(viewport.height / 72).toFixed(0)} inches, too large to read as a scan; it was skipped.`,
      });
      continue;
    }
    const rendered = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(rendered.width), Math.ceil(rendered.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport: rendered }).promise;
    page.cleanup();
    const { text } = await ocrPage(await ocr.get(), { canvas, dpi: scale * 72 }, n, limits.maxPagePixels);
    // Boxes in the page's own points, as a text layer would give them.
    emit({ type: 'page', page: { ...text, width: viewport.width, height: viewport.height }, method: 'ocr' });
  }
  if (skippedScans.length > 0)
    emit({
      type: 'note',
      note: `${skippedScans.length === 1 ? `Page ${skippedScans[0]} is a scan and was` : `Pages ${skippedScans[0]}–${skippedScans.at(-1)} are scans and were`} not read: the reader reads at most ${limits.maxOcrPages} scanned pages of a document.`,
    });
  await pdf.destroy();
}

/** A scan's resolution: recorded in the file, or judged from its width as a letter or A4 page. */
const scanDpi = (width: number, recorded: number | null) => recorded ?? Math.max(72, width / 8.4);

async function readImage(
  bytes: Uint8Array,
  kind: 'png' | 'jpeg' | 'webp' | 'gif',
  limits: ReadingLimits,
  emit: (m: ReaderMessage) => void,
  ocr: ReturnType<typeof lazyEngine>,
) {
  const header = imageHeader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), kind);
  if (!header) throw new ReadingLimitError('The image cannot be read: its header is damaged.');
  checkPixels(header.width, header.height, limits, 'The image');
  emit({ type: 'pages', total: 1 });
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0);
  const page: RasterPage = { canvas, dpi: scanDpi(image.width, header.dpi) };
  const { text } = await ocrPage(await ocr.get(), page, 1, limits.maxPagePixels);
  emit({ type: 'page', page: text, method: 'ocr' });
}

async function readTiff(
  bytes: Uint8Array,
  limits: ReadingLimits,
  emit: (m: ReaderMessage) => void,
  ocr: ReturnType<typeof lazyEngine>,
) {
  const UTIF = requireHere('utif2') as typeof import('utif2');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let pages;
  try {
    pages = UTIF.decode(buffer).filter((ifd) => ifd['t256'] !== undefined);
  } catch (error) {
    throw new ReadingLimitError(`The TIFF file cannot be read (${(error as Error).message}).`);
  }
  if (pages.length === 0) throw new ReadingLimitError('The TIFF file holds no image.');
  emit({ type: 'pages', total: pages.length });
  const readable = Math.min(pages.length, limits.maxOcrPages);
  if (pages.length > readable)
    emit({
      type: 'note',
      note: `Only the first ${readable} of ${pages.length} pages were read: the reader reads at most ${limits.maxOcrPages} scanned pages of a document.`,
    });
  for (let n = 1; n <= readable; n += 1) {
    const ifd = pages[n - 1]!;
    const width = Number((ifd['t256'] as number[])[0]);
    const height = Number((ifd['t257'] as number[] | undefined)?.[0] ?? 0);
    checkPixels(width, height, limits, `Page ${n} of the TIFF file`);
    UTIF.decodeImage(buffer, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    const data = context.createImageData(width, height);
    data.data.set(rgba.subarray(0, data.data.length));
    context.putImageData(data, 0, 0);
    const resolution = ifd['t282'] as number[] | undefined;
    const unit = (ifd['t296'] as number[] | undefined)?.[0] ?? 2;
    const recorded = resolution?.[0] ? (unit === 3 ? resolution[0] * 2.54 : resolution[0]) : null;
    const { text } = await ocrPage(
      await ocr.get(),
      { canvas, dpi: scanDpi(width, recorded && recorded >= 50 && recorded <= 2400 ? recorded : null) },
      n,
      limits.maxPagePixels,
    );
    emit({ type: 'page', page: text, method: 'ocr' });
  }
}

export async function readPages(
  bytes: Uint8Array,
  kind: ReadableKind,
  limits: ReadingLimits,
  emit: (message: ReaderMessage) => void,
): Promise<void> {
  const ocr = lazyEngine();
  try {
    if (kind === 'pdf') await readPdf(bytes, limits, emit, ocr);
    else if (kind === 'tiff') await readTiff(bytes, limits, emit, ocr);
    else await readImage(bytes, kind, limits, emit, ocr);
  } finally {
    await ocr.close();
  }
}
