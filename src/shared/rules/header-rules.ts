import { daysBetween, displayDate, isIsoDate } from '../dates/iso-date';
import { headerLabels } from '../licence/field-labels';
import { entryTypes } from '../licence/licence-schema';
import { parseCountry } from '../reference/countries';
import { tooEarlyUntil } from './filing-window';
import { sources, type LicenceRule } from './rule';

const requiredText = [
  'importerName',
  'importerNumber',
  'exporterName',
  'portOfEntry',
  'expectedExportDate',
  'expectedImportDate',
] as const;

export const headerRequired: LicenceRule = {
  code: 'REQUIRED',
  severity: 'error',
  source: sources.fields,
  check(l, _ctx, report) {
    if (l.entryType.trim() === '')
      report('entryType', `${headerLabels.entryType} is required: choose consumption or FTZ.`);
    for (const field of requiredText) {
      if (l[field].trim() === '') report(field, `${headerLabels[field]} is required.`);
    }
    if (!l.manufacturerUnknown && !l.manufacturers.some((m) => m.trim() !== '')) {
      report('manufacturers', 'Manufacturer is required: name at least one, or tick "Manufacturer unknown".');
    }
    if (l.countryOfOrigin.trim() === '') report('countryOfOrigin', `${headerLabels.countryOfOrigin} is required.`);
    if (l.countryOfExport.trim() === '') report('countryOfExport', `${headerLabels.countryOfExport} is required.`);
  },
};

/**
 * Not in the content rules: certifying is the filer's act at filing time, not a property of the
 * data (a file or a template cannot certify). The ready step and the form apply it.
 */
export const certificationRequired: LicenceRule = {
  code: 'REQUIRED',
  severity: 'error',
  source: sources.certification,
  check(l, _ctx, report) {
    if (!l.certified)
      report('certified', 'Certification is required: tick the box to certify the information is true before filing.');
  },
};

export const entryTypeValid: LicenceRule = {
  code: 'ENTRY_TYPE_INVALID',
  severity: 'error',
  source: sources.entryType,
  check(l, _ctx, report) {
    const value = l.entryType.trim();
    if (value !== '' && !(entryTypes as readonly string[]).includes(value)) {
      report('entryType', `Entry type "${value}" is not one AIM accepts: use consumption or FTZ.`);
    }
  },
};

// EIN (NN-NNNNNNN), SSN-style (NNN-NN-NNNN) or CBP-assigned (YYDDPP-NNNNN) numbers.
const importerNumberPattern = /^(\d{2}-?\d{7}(\d{2})?|\d{3}-\d{2}-\d{4}|\d{6}-[A-Z0-9]{5})$/i;

export const importerNumberFormat: LicenceRule = {
  code: 'IMPORTER_NUMBER_FORMAT',
  severity: 'error',
  source: sources.importerNumber,
  check(l, _ctx, report) {
    const value = l.importerNumber.trim();
    if (value !== '' && !importerNumberPattern.test(value)) {
      report(
        'importerNumber',
        `Importer number "${value}" is not an EIN (12-3456789) or a CBP-assigned number (251234-12345).`,
      );
    }
  },
};

export const headerCountries: LicenceRule = {
  code: 'COUNTRY_UNKNOWN',
  severity: 'error',
  source: sources.fields,
  check(l, _ctx, report) {
    for (const field of ['countryOfOrigin', 'countryOfExport'] as const) {
      const value = parseCountry(l[field]);
      if (value.kind === 'invalid') {
        report(
          field,
          `${headerLabels[field]}: "${value.text}" is not a country we know. Pick one from the list or type its ISO code (e.g. CA).`,
        );
      } else if (value.kind === 'not-applicable' || value.kind === 'unknown') {
        report(
          field,
          `${headerLabels[field]} must be a country: "not applicable" and "unknown" are only for the smelt countries.`,
        );
      }
    }
  },
};

export const portKnown: LicenceRule = {
  code: 'PORT_UNKNOWN',
  severity: 'error',
  source: sources.ports,
  check(l, ctx, report) {
    const result = ctx.reference.ports.check(l.portOfEntry);
    if (result.kind === 'malformed') {
      report(
        'portOfEntry',
        `Expected port of entry "${l.portOfEntry.trim()}" is not a CBP port code: use the four-digit Schedule D code, e.g. 3901 for Chicago.`,
      );
    } else if (result.kind === 'unknown-district') {
      report(
        'portOfEntry',
        `Expected port of entry ${l.portOfEntry.trim()}: there is no CBP district ${result.district}. Check the code against Schedule D.`,
      );
    }
  },
};

export const portListed: LicenceRule = {
  code: 'PORT_NOT_IN_LIST',
  severity: 'warning',
  source: sources.ports,
  check(l, ctx, report) {
    if (ctx.reference.ports.check(l.portOfEntry).kind === 'unlisted-in-known-district') {
      report(
        'portOfEntry',
        `Expected port of entry ${l.portOfEntry.trim()} is not in the bundled Census port list (CBP's list is longer). Check the code with your broker.`,
      );
    }
  },
};

