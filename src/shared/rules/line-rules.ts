import { lineFieldLabel, linePath } from '../licence/field-labels';
import type { LicenceDraft, LicenceLine } from '../licence/licence-schema';
import { unitValueUsdPerTonne } from '../licence/unit-value';
import { isIsoDate } from '../dates/iso-date';
import { parseCountry, type CountryValue } from '../reference/countries';
import { formatHts, htsDigits } from '../reference/hts';
import { sources, type LicenceRule, type Reporter, type RuleContext } from './rule';

/** The last day "unknown" was accepted for the smelt countries (86 FR 27513). */
export const unknownSmeltCutoff = '2022-06-28';

type LineCheck = (line: LicenceLine, index: number, ctx: RuleContext, report: Reporter, licence: LicenceDraft) => void;
const eachLine =
  (check: LineCheck): LicenceRule['check'] =>
  (licence, ctx, report) =>
    licence.lines.forEach((line, index) => check(line, index, ctx, report, licence));

/** The date whose HTS revision and covered list apply: the import date, else the as-of date. */
const coverageDate = (licence: LicenceDraft, ctx: RuleContext) =>
  isIsoDate(licence.expectedImportDate) ? licence.expectedImportDate : ctx.asOf;

export const lineRequired: LicenceRule = {
  code: 'REQUIRED',
  severity: 'error',
  source: sources.fields,
  check: eachLine((line, i, _ctx, report) => {
    if (line.htsCode.trim() === '') report(linePath(i, 'htsCode'), `${lineFieldLabel(i, 'htsCode')} is required.`);
    if (line.quantityKg === null) report(linePath(i, 'quantityKg'), `${lineFieldLabel(i, 'quantityKg')} is required.`);
    if (line.valueUsd === null) report(linePath(i, 'valueUsd'), `${lineFieldLabel(i, 'valueUsd')} is required.`);
    if (line.smeltCountryLargest.trim() === '') {
      report(
        linePath(i, 'smeltCountryLargest'),
        `${lineFieldLabel(i, 'smeltCountryLargest')} is required: a country, or N/A if the product holds only secondary (recycled) aluminum.`,
      );
    }
    if (line.smeltCountrySecond.trim() === '') {
      report(
        linePath(i, 'smeltCountrySecond'),
        `${lineFieldLabel(i, 'smeltCountrySecond')} is required: a country, or N/A if all primary aluminum came from one country or none is primary.`,
      );
    }
  }),
};

export const htsFormat: LicenceRule = {
  code: 'HTS_FORMAT',
  severity: 'error',
  source: sources.coverage,
  check: eachLine((line, i, _ctx, report) => {
    const raw = line.htsCode.trim();
    if (raw !== '' && !/^\d{10}$/.test(htsDigits(raw))) {
      report(
        linePath(i, 'htsCode'),
        `${lineFieldLabel(i, 'htsCode')} "${raw}" must be a 10-digit HTS statistical number, e.g. 7606.12.30.30.`,
      );
    }
  }),
};

export const htsCovered: LicenceRule = {
  code: 'HTS_NOT_COVERED',
  severity: 'error',
  source: sources.coverage,
  check(licence, ctx, report) {
    const hts = ctx.reference.htsOn(coverageDate(licence, ctx));
    licence.lines.forEach((line, i) => {
      const digits = htsDigits(line.htsCode.trim());
      if (!/^\d{10}$/.test(digits) || hts.covered.has(digits)) return;
      const path = linePath(i, 'htsCode');
      const label = lineFieldLabel(i, 'htsCode');
      if (hts.byCode.has(digits)) {
        report(
          path,
          `${label} ${formatHts(digits)} does not need an AIM licence: only headings 7601 and 7604-7609 and 7616.99.51.60/.70 are covered.`,
        );
        return;
      }
      const elsewhere = ctx.reference.revisionsListing(digits).map((r) => r.label);
      report(
        path,
        elsewhere.length > 0
          ? `${label} ${formatHts(digits)} is not in ${hts.revision.label}, in force for this import date (it is listed in ${elsewhere.join(', ')}). Use the current code.`
          : `${label} ${formatHts(digits)} is not an HTS number in ${hts.revision.label}. Pick the code from the list.`,
      );
    });
  },
};

/** A line amount that, when given, must be a number above zero; `mustBe` says the least and what the amount is. */
const positiveAmount = (code: string, field: 'quantityKg' | 'valueUsd', mustBe: string): LicenceRule => ({
  code,
  severity: 'error',
  source: sources.fields,
  check: eachLine((line, i, _ctx, report) => {
    const amount = line[field];
    if (amount !== null && !(Number.isFinite(amount) && amount > 0)) {
      report(linePath(i, field), `${lineFieldLabel(i, field)} must be more than ${mustBe}, not ${amount}.`);
    }
  }),
});

