import type { CertificateCase, CertificateForm, ExpectedFields, Printed, ScanOptions } from './certificate-case';

/*
 * What every certificate set writes the same way: the parties on a document, a scan's settings,
 * a case from a layout's HTML and answers, and the answers of a document that states all six
 * fields.
 */

export interface Party {
  readonly name: string;
  readonly address: string;
}

export const party = (name: string, address: string): Party => ({ name, address });

export const scan = (dpi: number, rotateDeg: number, noise: number, seed: number): ScanOptions => ({
  dpi,
  rotateDeg,
  noise,
  seed,
});

export const made = (
  id: string,
  kind: string,
  form: CertificateForm,
  doc: { html: string; expected: ExpectedFields },
  scanOptions?: ScanOptions,
  paper: 'a4' | 'letter' = 'a4',
): CertificateCase => ({ id, kind, form, paper, ...doc, ...(scanOptions ? { scan: scanOptions } : {}) });

/** A document's facts as its layout prints them: the date as printed and as YYYY-MM-DD. */
export interface StatedOrigins {
  readonly issuer: Party;
  readonly date: readonly [printed: string, iso: string];
  readonly largest: Printed;
  readonly second: Printed;
  readonly cast: Printed;
}

/** The answers of a document that states all its origin fields, its date and its issuer. */
export const statedFields = (p: StatedOrigins, product?: string): ExpectedFields => ({
  smeltLargest: p.largest[1],
  smeltSecond: p.second[1],
  cast: p.cast[1],
  documentDate: p.date[1],
  issuer: p.issuer.name,
  ...(product ? { product } : {}),
});

/** What a layout makes of its facts: the page's HTML, the answers it states, and its paper (A4 unless said). */
export interface Made {
  readonly html: string;
  readonly expected: ExpectedFields;
  readonly paper?: 'a4' | 'letter';
}

/** The case maker of one set: `numberedCases('dev12')(3, …)` makes case `dev12-03`. */
export const numberedCases =
  (prefix: string) =>
  (id: number, kind: string, form: CertificateForm, doc: Made, scanned?: ScanOptions): CertificateCase =>
    made(
      `${prefix}-${String(id).padStart(2, '0')}`,
      kind,
      form,
      { html: doc.html, expected: doc.expected },
      scanned,
      doc.paper,
    );
