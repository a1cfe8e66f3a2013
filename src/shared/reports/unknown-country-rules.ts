import { isIsoDate } from '#shared/dates/iso-date';
import { licenceLabel } from '#shared/licences/licence-label';
import { htsDigits, isInScope } from '#shared/reference/hts';
import type { ReferenceIndex } from '#shared/reference/reference-data';

import { type AceRecord07, aceUnknownCountry, aceUnknownFrom } from './ace-record07';
import { dateOn, eachLine, type EntryRule, entrySources, linePath } from './entry-rule';

/* UN (unknown country) in record 07: accepted only for derivative aluminum from 2025-06-28, at a duty. */

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
      const where = `Licence ${licenceLabel(licence)}, product line ${i + 1}`;
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
        `Licence ${licenceLabel(licence)}, product line ${i + 1}: UN must be reported with HTS 9903.85.67 or 9903.85.68 and draws the 200% duty.`,
      );
    }
  }),
};
