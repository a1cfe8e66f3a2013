import { normaliseEntryNumber } from '../licence/entry-number';
import type { LicenceDraft } from '../licence/licence-schema';
import { sources, type LicenceRule } from './rule';

export const totalValueUsd = (licence: LicenceDraft): number =>
  licence.lines.reduce(
    (sum, line) => sum + (line.valueUsd !== null && Number.isFinite(line.valueUsd) ? line.valueUsd : 0),
    0,
  );

export const lowValueEligible: LicenceRule = {
  code: 'LOW_VALUE_ELIGIBLE',
  severity: 'info',
  source: sources.lowValue,
  check(licence, ctx, report) {
    const total = totalValueUsd(licence);
    if (total > 0 && total < ctx.settings.lowValueThresholdUsd) {
      report(
        'lines',
        `This shipment has US$${total.toLocaleString('en-US')} of aluminum, under US$${ctx.settings.lowValueThresholdUsd.toLocaleString('en-US')}: it may use a reusable low-value licence instead.`,
      );
    }
  },
};

export const lowValueNotMixed: LicenceRule = {
  code: 'LOW_VALUE_MIXED_ON_ENTRY',
  severity: 'warning',
  source: sources.lowValue,
  check(licence, ctx, report) {
    const entry = normaliseEntryNumber(licence.entryNumber);
    if (entry === '' || !ctx.entryPeers || ctx.entryPeers.length === 0) return;
    const threshold = ctx.settings.lowValueThresholdUsd;
    const isLow = (value: number) => value > 0 && value < threshold;
    const mine = isLow(totalValueUsd(licence));
    const clash = ctx.entryPeers.find((peer) => isLow(peer.totalValueUsd) !== mine);
    if (clash) {
      report(
        'entryNumber',
        `Entry ${licence.entryNumber.trim()} would carry both a low-value and a regular licence (with "${clash.ref}"); CBP rejects that mix. Use one kind for the whole entry.`,
      );
    }
  },
};
