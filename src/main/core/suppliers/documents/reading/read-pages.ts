import { createRequire } from 'node:module';
import path from 'node:path';

import type * as Utif from 'utif2';

import { FileLimitError, MalformedFileError } from '#core/bounded/file-limit-error';
import type { PageText } from '#shared/suppliers/reading/page-text';

import { canvasModule } from './canvas';
import { imageHeader } from './image-header';
import { createOcrEngine, type OcrEngine } from './ocr-engine';
import { ocrDpi, ocrPage, type RasterPage } from './ocr-page';
import { hasTextLayer, type TextItem, textLayerWords } from './pdf-text-layer';
import type { ReadableKind, ReadingLimits } from './reading-limits';

/*
 * Reads a document's pages into positioned words, in a worker thread (the 'read-document' task
 * of src/main/core/workers): a PDF page through its text layer, or through OCR when it has none
 * (a scan saved as PDF); an image or a TIFF scan through OCR. Pages are read one after another
 * until the file ends or a limit is reached; what was read before a limit is kept, and the
 * limit is said in one sentence. A file that cannot be read at all throws FileLimitError (a
 * limit) or MalformedFileError (a damaged file), words the caller turns into its refusal.
 */

export interface ReadPages {
  /** Pages in the file. */
  readonly total: number;
  readonly pages: PageText[];
  /** Whether any page was a scan read by OCR. */
  readonly ocr: boolean;
  readonly notes: string[];
}

type Emit = (
  message:
    | { readonly type: 'pages'; readonly total: number }
    | { readonly type: 'page'; readonly page: PageText; readonly method: 'text' | 'ocr' }
    | { readonly type: 'note'; readonly note: string },
) => void;

/** Stops before a page when the file's time is spent (checked between pages; a page takes seconds). */
class TimeSpent extends Error {}

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
    throw new FileLimitError(
      `${what} is ${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} pixels (${megapixels(width * height)} megapixels), and scans of at most ${megapixels(limits.maxPagePixels)} megapixels are read (scan the page at 300 dpi or less)`,
    );
  }
}

async function readPdf(bytes: Uint8Array, limits: ReadingLimits, emit: Emit, ocr: ReturnType<typeof lazyEngine>) {
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
    throw new MalformedFileError(
      name === 'PasswordException'
        ? 'the PDF is protected with a password (ask the supplier for an unprotected copy)'
        : `it is not a readable PDF (${(error as Error).message})`,
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
    const canvas = canvasModule().createCanvas(Math.ceil(rendered.width), Math.ceil(rendered.height));
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
  emit: Emit,
  ocr: ReturnType<typeof lazyEngine>,
) {
  const header = imageHeader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), kind);
  if (!header) throw new MalformedFileError('its image header is damaged');
  checkPixels(header.width, header.height, limits, 'the image');
  emit({ type: 'pages', total: 1 });
  const image = await canvasModule().loadImage(Buffer.from(bytes));
  const canvas = canvasModule().createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0);
  const page: RasterPage = { canvas, dpi: scanDpi(image.width, header.dpi) };
  const { text } = await ocrPage(await ocr.get(), page, 1, limits.maxPagePixels);
  emit({ type: 'page', page: text, method: 'ocr' });
}

async function readTiff(bytes: Uint8Array, limits: ReadingLimits, emit: Emit, ocr: ReturnType<typeof lazyEngine>) {
  const UTIF = requireHere('utif2') as typeof Utif;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let pages;
  try {
    pages = UTIF.decode(buffer).filter((ifd) => ifd['t256'] !== undefined);
  } catch (error) {
    throw new MalformedFileError(`it is not a readable TIFF (${(error as Error).message})`);
  }
  if (pages.length === 0) throw new MalformedFileError('the TIFF holds no image');
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
    checkPixels(width, height, limits, `page ${n} of the TIFF`);
    UTIF.decodeImage(buffer, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    const canvas = canvasModule().createCanvas(width, height);
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

/**
 * Reads the pages of one file. `deadline` (ms since the epoch) is checked before each page: a
 * page begun is finished, none is begun after it, and a note says where the reading stopped.
 */
export async function readPages(
  bytes: Uint8Array,
  kind: ReadableKind,
  limits: ReadingLimits,
  deadline: number,
): Promise<ReadPages> {
  const result = { total: 0, pages: [] as PageText[], ocr: false, notes: [] as string[] };
  const emit: Emit = (message) => {
    if (message.type === 'pages') result.total = message.total;
    else if (message.type === 'note') result.notes.push(message.note);
    else {
      result.pages.push(message.page);
      if (message.method === 'ocr') result.ocr = true;
      if (Date.now() > deadline && result.pages.length < result.total) throw new TimeSpent();
    }
  };
  const ocr = lazyEngine();
  try {
    if (kind === 'pdf') await readPdf(bytes, limits, emit, ocr);
    else if (kind === 'tiff') await readTiff(bytes, limits, emit, ocr);
    else await readImage(bytes, kind, limits, emit, ocr);
  } catch (error) {
    if (!(error instanceof TimeSpent)) throw error;
    const read = result.pages.length;
    result.notes.push(
      `Reading stopped after ${read === 1 ? 'page 1' : `pages 1–${read}`} of ${result.total}: a file is read for at most ${Math.round(limits.softTimeoutMs / 1000)} seconds. The proposals come from ${read === 1 ? 'that page' : 'those pages'} only.`,
    );
  } finally {
    await ocr.close();
  }
  return result;
}
