export { isReadable, type ReadableKind } from '#shared/suppliers/reading/readable-files';

/**
 * Bounds on one file's reading. A certificate is a page or two; a supplier's scan of a whole
 * binder is not read past these, and says so.
 */
export interface ReadingLimits {
  /** Pages read from a PDF. */
  readonly maxPages: number;
  /** Pages read by OCR (scans): the slow part, some seconds a page. */
  readonly maxOcrPages: number;
  /** Pixels of one image or rendered page (300 dpi Letter is 8.4 million; A3 at 300 dpi 17.4 million). */
  readonly maxPagePixels: number;
  /** No page is begun after this long: what was read by then is kept. */
  readonly softTimeoutMs: number;
  /** The worker is stopped after this long, whatever it is doing (a page that never ends). */
  readonly timeoutMs: number;
  /** The reading worker's JavaScript heap. */
  readonly maxHeapMb: number;
}

export const defaultReadingLimits: ReadingLimits = {
  maxPages: 30,
  maxOcrPages: 12,
  maxPagePixels: 40_000_000,
  softTimeoutMs: 120_000,
  timeoutMs: 180_000,
  maxHeapMb: 768,
};
