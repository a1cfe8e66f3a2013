import type { Licence, LicenceDraft, LicenceLine } from '#shared/licences/licence-schema';

/** A complete, valid licence (as of early March 2026): Canadian sheet through Chicago. */
export function validDraft(overrides: Partial<LicenceDraft> = {}): LicenceDraft {
  return {
    reference: 'PO-1001',
    licenceKind: 'regular',
    entryType: 'consumption',
    importerName: 'Lakeside Aluminum Imports LLC',
    importerNumber: '34-5678901',
    exporterName: 'Northern Rolling Mills Inc.',
    manufacturers: ['Northern Rolling Mills Inc.'],
    manufacturerUnknown: false,
    countryOfOrigin: 'CA',
    countryOfExport: 'CA',
    portOfEntry: '3901',
    expectedExportDate: '2026-03-10',
    expectedImportDate: '2026-03-20',
    entryNumber: '',
    certified: true,
    notes: '',
    lines: [validLine()],
    ...overrides,
  };
}

export function validLine(overrides: Partial<LicenceLine> = {}): LicenceLine {
  return {
    htsCode: '7606.12.30.35',
    quantityKg: 18500,
    valueUsd: 64750,
    smeltCountryLargest: 'CA',
    smeltCountrySecond: 'N/A',
    castCountry: 'CA',
    ...overrides,
  };
}

/** A licence as the core stores it (issued unless told otherwise), from a draft: for report and hand-off tests. */
export function storedLicence(draft: Partial<LicenceDraft> = {}, extra: Partial<Licence> = {}, n = 1): Licence {
  const base = validDraft(draft);
  return {
    ...base,
    id: `licence-${n}`,
    status: 'issued',
    version: 3,
    licenceNumber: `AL${n}`,
    validFrom: '2026-03-02',
    validThrough: '2026-05-15',
    rejectionReasons: [],
    certifiedBy: null,
    certifiedAt: null,
    validation: null,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    lines: base.lines.map((line, i) => ({ ...line, id: `line-${n}-${i}` })),
    uses: [],
    keepUntil: null,
    ...extra,
  };
}
