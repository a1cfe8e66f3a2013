import { isIsoDate } from '../dates/iso-date';
import { formatEntryNumber } from '../licence/entry-number';
import type { Licence } from '../licence/licence-schema';
import { licenceStatusLabels } from '../licence/licence-status';
import { parseCountry } from '../reference/countries';
import { htsDigits, isInScope } from '../reference/hts';
import type { ReferenceIndex } from '../reference/reference-data';
import { totalValueUsd } from '../rules/licence-level-rules';
import { sources as licenceSources, type Reporter, type RuleIssue, type Severity } from '../rules/rule';
import { aceRecord07, aceUnknownCountry, aceUnknownFrom, type AceRecord07 } from './ace-record07';

/*
 * Pre-flight checks of one customs entry before the broker keys it into ACE: the rejects the
 * domain note lists (§2 items 2, 8 and 12; §8), in the same shape as the licence rules (code,
 * severity, path, message, source) so the same issue list shows them. Errors are what ACE
 * rejects; warnings are what the broker should look at; infos explain an assumption.
 */

export interface EntryContext {
  readonly entryNumber: string;
  readonly reference: ReferenceIndex;
  readonly lowValueThresholdUsd: number;
}

export interface EntryRule {
  readonly code: string;
  readonly severity: Severity;
  readonly source: string;
  check(licences: readonly Licence[], ctx: EntryContext, report: Reporter): void;
}

export const entrySources = {
  lpc28: '19 CFR 361.101(b); CBP bulletin 2b339ed: the licence number goes on the entry summary with type code 28',
  record07: 'CBP CSMS #55438432: smelt and cast countries with Y/N indicators in ACE record 07 (domain note §2.12)',
  unknown:
    'CBP guidance, June 2025: UN only for derivative aluminum, from 2025-06-28, with 9903.85.67/68 (domain note §0)',
  russia: 'CBP CSMS #55438432: Russia as a smelt source is reported as the secondary country when not the primary',
  usProducts: 'CBP CSMS #55438432: U.S. products report N/A for smelt and US for cast',
  ftz: 'CBP CSMS #48923327: the licence is needed at FTZ admission (e-214); ACE rejects type code 28 on type-06 entries',
  validity: licenceSources.validity,
  lowValue: licenceSources.lowValue,
} as const;

/** Header countries are kept as typed (a code or a name); compare them as countries. */
const isCountry = (value: string, code: string) => {
  const parsed = parseCountry(value);
  return parsed.kind === 'country' && parsed.code === code;
};
const name = (licence: Licence) => (licence.reference ? `"${licence.reference}"` : `licence ${licence.id.slice(-8)}`);
const linePath = (l: number, i: number, field: string) => `licences.${l}.lines.${i}.${field}`;

type LineCheck = (
  record: AceRecord07,
  line: Licence['lines'][number],
  where: { l: number; i: number; licence: Licence },
  ctx: EntryContext,
  report: Reporter,
) => void;
const eachLine =
  (check: LineCheck): EntryRule['check'] =>
  (licences, ctx, report) =>
    licences.forEach((licence, l) =>
      licence.lines.forEach((line, i) => check(aceRecord07(line), line, { l, i, licence }, ctx, report)),
    );

export const licenceIssued: EntryRule = {
  code: 'ACE_LICENCE_NOT_ISSUED',
  severity: 'error',
  source: entrySources.lpc28,
  check(licences, ctx, report) {
    licences.forEach((licence, l) => {
      const usable = (licence.status === 'issued' || licence.status === 'used') && licence.licenceNumber;
      if (usable) return;
      const state = licenceStatusLabels[licence.status];
      report(
        `licences.${l}.licenceNumber`,
        licence.status === 'cancelled' || licence.status === 'expired'
          ? `Licence ${name(licence)} is "${state}": it cannot be reported on entry ${formatEntryNumber(ctx.entryNumber)}. Take it off the entry or file a new licence.`
          : `Licence ${name(licence)} has no licence number yet (it is "${state}"): ACE needs the number the portal issued, as type code 28, before the entry summary is filed.`,
      );
    });
  },
};

