import { displayDate } from '#shared/dates/iso-date';
import { formatEntryNumber } from '#shared/licences/entry-number';
import { licenceLabel } from '#shared/licences/licence-label';

import { aceRecord07, aceRecord07From } from './ace-record07';
import { eachLine, entryDate, type EntryRule, entrySources, isCountry, linePath, record07Rule } from './entry-rule';

/* The smelt and cast countries of ACE record 07, line by line, from 2023-04-10 on. */

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
export const notBothIndicatorsN: EntryRule = {
  code: 'ACE_BOTH_INDICATORS_N',
  severity: 'error',
  source: entrySources.record07,
  check: record07Rule(
    eachLine((record, line, { l, i, licence }, _ctx, report) => {
      if (record.primaryAluminumIndicator === 'N' && record.secondaryAluminumIndicator === 'N') {
        report(
          linePath(l, i, 'smeltCountryLargest'),
          `Licence ${licenceLabel(licence)}, product line ${i + 1}: the largest smelt country "${line.smeltCountryLargest}" is neither a country, unknown nor N/A, so both aluminum indicators would be N, which ACE rejects. Correct the licence line.`,
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
          `Licence ${licenceLabel(licence)}, product line ${i + 1}: record 07 needs the country of most recent cast as an ISO code; the licence has "${line.castCountry}".`,
        );
      }
    }),
  ),
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
          `Licence ${licenceLabel(licence)}, product line ${i + 1} comes from or through Russia: if any of its primary aluminum was smelted in Russia, ACE needs RU as the secondary smelt country even when Russia is not the second-largest. Check with the supplier.`,
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
          `Licence ${licenceLabel(licence)}, product line ${i + 1} is a U.S. product: ACE expects N/A for both smelt countries and US as the cast country.`,
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
