import fs from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

import { screenshotDir } from './fixtures';

// pdf.js ships as an ES module; its "legacy" build runs in Node and renders through @napi-rs/canvas.
const loadPdfJs = (): Promise<typeof PdfJsModule> => import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfText {
  readonly numPages: number;
  /** The text of each page: runs on one line joined as they touch, a space between separate runs and lines. */
  readonly pages: readonly string[];
}

interface Run {
  readonly str: string;
  readonly transform: number[];
  readonly width: number;
}

/**
 * Chromium writes a line of text as several runs (a ligature such as "fi" is a run of its own),
 * so runs are joined the way they sit on the page: touching runs without a space.
 */
function pageText(items: readonly Run[]): string {
  let text = '';
  let previous: Run | null = null;
  for (const item of items) {
    if (item.str === '') continue;
    if (previous) {
      const sameLine = Math.abs(item.transform[5]! - previous.transform[5]!) < 1;
      const gap = item.transform[4]! - (previous.transform[4]! + previous.width);
      text += sameLine && gap < 0.8 && gap > -0.8 ? '' : ' ';
    }
    text += item.str;
    previous = item;
  }
  return text.replace(/\s+/g, ' ').trim();
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await loadPdfJs();
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(pageText(content.items.filter((item): item is typeof item & Run => 'str' in item)));
  }
  await pdf.destroy();
  return { numPages: pages.length, pages };
}

/** Text without any white space: long values (hashes, ids) may wrap inside a table cell. */
export const compact = (text: string): string => text.replace(/\s+/g, '');

/** Keeps a printed PDF with the screenshots, to open by hand. */
export function keepPdf(bytes: Uint8Array, name: string): string {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Draws PDF pages to PNG files in the screenshots folder, to look at what was printed. */
export async function pdfPagesToPng(
  bytes: Uint8Array,
  name: string,
  pageNumbers: readonly number[],
  scale = 1.4,
): Promise<string[]> {
  const pdfjs = await loadPdfJs();
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  fs.mkdirSync(screenshotDir, { recursive: true });
  const files: string[] = [];
  for (const n of pageNumbers) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale });
    // pdf.js's own canvas factory: in Node it is backed by @napi-rs/canvas (typed loosely upstream).
    const factory = pdf.canvasFactory as {
      create(width: number, height: number): { canvas: { toBuffer(type: 'image/png'): Buffer } };
    };
    const target = factory.create(viewport.width, viewport.height);
    await page.render({ canvas: target.canvas as unknown as HTMLCanvasElement, viewport }).promise;
    const file = path.join(screenshotDir, `${name}-page-${n}.png`);
    fs.writeFileSync(file, target.canvas.toBuffer('image/png'));
    files.push(file);
  }
  await pdf.destroy();
  return files;
}

/** Waits until a print view has its data and has rendered it (the flag the PDF renderers wait for too). */
export async function waitForPrintReady(page: Page): Promise<void> {
  await page.locator('html[data-print-state="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
}

/** The app's print: Letter from the print stylesheet, backgrounds on, as Electron's printToPDF is called. */
export function printPdf(page: Page): Promise<Buffer> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true });
}
