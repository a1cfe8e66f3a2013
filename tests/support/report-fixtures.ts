import type { LicenceDraft } from '#shared/licences/licence-schema';

import { validDraft, validLine } from './licence-fixtures';
import { samplePdf } from './sample-files';

/** Calls one procedure and returns its value (throws on an error result): in-process or over HTTP. */
export type Call = <T = unknown>(method: string, input: unknown) => Promise<T>;

export const filerProfile = {
  company: 'Lakeside Aluminum Imports LLC',
  importerNumber: '34-5678901',
  street: '1200 Harbor Road',
  city: 'Cleveland',
  state: 'OH',
  zip: '44114',
  contactName: 'Dana Whitfield',
  phone: '(216) 555-0142',
  fax: '(216) 555-0143',
  email: 'dana@lakeside-al.example',
};

export const entryNumber = 'LKS10203041';

export interface SeededReports {
  readonly issued: { id: string; licenceNumber: string };
  readonly second: { id: string; licenceNumber: string };
  readonly draft: { id: string };
  readonly supplierId: string;
  readonly productId: string;
  readonly documentId: string;
  readonly fileSha256: string;
  readonly pdfBytes: Buffer;
}

async function issue(
  call: Call,
  draft: LicenceDraft,
  licenceNumber: string,
): Promise<{ id: string; licenceNumber: string }> {
  const created = await call<{ id: string }>('licences.create', draft);
  const ready = await call<{ changed: string[]; refused: { message: string }[] }>('licences.transition', {
    ids: [created.id],
    to: 'ready',
  });
  if (ready.changed.length !== 1) throw new Error(`could not mark ready: ${ready.refused[0]?.message}`);
  await call('sync.recordManual', { id: created.id, licenceNumber });
  return { id: created.id, licenceNumber };
}

/**
 * Two issued licences on one customs entry (one line with a supplier document behind it, with a
 * PDF attached) and a draft of secondary-only aluminum: enough for every report to show
 * something of each kind. Dates suit a clock around early March 2026 (validDraft's dates).
 */
export async function seedReports(
  call: Call,
  dates: Partial<Pick<LicenceDraft, 'expectedExportDate' | 'expectedImportDate'>> = {},
  documentDates: { issueDate: string; validUntil: string } = { issueDate: '2026-02-10', validUntil: '2026-12-31' },
): Promise<SeededReports> {
  await call('profile.save', filerProfile);
  const supplier = await call<{ id: string }>('suppliers.create', {
    name: 'Northern Rolling Mills Inc.',
    roles: ['manufacturer', 'cast-house'],
    country: 'CA',
    address: '88 Mill Street, Trois-Rivières, QC',
    contacts: [{ name: 'Ann Lee', email: 'ann@northern.example', phone: '' }],
    notes: '',
  });
  const product = await call<{ id: string }>('products.create', {
    supplierId: supplier.id,
    description: 'Sheet 3003-H14',
    code: 'S3003',
    htsCode: '7606123035',
    usualSmeltLargest: 'CA',
    usualSmeltSecond: 'N/A',
    usualCast: 'CA',
    notes: '',
  });
  const document = await call<{ id: string }>('documents.create', {
    supplierId: supplier.id,
    type: 'mill-test-certificate',
    status: 'accepted',
    reference: 'MTC-2291',
    ...documentDates,
    smeltLargest: 'CA',
    smeltSecond: 'N/A',
    cast: 'CA',
    productIds: [product.id],
    htsCodes: ['7606123035'],
    quantityKg: null,
    periodFrom: '',
    periodTo: '',
    notes: '',
  });
  const pdfBytes = samplePdf(['Mill test certificate MTC-2291', 'Smelted: Canada  Cast: Canada']);
  const file = await call<{ sha256: string }>('documents.attachFile', {
    documentId: document.id,
    fileName: 'MTC-2291.pdf',
    contentBase64: pdfBytes.toString('base64'),
  });

  const issued = await issue(
    call,
    validDraft({
      reference: 'PO-2026-0417',
      entryNumber,
      ...dates,
      lines: [
        { ...validLine(), supplierId: supplier.id, productId: product.id, documentId: document.id },
        validLine({
          htsCode: '7607.11.30.00',
          quantityKg: 2500.5,
          valueUsd: 12345.67,
          smeltCountryLargest: 'AE',
          smeltCountrySecond: 'IN',
          castCountry: 'AE',
        }),
      ],
    }),
    'AL2026000417',
  );
  const second = await issue(
    call,
    validDraft({
      reference: 'PO-2026-0418',
      entryNumber,
      exporterName: 'Gulf Extrusions FZE',
      manufacturers: ['Gulf Extrusions FZE'],
      countryOfOrigin: 'AE',
      countryOfExport: 'AE',
      ...dates,
      lines: [
        validLine({
          htsCode: '7604.21.00.10',
          quantityKg: 9200,
          valueUsd: 41400,
          smeltCountryLargest: 'AE',
          smeltCountrySecond: 'N/A',
          castCountry: 'AE',
        }),
      ],
    }),
    'AL2026000418',
  );
  const draft = await call<{ id: string }>(
    'licences.create',
    validDraft({
      reference: 'PO-2026-0420',
      exporterName: 'Reciclados del Norte SA',
      manufacturers: ['Reciclados del Norte SA'],
      countryOfOrigin: 'MX',
      countryOfExport: 'MX',
      ...dates,
      lines: [
        validLine({
          htsCode: '7601.20.90.95',
          quantityKg: 20000,
          valueUsd: 52000,
          smeltCountryLargest: 'N/A',
          smeltCountrySecond: 'N/A',
          castCountry: 'MX',
        }),
      ],
    }),
  );
  return {
    issued,
    second,
    draft,
    supplierId: supplier.id,
    productId: product.id,
    documentId: document.id,
    fileSha256: file.sha256,
    pdfBytes,
  };
}