export const withinValidity: EntryRule = {
  code: 'ACE_OUTSIDE_VALIDITY',
  severity: 'warning',
  source: entrySources.validity,
  check(licences, _ctx, report) {
    licences.forEach((licence, l) => {
      const { validFrom, validThrough, expectedImportDate: date } = licence;
      if (!validFrom || !validThrough || !isIsoDate(date)) return;
      if (date < validFrom || date > validThrough) {
        report(
          `licences.${l}.expectedImportDate`,
          `Licence ${name(licence)} is valid ${validFrom} to ${validThrough}, but its expected import date is ${date}: check the entry date against the validity before filing.`,
        );
      }
    });
  },
};

export const ftzAdmission: EntryRule = {
  code: 'ACE_FTZ_LICENCE',
  severity: 'warning',
  source: entrySources.ftz,
  check(licences, _ctx, report) {
    licences.forEach((licence, l) => {
      if (licence.entryType === 'ftz') {
        report(
          `licences.${l}.entryType`,
          `Licence ${name(licence)} is for a foreign-trade zone admission: report it on the e-214 admission. ACE rejects type code 28 on a type-06 (zone withdrawal) entry summary.`,
        );
      }
    });
  },
};

export const notBothIndicatorsN: EntryRule = {
  code: 'ACE_BOTH_INDICATORS_N',
  severity: 'error',
  source: entrySources.record07,
  check: eachLine((record, line, { l, i, licence }, _ctx, report) => {
    if (record.primaryAluminumIndicator === 'N' && record.secondaryAluminumIndicator === 'N') {
      report(
        linePath(l, i, 'smeltCountryLargest'),
        `Licence ${name(licence)}, product line ${i + 1}: the largest smelt country "${line.smeltCountryLargest}" is neither a country, unknown nor N/A, so both aluminum indicators would be N, which ACE rejects. Correct the licence line.`,
      );
    }
  }),
};

export const castCountryReported: EntryRule = {
  code: 'ACE_CAST_COUNTRY_MISSING',
  severity: 'error',
  source: entrySources.record07,
  check: eachLine((record, line, { l, i, licence }, _ctx, report) => {
    if (record.castCountry === '') {
      report(
        linePath(l, i, 'castCountry'),
        `Licence ${name(licence)}, product line ${i + 1}: record 07 needs the country of most recent cast as an ISO code; the licence has "${line.castCountry}".`,
      );
    }
  }),
};

/** Basic aluminum (the AIM licence scope) is not a derivative article; UN is for derivatives only. */
const isDerivative = (hts: string, date: string, reference: ReferenceIndex) =>
  !isInScope(reference.htsOn(date).scope, htsDigits(hts));
const unknownFields = (record: AceRecord07) =>
  (['primarySmeltCountry', 'secondarySmeltCountry', 'castCountry'] as const).filter(
    (field) => record[field] === aceUnknownCountry,
  );
const licenceField = {
  primarySmeltCountry: 'smeltCountryLargest',
  secondarySmeltCountry: 'smeltCountrySecond',
  castCountry: 'castCountry',
} as const;

export const unknownNotAccepted: EntryRule = {
  code: 'ACE_UN_NOT_ACCEPTED',
  severity: 'error',
  source: entrySources.unknown,
  check: eachLine((record, line, { l, i, licence }, ctx, report) => {
    const date = isIsoDate(licence.expectedImportDate) ? licence.expectedImportDate : null;
    for (const field of unknownFields(record)) {
      const where = `Licence ${name(licence)}, product line ${i + 1}`;
      if (!date || !isDerivative(line.htsCode, date, ctx.reference)) {
        report(
          linePath(l, i, licenceField[field]),
          `${where}: ACE accepts UN (unknown country) only for derivative aluminum articles; HTS ${line.htsCode} is basic aluminum. Get the country from the supplier.`,
        );
      } else if (date < aceUnknownFrom) {
        report(
          linePath(l, i, licenceField[field]),
          `${where}: ACE accepts UN (unknown country) only on entries from ${aceUnknownFrom}; this import is expected ${date}.`,
        );
      }
    }
  }),
};

