import { displayDate, isIsoDate } from '#shared/dates/iso-date';
import { formatEntryNumber } from '#shared/licences/entry-number';
import type { Licence } from '#shared/licences/licence-schema';
import { licenceStatusLabels } from '#shared/licences/licence-status';
import type { LicenceUse } from '#shared/licences/licence-use';
import { parseCountry } from '#shared/reference/countries';
import { formatHts, htsDigits, isInScope } from '#shared/reference/hts';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import { type Reporter, type RuleIssue, type Severity, sources as licenceSources } from '#shared/rules/rule';

import { type AceRecord07, aceRecord07, aceRecord07From, aceUnknownCountry, aceUnknownFrom } from './ace-record07';

/*
 * Pre-flight checks of one customs entry before the broker keys it into ACE: the rejects the
 * domain note lists (§2 items 2, 5, 8 and 12; §8), in the same shape as the licence rules (code,
 * severity, path, message, source) so the same issue list shows them. Errors are what ACE
 * rejects or the regulation forbids; warnings are what the broker should look at; infos explain
 * an assumption.
 */

export interface EntryContext {
  readonly entryNumber: string;
  readonly reference: ReferenceIndex;
  readonly lowValueThresholdUsd: number;
  /** What each licence was used for on this entry (licence id → its recorded use), when recorded. */
  readonly uses: ReadonlyMap<string, LicenceUse>;
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
  importDate:
    'Licence valid-from/through (ITA-4142a fields 18-19) judged on the actual date of importation: project decision, domain note §8',
  quantity: '19 CFR 361.101(a)(2): the licence(s) must cover the total quantity of aluminum entered',
  record07From:
    'Proclamation 10522 (88 FR 13267); CBP CSMS #55438432: smelt and cast countries on the entry summary (record 07) from 2023-04-10',
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

/** The entry's date: its recorded date of importation, else the earliest expected import date; null when none. */
export function entryDate(licences: readonly Licence[], ctx: Pick<EntryContext, 'uses'>): string | null {
  const recorded = [...ctx.uses.values()][0]?.importDate;
  if (recorded && isIsoDate(recorded)) return recorded;
  const expected = licences.map((l) => l.expectedImportDate).filter(isIsoDate);
  return expected.length > 0 ? expected.reduce((a, b) => (b < a ? b : a)) : null;
}

/** Record 07 smelt/cast reporting applies to entries from 2023-04-10; earlier ones (or undated) are not judged on it. */
export const record07Required = (licences: readonly Licence[], ctx: Pick<EntryContext, 'uses'>): boolean => {
  const date = entryDate(licences, ctx);
  return date === null || date >= aceRecord07From;
};
const record07Rule =
  (check: EntryRule['check']): EntryRule['check'] =>
  (licences, ctx, report) => {
    if (record07Required(licences, ctx)) check(licences, ctx, report);
  };

/** A licence's date on this entry: its recorded date of importation, else its expected one. */
const dateOn = (licence: Licence, ctx: EntryContext) =>
  ctx.uses.get(licence.id)?.importDate ?? licence.expectedImportDate;

/** What the entry carries under one licence: the amounts recorded when it was used, else the licence's own. */
export function enteredLines(licence: Licence, use: LicenceUse | undefined) {
  return use
    ? use.lines.map((l) => ({ lineId: l.lineId, htsCode: l.htsCode, quantityKg: l.quantityKg, valueUsd: l.valueUsd }))
    : licence.lines.map((l) => ({
        lineId: l.id,
        htsCode: l.htsCode,
        quantityKg: l.quantityKg ?? 0,
        valueUsd: l.valueUsd ?? 0,
      }));
}
const kg = (value: number) => `${value.toLocaleString('en-US', { maximumFractionDigits: 3 })} kg`;
const usd = (value: number) =>
  `US$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

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

/** Judged by the recorded date of importation: a licence valid that day is accepted, whenever the summary is filed. */
export const importedWithinValidity: EntryRule = {
  code: 'ACE_IMPORT_OUTSIDE_VALIDITY',
  severity: 'error',
  source: entrySources.importDate,
  check(licences, ctx, report) {
    licences.forEach((licence, l) => {
      const use = ctx.uses.get(licence.id);
      const { validFrom, validThrough } = licence;
      if (!use || !validFrom || !validThrough || !isIsoDate(use.importDate)) return;
      if (use.importDate < validFrom || use.importDate > validThrough) {
        report(
          `licences.${l}.importDate`,
          `Licence ${name(licence)} is valid ${displayDate(validFrom)} to ${displayDate(validThrough)}, but the goods of entry ${formatEntryNumber(ctx.entryNumber)} were imported on ${displayDate(use.importDate)}: it does not cover them. Use a licence valid on the date of importation.`,
        );
      }
    });
  },
};

/** Before the goods arrive only the expected date is known: a warning, since the actual date decides. */
export const withinValidity: EntryRule = {
  code: 'ACE_OUTSIDE_VALIDITY',
  severity: 'warning',
  source: entrySources.validity,
  check(licences, ctx, report) {
    licences.forEach((licence, l) => {
      const { validFrom, validThrough, expectedImportDate: date } = licence;
      if (ctx.uses.has(licence.id) || !validFrom || !validThrough || !isIsoDate(date)) return;
      if (date < validFrom || date > validThrough) {
        report(
          `licences.${l}.expectedImportDate`,
          `Licence ${name(licence)} is valid ${displayDate(validFrom)} to ${displayDate(validThrough)}, but its expected import date is ${displayDate(date)}. What counts is the actual date of importation: record it on the licence when the goods arrive.`,
        );
      }
    });
  },
};

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
        `Entry ${formatEntryNumber(ctx.entryNumber)} carries ${usd(total)} of aluminum, but low-value licence ${low.map(name).join(', ')} covers only shipments with less than ${usd(ctx.lowValueThresholdUsd)} of aluminum. File a regular licence for this shipment, or correct the recorded values.`,
      );
    }
  },
};

/** Entries before 2023-04-10 report no smelt or cast countries: said once, so the empty checks make sense. */
export const record07NotYetRequired: EntryRule = {
  code: 'ACE_RECORD07_NOT_REQUIRED',
  severity: 'info',
  source: entrySources.record07From,
  check(licences, ctx, report) {
    const date = entryDate(licences, ctx);
    if (date !== null && date < aceRecord07From) {
      report(
        'lines',
        `Entry ${formatEntryNumber(ctx.entryNumber)} dates from ${displayDate(date)}: smelt and cast countries (record 07) are reported on entries from ${displayDate(aceRecord07From)} on, so they are not checked here.`,
      );
    }
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
  check: record07Rule(
    eachLine((record, line, { l, i, licence }, _ctx, report) => {
      if (record.primaryAluminumIndicator === 'N' && record.secondaryAluminumIndicator === 'N') {
        report(
          linePath(l, i, 'smeltCountryLargest'),
          `Licence ${name(licence)}, product line ${i + 1}: the largest smelt country "${line.smeltCountryLargest}" is neither a country, unknown nor N/A, so both aluminum indicators would be N, which ACE rejects. Correct the licence line.`,
        );
      }
    }),
  ),
};

export const castCountryReported: EntryRule = {
  code: 'ACE_CAST_COUNTRY_MISSING',
  severity: 'error',
  source: entrySources.record07,
  check: record07Rule(
    eachLine((record, line, { l, i, licence }, _ctx, report) => {
      if (record.castCountry === '') {
        report(
          linePath(l, i, 'castCountry'),
          `Licence ${name(licence)}, product line ${i + 1}: record 07 needs the country of most recent cast as an ISO code; the licence has "${line.castCountry}".`,
        );
      }
    }),
  ),
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
    const on = dateOn(licence, ctx);
    const date = isIsoDate(on) ? on : null;
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
    const date = dateOn(licence, ctx);
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
  check: record07Rule(
    eachLine((record, _line, { l, i, licence }, _ctx, report) => {
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
  ),
};

export const usProducts: EntryRule = {
  code: 'ACE_US_PRODUCT',
  severity: 'warning',
  source: entrySources.usProducts,
  check: record07Rule(
    eachLine((record, _line, { l, i, licence }, _ctx, report) => {
      if (!isCountry(licence.countryOfOrigin, 'US')) return;
      if (record.primarySmeltCountry !== '' || record.secondarySmeltCountry !== '' || record.castCountry !== 'US') {
        report(
          linePath(l, i, 'castCountry'),
          `Licence ${name(licence)}, product line ${i + 1} is a U.S. product: ACE expects N/A for both smelt countries and US as the cast country.`,
        );
      }
    }),
  ),
};

export const secondaryContentAssumed: EntryRule = {
  code: 'ACE_SECONDARY_CONTENT_ASSUMED',
  severity: 'info',
  source: entrySources.record07,
  check: record07Rule((licences, _ctx, report) => {
    const mixedPossible = licences.some((licence) =>
      licence.lines.some((line) => aceRecord07(line).primaryAluminumIndicator === 'Y'),
    );
    if (mixedPossible) {
      report(
        'lines',
        'The licence records recycled (secondary) aluminum only for lines that hold no primary aluminum, so the secondary indicator is N on lines with a smelt country. Change it to Y where the product also holds recycled aluminum.',
      );
    }
  }),
};

/** In the order the broker should read them: can it be filed at all, then each line. */
export const entryRules: readonly EntryRule[] = [
  licenceIssued,
  importedWithinValidity,
  quantityCovered,
  lowValueWithinLimit,
  record07NotYetRequired,
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
