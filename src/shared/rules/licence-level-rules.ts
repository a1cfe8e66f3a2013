import type { LicenceDraft } from '#shared/licences/licence-schema';

import { type LicenceRule, sources } from './rule';

export const totalValueUsd = (licence: Pick<LicenceDraft, 'lines'>): number =>
  licence.lines.reduce(
    (sum, line) => sum + (line.valueUsd !== null && Number.isFinite(line.valueUsd) ? line.valueUsd : 0),
    0,
  );

const usd = (value: number) => `US$${value.toLocaleString('en-US')}`;

/** Information only: a regular licence small enough that the reusable kind may suit the filer better. */
export const lowValueEligible: LicenceRule = {
  code: 'LOW_VALUE_ELIGIBLE',
  severity: 'info',
  source: sources.lowValue,
  check(licence, ctx, report) {
    if (licence.licenceKind !== 'regular') return;
    const total = totalValueUsd(licence);
    if (total > 0 && total < ctx.settings.lowValueThresholdUsd) {
      report(
        'lines',
        `This shipment has ${usd(total)} of aluminum, under ${usd(ctx.settings.lowValueThresholdUsd)}: a reusable low-value licence may suit it (and later small shipments) instead. A regular licence is fine too.`,
      );
    }
  },
};

/**
 * A low-value licence's lines describe a shipment it will be used for; if they already reach the
 * limit, no shipment like it can use the licence. A warning: the limit is judged per entry at
 * the hand-off, from what was actually entered.
 */
export const lowValueLinesWithinLimit: LicenceRule = {
  code: 'LOW_VALUE_OVER_LIMIT',
  severity: 'warning',
  source: sources.lowValue,
  check(licence, ctx, report) {
    if (licence.licenceKind !== 'low-value') return;
    const total = totalValueUsd(licence);
    const limit = ctx.settings.lowValueThresholdUsd;
    if (total >= limit) {
      report(
        'licenceKind',
        `Licence kind: a low-value licence is for shipments with less than ${usd(limit)} of aluminum, but its product lines total ${usd(total)}. Choose a regular licence, or enter the values of one typical small shipment.`,
      );
    }
  },
};