export const quantityValid = positiveAmount('QUANTITY_INVALID', 'quantityKg', '0 kg (net weight at entry)');
export const valueValid = positiveAmount('VALUE_INVALID', 'valueUsd', 'US$0 (the entered value on the entry summary)');

const smeltFields = ['smeltCountryLargest', 'smeltCountrySecond'] as const;
const parsed = (line: LicenceLine) => ({
  largest: parseCountry(line.smeltCountryLargest),
  second: parseCountry(line.smeltCountrySecond),
  cast: parseCountry(line.castCountry),
});

export const lineCountries: LicenceRule = {
  code: 'COUNTRY_UNKNOWN',
  severity: 'error',
  source: sources.fields,
  check: eachLine((line, i, _ctx, report) => {
    for (const field of [...smeltFields, 'castCountry'] as const) {
      const value = parseCountry(line[field]);
      if (value.kind === 'invalid') {
        report(
          linePath(i, field),
          `${lineFieldLabel(i, field)}: "${value.text}" is not a country we know. Pick one from the list or type its ISO code (e.g. CA).`,
        );
      }
    }
  }),
};

export const smeltUnknownAllowed: LicenceRule = {
  code: 'SMELT_UNKNOWN_NOT_ALLOWED',
  severity: 'error',
  source: sources.unknownSmelt,
  check(licence, ctx, report) {
    const appliedOn = ctx.facts?.appliedOn ?? ctx.asOf;
    if (appliedOn <= unknownSmeltCutoff) return;
    licence.lines.forEach((line, i) => {
      for (const field of smeltFields) {
        if (parseCountry(line[field]).kind === 'unknown') {
          report(
            linePath(i, field),
            `${lineFieldLabel(i, field)} cannot be "unknown" on a licence applied for after ${unknownSmeltCutoff}: ask the supplier for the smelter's country (or N/A for secondary aluminum only).`,
          );
        }
      }
    });
  },
};

const isCountry = (v: CountryValue): v is { kind: 'country'; code: string } => v.kind === 'country';

export const smeltNotApplicableConsistent: LicenceRule = {
  code: 'SMELT_NA_INCONSISTENT',
  severity: 'error',
  source: sources.smeltNa,
  check: eachLine((line, i, _ctx, report) => {
    const { largest, second } = parsed(line);
    if (largest.kind === 'not-applicable' && isCountry(second)) {
      report(
        linePath(i, 'smeltCountrySecond'),
        `${lineFieldLabel(i, 'smeltCountrySecond')} is ${second.code} while the largest smelt is N/A: if there is no primary aluminum, both are N/A; otherwise name the largest smelt country.`,
      );
    }
  }),
};

export const smeltSecondDiffers: LicenceRule = {
  code: 'SMELT_SECOND_SAME_AS_LARGEST',
  severity: 'error',
  source: sources.smeltNa,
  check: eachLine((line, i, _ctx, report) => {
    const { largest, second } = parsed(line);
    if (isCountry(largest) && isCountry(second) && largest.code === second.code) {
      report(
        linePath(i, 'smeltCountrySecond'),
        `${lineFieldLabel(i, 'smeltCountrySecond')} is the same as the largest (${largest.code}): name a different country, or N/A if all primary aluminum came from one country.`,
      );
    }
  }),
};

export const castCountryGiven: LicenceRule = {
  code: 'CAST_COUNTRY_REQUIRED',
  severity: 'error',
  source: sources.cast,
  check: eachLine((line, i, _ctx, report) => {
    const { cast } = parsed(line);
    if (cast.kind === 'empty' || cast.kind === 'not-applicable' || cast.kind === 'unknown') {
      report(
        linePath(i, 'castCountry'),
        `${lineFieldLabel(i, 'castCountry')} is required and cannot be N/A or unknown: it is where the metal was last liquefied and cast (slab, billet, ingot or product).`,
      );
    }
  }),
};

export const unitValuePlausible: LicenceRule = {
  code: 'UNIT_VALUE_OUTLIER',
  severity: 'warning',
  source: sources.unitValue,
  check: eachLine((line, i, ctx, report) => {
    const unit = unitValueUsdPerTonne(line.valueUsd, line.quantityKg);
    if (unit === null || line.valueUsd === null || line.valueUsd <= 0) return;
    const { unitValueMinUsdPerTonne: min, unitValueMaxUsdPerTonne: max } = ctx.settings;
    if (unit < min || unit > max) {
      report(
        linePath(i, 'valueUsd'),
        `Product line ${i + 1}: unit value is US$${Math.round(unit).toLocaleString('en-US')}/t, outside the usual US$${min.toLocaleString('en-US')}-${max.toLocaleString('en-US')}/t. Check for a kg/t or cents slip in quantity or value.`,
      );
    }
  }),
};
