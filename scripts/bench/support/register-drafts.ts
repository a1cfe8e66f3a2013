import type { LicenceDraft } from '#shared/licences/licence-schema';

import { validDraft, validLine } from '../../../tests/support/licence-fixtures';

export const benchCountries = ['CA', 'AE', 'IN', 'NO', 'BH', 'CN', 'DE', 'MX', 'ZA', 'TR'];
export const benchHts = ['7606123035', '7607113000', '7604210010', '7601103000', '7608200030', '7616995170'];

/** Licence `i` of a register of realistic variety: countries, HTS codes, 1-3 lines, some mistakes. */
export function benchDraft(i: number): LicenceDraft {
  const c = benchCountries[i % benchCountries.length]!;
  const lines = Array.from({ length: 1 + (i % 3) }, (_, j) =>
    validLine({
      htsCode: benchHts[(i + j) % benchHts.length]!,
      quantityKg: 1000 + ((i * 37) % 20000),
      valueUsd: 5000 + ((i * 91) % 90000),
      smeltCountryLargest: c,
      castCountry: c,
      smeltCountrySecond: i % 7 === 0 ? 'unknown' : 'N/A',
    }),
  );
  return validDraft({
    reference: `BENCH-${i}`,
    importerName: `Importer ${i % 250}`,
    exporterName: `Mill ${c} ${i % 40}`,
    countryOfOrigin: c,
    countryOfExport: c,
    lines,
  });
}

export const benchDrafts = (count: number): LicenceDraft[] => Array.from({ length: count }, (_, i) => benchDraft(i));
