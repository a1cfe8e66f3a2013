import { neutraliseCell } from '#shared/csv/neutralise-cell';
import { formatEntryNumber, normaliseEntryNumber } from '#shared/licences/entry-number';
import { licenceKindLabels } from '#shared/licences/licence-kind';
import type { Licence } from '#shared/licences/licence-schema';
import { formatHts, htsDigits } from '#shared/reference/hts';

import { aceRecord07, aceRecord07From } from './ace-record07';
import { enteredLines, type EntryContext, record07Required } from './entry-rule';
import { preflightEntry } from './entry-rules';
import { aimLicenceTypeCode, type Handoff } from './handoff-schema';

/**
 * The broker's data for one customs entry, from the stored licences on it: the licence number
 * with type code 28 and, per HTS line, the quantity and value entered (as recorded when the
 * licence was used on the entry, else the licence's own) with the record 07 smelt/cast values
 * from aceRecord07 (the function the printed summary uses too). Pure: the same licences and uses
 * give the same file.
 */
export function buildHandoff(licences: readonly Licence[], ctx: EntryContext, generatedAt: string): Handoff {
  const entryNumber = normaliseEntryNumber(ctx.entryNumber);
  const issues = preflightEntry(licences, ctx);
  let lineNumber = 0;
  return {
    format: 'aim-broker-handoff/1',
    entryNumber,
    entryNumberFormatted: formatEntryNumber(entryNumber),
    generatedAt,
    dataVersion: ctx.reference.version,
    licenceTypeCode: aimLicenceTypeCode,
    importDate: [...ctx.uses.values()][0]?.importDate ?? null,
    record07From: aceRecord07From,
    record07Required: record07Required(licences, ctx),
    licences: licences.map((licence) => {
      const use = ctx.uses.get(licence.id);
      return {
        id: licence.id,
        reference: licence.reference,
        status: licence.status,
        licenceNumber: licence.licenceNumber,
        validFrom: licence.validFrom,
        validThrough: licence.validThrough,
        licenceKind: licence.licenceKind,
        expectedImportDate: licence.expectedImportDate,
        importDate: use?.importDate ?? null,
        totalValueUsd: enteredLines(licence, use).reduce((sum, line) => sum + line.valueUsd, 0),
      };
    }),
    lines: licences.flatMap((licence) => {
      const use = ctx.uses.get(licence.id);
      return enteredLines(licence, use).flatMap((entered) => {
        const line = licence.lines.find((l) => l.id === entered.lineId);
        if (!line) return [];
        lineNumber += 1;
        return [
          {
            lineNumber,
            licenceId: licence.id,
            licenceReference: licence.reference,
            licenceKind: licence.licenceKind,
            licenceTypeCode: aimLicenceTypeCode,
            licenceNumber: licence.licenceNumber ?? '',
            htsCode: htsDigits(line.htsCode),
            htsFormatted: formatHts(line.htsCode),
            quantityKg: use ? entered.quantityKg : line.quantityKg,
            valueUsd: use ? entered.valueUsd : line.valueUsd,
            ...aceRecord07(line),
          },
        ];
      });
    }),
    issues,
    ready: !issues.some((issue) => issue.severity === 'error'),
  };
}

export const handoffCsvHeader = [
  'Entry number',
  'Line',
  'Licence type code',
  'Licence number',
  'HTS number',
  'Quantity (kg)',
  'Customs value (US$)',
  'Primary smelt country',
  'Secondary smelt country',
  'Cast country',
  'Primary aluminum (Y/N)',
  'Secondary aluminum (Y/N)',
  'Licence reference',
  'Licence kind',
] as const;

/** Plain numbers (no grouping) so broker software reads them; cells that look like formulas are neutralised. */
const plainKg = (value: number | null) => (value === null ? '' : String(Number(value.toFixed(3))));

export function handoffCsvRows(handoff: Handoff): string[][] {
  return [
    [...handoffCsvHeader],
    ...handoff.lines.map((line) =>
      [
        handoff.entryNumber,
        String(line.lineNumber),
        line.licenceTypeCode,
        line.licenceNumber,
        line.htsCode,
        plainKg(line.quantityKg),
        line.valueUsd === null ? '' : line.valueUsd.toFixed(2),
        line.primarySmeltCountry,
        line.secondarySmeltCountry,
        line.castCountry,
        line.primaryAluminumIndicator,
        line.secondaryAluminumIndicator,
        line.licenceReference,
        licenceKindLabels[line.licenceKind],
      ].map(neutraliseCell),
    ),
  ];
}
