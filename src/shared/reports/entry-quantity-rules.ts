import { formatEntryNumber } from '#shared/licences/entry-number';
import { licenceLabel } from '#shared/licences/licence-label';
import { formatHts, htsDigits } from '#shared/reference/hts';

import { enteredLines, type EntryRule, entrySources, kg, usd } from './entry-rule';

/* Whether the entry's licences cover what it carries: the quantity per HTS number, the low-value limit. */

/**
 * Per HTS number, what the entry carries (the recorded amounts, else the licences' own) against what
 * its licences cover: a regular licence covers its own quantity, a low-value licence what it was
 * used for (its limit is value, judged below).
 */
export const quantityCovered: EntryRule = {
  code: 'ACE_QUANTITY_NOT_COVERED',
  severity: 'error',
  source: entrySources.quantity,
  check(licences, ctx, report) {
    const entered = new Map<string, number>();
    const covered = new Map<string, number>();
    const add = (map: Map<string, number>, hts: string, value: number) => map.set(hts, (map.get(hts) ?? 0) + value);
    for (const licence of licences) {
      const use = ctx.uses.get(licence.id);
      for (const line of enteredLines(licence, use)) add(entered, htsDigits(line.htsCode), line.quantityKg);
      const cover = licence.licenceKind === 'low-value' ? enteredLines(licence, use) : enteredLines(licence, undefined);
      for (const line of cover) add(covered, htsDigits(line.htsCode), line.quantityKg);
    }
    for (const [hts, quantity] of entered) {
      const cover = covered.get(hts) ?? 0;
      // Half a gram of slack: amounts are typed with up to three decimals.
      if (quantity > cover + 0.0005) {
        report(
          'lines',
          `HTS ${formatHts(hts)}: entry ${formatEntryNumber(ctx.entryNumber)} carries ${kg(quantity)}, but its licences cover ${kg(cover)}. The licences on an entry must cover the total quantity entered: file a licence for the other ${kg(quantity - cover)}, or correct the recorded quantities.`,
        );
      }
    }
  },
};

/** A low-value licence serves shipments under the limit: the whole entry's aluminum counts. */
export const lowValueWithinLimit: EntryRule = {
  code: 'ACE_LOW_VALUE_OVER_LIMIT',
  severity: 'error',
  source: entrySources.lowValue,
  check(licences, ctx, report) {
    const low = licences.filter((licence) => licence.licenceKind === 'low-value');
    if (low.length === 0) return;
    const total = licences.reduce(
      (sum, licence) => sum + enteredLines(licence, ctx.uses.get(licence.id)).reduce((s, line) => s + line.valueUsd, 0),
      0,
    );
    if (total >= ctx.lowValueThresholdUsd) {
      report(
        'licences',
        `Entry ${formatEntryNumber(ctx.entryNumber)} carries ${usd(total)} of aluminum, but low-value licence ${low.map(licenceLabel).join(', ')} covers only shipments with less than ${usd(ctx.lowValueThresholdUsd)} of aluminum. File a regular licence for this shipment, or correct the recorded values.`,
      );
    }
  },
};
