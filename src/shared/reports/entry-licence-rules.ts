import { displayDate, isIsoDate } from '#shared/dates/iso-date';
import { formatEntryNumber } from '#shared/licences/entry-number';
import { licenceLabel } from '#shared/licences/licence-label';
import { licenceStatusLabels } from '#shared/licences/licence-status';

import { type EntryRule, entrySources } from './entry-rule';

/* Whether each licence can stand on this entry at all: issued, valid on the date, the right kind of entry. */

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
          ? `Licence ${licenceLabel(licence)} is "${state}": it cannot be reported on entry ${formatEntryNumber(ctx.entryNumber)}. Take it off the entry or file a new licence.`
          : `Licence ${licenceLabel(licence)} has no licence number yet (it is "${state}"): ACE needs the number the portal issued, as type code 28, before the entry summary is filed.`,
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
          `Licence ${licenceLabel(licence)} is valid ${displayDate(validFrom)} to ${displayDate(validThrough)}, but the goods of entry ${formatEntryNumber(ctx.entryNumber)} were imported on ${displayDate(use.importDate)}: it does not cover them. Use a licence valid on the date of importation.`,
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
          `Licence ${licenceLabel(licence)} is valid ${displayDate(validFrom)} to ${displayDate(validThrough)}, but its expected import date is ${displayDate(date)}. What counts is the actual date of importation: record it on the licence when the goods arrive.`,
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
          `Licence ${licenceLabel(licence)} is for a foreign-trade zone admission: report it on the e-214 admission. ACE rejects type code 28 on a type-06 (zone withdrawal) entry summary.`,
        );
      }
    });
  },
};
