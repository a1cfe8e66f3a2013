/*
 * One generated supplier document and what it states: the test set for the certificate reader.
 * A case is HTML (a mill test certificate, an inspection certificate, a declaration, a letter)
 * printed to PDF by Chromium, and then either kept as a PDF with a text layer or turned into a
 * scan (an image-only PDF, PNG, JPEG or TIFF, slightly rotated and noisy). `expected` holds the
 * answers the reader should propose; a field left out is one the document does not state.
 */

export type CertificateForm = 'text-pdf' | 'image-pdf' | 'png' | 'jpeg' | 'tiff';

export interface ScanOptions {
  /** Scanner resolution. */
  readonly dpi: number;
  /** Slight skew, as a page fed by hand lies on the glass. */
  readonly rotateDeg: number;
  /** Share of pixels turned into specks (0 to about 0.002). */
  readonly noise: number;
  readonly seed: number;
}

export interface ExpectedFields {
  /** ISO alpha-2, or N/A. */
  readonly smeltLargest?: string;
  readonly smeltSecond?: string;
  readonly cast?: string;
  /** YYYY-MM-DD */
  readonly documentDate?: string;
  /** The issuing company, as printed. */
  readonly issuer?: string;
  /** A word the product or alloy proposal must contain (e.g. the alloy "6063"). */
  readonly product?: string;
}

export interface CertificateCase {
  readonly id: string;
  /** What kind of document and layout it is, for the report of what reads badly. */
  readonly kind: string;
  readonly form: CertificateForm;
  readonly paper: 'a4' | 'letter';
  readonly html: string;
  readonly expected: ExpectedFields;
  readonly scan?: ScanOptions;
}

/** A country as the document prints it, and the code the reader should propose. */
export type Printed = readonly [text: string, code: string];

export const fileExtension: Record<CertificateForm, string> = {
  'text-pdf': 'pdf',
  'image-pdf': 'pdf',
  png: 'png',
  jpeg: 'jpg',
  tiff: 'tif',
};