export const unknownDuty: EntryRule = {
  code: 'ACE_UN_DUTY',
  severity: 'warning',
  source: entrySources.unknown,
  check: eachLine((record, line, { l, i, licence }, ctx, report) => {
    const date = licence.expectedImportDate;
    if (!isIsoDate(date) || date < aceUnknownFrom || !isDerivative(line.htsCode, date, ctx.reference)) return;
    for (const field of unknownFields(record)) {
      report(
        linePath(l, i, licenceField[field]),
        `Licence ${name(licence)}, product line ${i + 1}: UN must be reported with HTS 9903.85.67 or 9903.85.68 and draws the 200% duty.`,
      );
    }
  }),
};

export const russiaAsSecondary: EntryRule = {
  code: 'ACE_RUSSIA_SMELT',
  severity: 'warning',
  source: entrySources.russia,
  check: eachLine((record, _line, { l, i, licence }, _ctx, report) => {
    const russian =
      record.castCountry === 'RU' ||
      isCountry(licence.countryOfOrigin, 'RU') ||
      isCountry(licence.countryOfExport, 'RU');
    if (russian && record.primarySmeltCountry !== 'RU' && record.secondarySmeltCountry !== 'RU') {
      report(
        linePath(l, i, 'smeltCountrySecond'),
        `Licence ${name(licence)}, product line ${i + 1} comes from or through Russia: if any of its primary aluminum was smelted in Russia, ACE needs RU as the secondary smelt country even when Russia is not the second-largest. Check with the supplier.`,
      );
    }
  }),
};

export const usProducts: EntryRule = {
  code: 'ACE_US_PRODUCT',
  severity: 'warning',
  source: entrySources.usProducts,
  check: eachLine((record, _line, { l, i, licence }, _ctx, report) => {
    if (!isCountry(licence.countryOfOrigin, 'US')) return;
    if (record.primarySmeltCountry !== '' || record.secondarySmeltCountry !== '' || record.castCountry !== 'US') {
      report(
        linePath(l, i, 'castCountry'),
        `Licence ${name(licence)}, product line ${i + 1} is a U.S. product: ACE expects N/A for both smelt countries and US as the cast country.`,
      );
    }
  }),
};

export const lowValueNotMixed: EntryRule = {
  code: 'ACE_LOW_VALUE_MIX',
  severity: 'error',
  source: entrySources.lowValue,
  check(licences, ctx, report) {
    const low = licences.filter((licence) => isLowValue(licence, ctx.lowValueThresholdUsd));
    if (low.length === 0 || low.length === licences.length) return;
    const regular = licences.find((licence) => !low.includes(licence))!;
    report(
      'licences',
      `Entry ${formatEntryNumber(ctx.entryNumber)} carries low-value licence ${name(low[0]!)} (under US$${ctx.lowValueThresholdUsd.toLocaleString('en-US')}) and regular licence ${name(regular)}; CBP rejects that mix. Use one kind for the whole entry.`,
    );
  },
};

export const secondaryContentAssumed: EntryRule = {
  code: 'ACE_SECONDARY_CONTENT_ASSUMED',
  severity: 'info',
  source: entrySources.record07,
  check(licences, _ctx, report) {
    const mixedPossible = licences.some((licence) =>
      licence.lines.some((line) => aceRecord07(line).primaryAluminumIndicator === 'Y'),
    );
    if (mixedPossible) {
      report(
        'lines',
        'The licence records recycled (secondary) aluminum only for lines that hold no primary aluminum, so the secondary indicator is N on lines with a smelt country. Change it to Y where the product also holds recycled aluminum.',
      );
    }
  },
};

export function isLowValue(licence: Licence, thresholdUsd: number): boolean {
  const total = totalValueUsd(licence);
  return total > 0 && total < thresholdUsd;
}

/** In the order the broker should read them: can it be filed at all, then each line. */
export const entryRules: readonly EntryRule[] = [
  licenceIssued,
  lowValueNotMixed,
  notBothIndicatorsN,
  castCountryReported,
  unknownNotAccepted,
  unknownDuty,
  russiaAsSecondary,
  usProducts,
  withinValidity,
  ftzAdmission,
  secondaryContentAssumed,
];

export function preflightEntry(
  licences: readonly Licence[],
  ctx: EntryContext,
  rules: readonly EntryRule[] = entryRules,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const rule of rules) {
    rule.check(licences, ctx, (path, message) =>
      issues.push({ code: rule.code, severity: rule.severity, path, message, source: rule.source }),
    );
  }
  return issues;
}