export const datesValid: LicenceRule = {
  code: 'DATE_INVALID',
  severity: 'error',
  source: sources.dates,
  check(l, _ctx, report) {
    for (const field of ['expectedExportDate', 'expectedImportDate'] as const) {
      const value = l[field].trim();
      if (value !== '' && !isIsoDate(value))
        report(field, `${headerLabels[field]} "${value}" is not a real date: use YYYY-MM-DD, e.g. 2026-03-15.`);
    }
  },
};

export const datesOrdered: LicenceRule = {
  code: 'DATE_ORDER',
  severity: 'error',
  source: sources.dates,
  check(l, _ctx, report) {
    if (
      isIsoDate(l.expectedExportDate) &&
      isIsoDate(l.expectedImportDate) &&
      l.expectedExportDate > l.expectedImportDate
    ) {
      report(
        'expectedExportDate',
        'Expected export date is after the expected import date: goods leave before they arrive. Correct one of the two dates.',
      );
    }
  },
};

export const importNotPast: LicenceRule = {
  code: 'IMPORT_DATE_PAST',
  severity: 'warning',
  source: sources.timing,
  check(l, ctx, report) {
    const status = ctx.facts?.status;
    if (status && !['draft', 'ready', 'queued', 'rejected'].includes(status)) return;
    if (isIsoDate(l.expectedImportDate) && l.expectedImportDate < ctx.asOf) {
      report(
        'expectedImportDate',
        `Expected import date ${l.expectedImportDate} is already past (as of ${ctx.asOf}). A licence is needed before the entry summary is filed; check the date.`,
      );
    }
  },
};

/**
 * A licence can be applied for at most `earliestApplicationDaysBeforeImport` days (60) before the
 * expected date of importation (filing-window.ts). Only licences not yet filed are judged. While
 * a licence is a draft this is a warning (it can be saved and prepared); when fileability is
 * judged (mark ready, queue, `aim-licence validate`) the same finding is an error.
 */
function tooEarly(severity: 'warning' | 'error'): LicenceRule {
  return {
    code: 'APPLICATION_TOO_EARLY',
    severity,
    source: sources.filingWindow,
    check(l, ctx, report) {
      const status = ctx.facts?.status;
      if (status && !['draft', 'ready', 'queued', 'rejected'].includes(status)) return;
      const first = tooEarlyUntil(l.expectedImportDate, ctx.asOf, ctx.settings);
      if (first === null) return;
      const limit = ctx.settings.earliestApplicationDaysBeforeImport;
      const days = daysBetween(ctx.asOf, l.expectedImportDate);
      const when = `${displayDate(first)} (${first})`;
      report(
        'expectedImportDate',
        severity === 'error'
          ? `Too early to file: the expected import date ${l.expectedImportDate} is ${days} days away, and a licence can be applied for at most ${limit} days before the expected date of importation. It can be filed from ${when}.`
          : `Expected import date ${l.expectedImportDate} is ${days} days away: a licence can be applied for at most ${limit} days before the expected date of importation, so this one can be filed from ${when}. You can save and prepare it now.`,
      );
    },
  };
}

/** The draft-time notice: saving is fine, filing is not yet. */
export const applicationTooEarlyNotice: LicenceRule = tooEarly('warning');
/** The same finding where fileability is judged. */
export const applicationTooEarly: LicenceRule = tooEarly('error');

// Filer code (3 letters/digits) + 7 digits + check digit; dashes and spaces are accepted.
const entryNumberPattern = /^[A-Z0-9]{3}\d{7}\d$/;

export const entryNumberFormat: LicenceRule = {
  code: 'ENTRY_NUMBER_FORMAT',
  severity: 'error',
  source: sources.entryNumber,
  check(l, _ctx, report) {
    const raw = l.entryNumber.trim();
    if (raw === '') return;
    if (!entryNumberPattern.test(raw.replace(/[\s-]/g, '').toUpperCase())) {
      report(
        'entryNumber',
        `Entry number "${raw}" must be the 3-character filer code, 7 digits and a check digit (e.g. ABC-1234567-8), or left empty.`,
      );
    }
  },
};

export const importWithinValidity: LicenceRule = {
  code: 'IMPORT_OUTSIDE_VALIDITY',
  severity: 'error',
  source: sources.validity,
  check(l, ctx, report) {
    const facts = ctx.facts;
    if (!facts?.validFrom || !facts.validThrough || !isIsoDate(l.expectedImportDate)) return;
    if (l.expectedImportDate < facts.validFrom || l.expectedImportDate > facts.validThrough) {
      report(
        'expectedImportDate',
        `Expected import date ${l.expectedImportDate} is outside the licence's validity (${facts.validFrom} to ${facts.validThrough}). Apply for a new licence for this shipment.`,
      );
    }
  },
};
