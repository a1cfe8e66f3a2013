import type { LicenceDraft } from '#shared/licences/licence-schema';

import type { PortalLicenceContent } from './portal-protocol';

/** The licence as the portal receives it: the filer's notes stay private, line ids stay local. */
export function portalContentOf(draft: LicenceDraft): PortalLicenceContent {
  return {
    clientReference: draft.reference,
    licenceKind: draft.licenceKind,
    entryType: draft.entryType,
    importerName: draft.importerName,
    importerNumber: draft.importerNumber,
    exporterName: draft.exporterName,
    manufacturers: [...draft.manufacturers],
    manufacturerUnknown: draft.manufacturerUnknown,
    countryOfOrigin: draft.countryOfOrigin,
    countryOfExport: draft.countryOfExport,
    portOfEntry: draft.portOfEntry,
    expectedExportDate: draft.expectedExportDate,
    expectedImportDate: draft.expectedImportDate,
    entryNumber: draft.entryNumber,
    certified: draft.certified,
    lines: draft.lines.map((line) => ({
      htsCode: line.htsCode,
      quantityKg: line.quantityKg,
      valueUsd: line.valueUsd,
      smeltCountryLargest: line.smeltCountryLargest,
      smeltCountrySecond: line.smeltCountrySecond,
      castCountry: line.castCountry,
    })),
  };
}

/** Back to a draft (to judge it with the shared rules, or to take the portal's version locally). */
export function draftOfPortalContent(content: PortalLicenceContent, notes = ''): LicenceDraft {
  const { clientReference, lines, ...header } = content;
  return { ...header, reference: clientReference, notes, lines: lines.map((line) => ({ ...line })) };
}
