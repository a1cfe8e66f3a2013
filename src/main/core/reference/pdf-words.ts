import { MalformedFileError } from '#core/bounded/file-limit-error';
import { readPages } from '#core/suppliers/documents/reading/read-pages';
import { defaultReadingLimits, type ReadingLimits } from '#core/suppliers/documents/reading/reading-limits';
import type { PlacedWord } from '#shared/reference/cbp-port-codes';

/*
 * The words of a PDF's text layer, page by page, with where each starts, read by the document
 * reader's pdf.js reading (the 'read-document' task's) inside the reference-file worker.
 * Reference files are published with a text layer (CBP's port list is a "508" accessible PDF): a
 * page without one is left out (no OCR), and a file of such pages only is refused by the caller.
 */

/** The app's own bound: CBP's list is some 15 pages; a document far longer is not that list. */
export const maxReferencePdfPages = 80;

const referencePdfLimits: ReadingLimits = {
  ...defaultReadingLimits,
  maxPages: maxReferencePdfPages,
  maxOcrPages: 0,
  // The worker's own budget (reference-file.ts) ends a file that takes longer.
  softTimeoutMs: 25_000,
};

export async function pdfPageWords(bytes: Uint8Array): Promise<PlacedWord[][]> {
  // A copy as a plain Uint8Array: pdf.js takes its buffer over (and refuses a Node Buffer).
  const read = await readPages(new Uint8Array(bytes), 'pdf', referencePdfLimits, Date.now() + 25_000);
  if (read.total > maxReferencePdfPages)
    throw new MalformedFileError(
      `it has ${read.total} pages, more than the ${maxReferencePdfPages} a port code list has`,
    );
  if (read.pages.length < read.total && read.notes.some((note) => note.startsWith('Reading stopped')))
    throw new MalformedFileError('it took too long to read');
  // Boxes run from 0.8 of the font size above the baseline to 0.2 below it (pdf-text-layer.ts).
  return read.pages.map((page) =>
    page.words.map(({ text, box }) => {
      const size = box.y1 - box.y0;
      return { text, x: box.x0, y: box.y0 + 0.8 * size, size };
    }),
  );
}

/** Whether the bytes are a PDF (its header may follow a little junk, as readers allow). */
export const isPdf = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
