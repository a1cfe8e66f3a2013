import { neutraliseCell } from '../csv/neutralise-cell';
import { formatEntryNumber, normaliseEntryNumber } from '../licence/entry-number';
import type { Licence } from '../licence/licence-schema';
import { formatHts, htsDigits } from '../reference/hts';
import { totalValueUsd } from '../rules/licence-level-rules';
import { aceRecord07 } from './ace-record07';
import { isLowValue, preflightEntry, type EntryContext } from './entry-rules';
import { aimLicenceTypeCode, type Handoff } from './handoff-schema';

/**
 * The broker's data for one customs entry, from the stored licences on it: the licence number
 * with type code 28 and, per HTS line, the record 07 smelt/cast values from aceRecord07 (the
 * function the printed summary uses too). Pure: the same licences give the same file.
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
    licences: licences.map((licence) => ({
      id: licence.id,
      reference: licence.reference,
      status: licence.status,
      licenceNumber: licence.licenceNumber,
      validFrom: licence.validFrom,
      validThrough: licence.validThrough,
      expectedImportDate: licence.expectedImportDate,
      totalValueUsd: totalValueUsd(licence),
      lowValue: isLowValue(licence, ctx.lowValueThresholdUsd),
    })),
    lines: licences.flatMap((licence) =>
      licence.lines.map((line) => {
        lineNumber += 1;
        return {
          lineNumber,
          licenceId: licence.id,
          licenceReference: licence.reference,
          licenceTypeCode: aimLicenceTypeCode,
          licenceNumber: licence.licenceNumber ?? '',
          htsCode: htsDigits(line.htsCode),
          htsFormatted: formatHts(line.htsCode),
          quantityKg: line.quantityKg,
          valueUsd: line.valueUsd,
          ...aceRecord07(line),
        };
      }),
    ),
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
      ].map(neutraliseCell),
    ),
  ];
}
