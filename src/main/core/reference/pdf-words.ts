import { createRequire } from 'node:module';
import path from 'node:path';
import type { PlacedWord } from '../../../shared/reference/cbp-port-codes';
import { MalformedFileError } from '../bounded/file-limit-error';

/*
 * The words of a PDF's text layer, page by page, with where each starts. Reference files are
 * published with a text layer (CBP's port list is a "508" accessible PDF); a page without one is
 * read as no words, never by OCR.
 */

/** The app's own bound: CBP's list is some 15 pages; a document far longer is not that list. */
export const maxReferencePdfPages = 80;

interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
}

const requireHere = createRequire(__filename);

export async function pdfPageWords(bytes: Uint8Array): Promise<PlacedWord[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const home = `${path.dirname(requireHere.resolve('pdfjs-dist/package.json'))}${path.sep}`;
  const task = pdfjs.getDocument({
    // A copy as a plain Uint8Array: pdf.js takes its buffer over (and refuses a Node Buffer).
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
    cMapUrl: `${home}cmaps${path.sep}`,
    cMapPacked: true,
    standardFontDataUrl: `${home}standard_fonts${path.sep}`,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    throw new MalformedFileError(
      (error as Error).name === 'PasswordException'
        ? 'the PDF is protected with a password'
        : `it is not a readable PDF (${(error as Error).message})`,
    );
  }
  try {
    if (pdf.numPages > maxReferencePdfPages)
      throw new MalformedFileError(
        `it has ${pdf.numPages} pages, more than the ${maxReferencePdfPages} a port code list has`,
      );
    const pages: PlacedWord[][] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 }).transform;
      const content = await page.getTextContent();
      const words: PlacedWord[] = [];
      for (const item of content.items.filter((i): i is typeof i & TextItem => 'str' in i)) {
        const [a, b, c, d, e, f] = item.transform as number[];
        // Page points, origin top left: pdf.js's viewport at scale 1 only flips y.
        const x = viewport[0]! * e! + viewport[2]! * f! + viewport[4]!;
        const y = viewport[1]! * e! + viewport[3]! * f! + viewport[5]!;
        const size = Math.hypot(c!, d!);
        if (size <= 0 || Math.abs(b!) > 0.1 * Math.abs(a!)) continue;
        const chars = item.str.length;
        for (const match of item.str.matchAll(/\S+/g))
          words.push({ text: match[0], x: x + (item.width * match.index) / chars, y, size });
      }
      pages.push(words);
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** Whether the bytes are a PDF (its header may follow a little junk, as readers allow). */
export const isPdf = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
