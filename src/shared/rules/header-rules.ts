import { daysBetween, displayDate, isIsoDate } from '#shared/dates/iso-date';
import { checkEntryNumber, entryNumberProblem } from '#shared/licences/entry-number';
import { headerLabels } from '#shared/licences/field-labels';
import { entryTypes } from '#shared/licences/licence-schema';
import type { LicenceStatus } from '#shared/licences/licence-status';
import { importerNumberProblem } from '#shared/profile/importer-number';
import { parseCountry } from '#shared/reference/countries';

import { tooEarlyUntil } from './filing-window';
import { type LicenceRule, sources } from './rule';

// The importer number is not among them: §361.103(c)(1) and ITA-4142a name the importer only.
const requiredText = [
  'importerName',
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

export const importerNumberFormat: LicenceRule = {
  code: 'IMPORTER_NUMBER_FORMAT',
  severity: 'error',
  source: sources.importerNumber,
  check(l, _ctx, report) {
    const problem = importerNumberProblem(l.importerNumber, headerLabels.importerNumber);
    if (problem) report('importerNumber', `${problem} It is optional: leave it empty if you do not have it.`);
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
        `Expected port of entry "${l.portOfEntry.trim()}" is not a port code: use CBP's four-digit code, e.g. 3901 for Chicago or 4701 for JFK Airport.`,
      );
    } else if (result.kind === 'unknown-district') {
      report(
        'portOfEntry',
        `Expected port of entry ${l.portOfEntry.trim()}: neither CBP's nor the Census port list has a district ${result.district}. Check the code with your broker, or pick the port from the list.`,
      );
    }
  },
};

export const portIsPortOfEntry: LicenceRule = {
  code: 'PORT_NOT_A_PORT_OF_ENTRY',
  severity: 'error',
  source: sources.portsNotOfEntry,
  check(l, ctx, report) {
    const result = ctx.reference.ports.check(l.portOfEntry);
    if (result.kind === 'not-a-port-of-entry') {
      report(
        'portOfEntry',
        `Expected port of entry ${result.code} is the trade-statistics code "${result.name}", not a port of entry: use the code of the port where the goods will be entered (e.g. 3901 for Chicago).`,
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
        `Expected port of entry ${l.portOfEntry.trim()} is in neither bundled port list (CBP's ACE Appendix E codes and the Census list), though its district exists. Check the code with your broker.`,
      );
    }
  },
};

export const portCbpOffice: LicenceRule = {
  code: 'PORT_CBP_OFFICE_CODE',
  severity: 'warning',
  source: sources.portsCbpOffice,
  check(l, ctx, report) {
    const result = ctx.reference.ports.check(l.portOfEntry);
    if (result.kind === 'listed' && result.port.kind !== 'port') {
      report(
        'portOfEntry',
        result.port.kind === 'abroad'
          ? `Expected port of entry ${result.port.code} is on CBP's list as "${result.port.name}", a place outside the United States: goods are entered at a U.S. port. Check the code with your broker.`
          : `Expected port of entry ${result.port.code} is on CBP's list as "${result.port.name}", an office, preclearance or tracking code rather than a port where goods are entered. Check the code with your broker.`,
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

/** What the too-early notice tells a person to do, by where the licence is (queued: held in the outbox). */
const nextStep: Partial<Record<LicenceStatus, string>> = {
  draft: 'You can save and prepare it now.',
  ready: 'Queue it to file on that day: it waits in the outbox until then.',
  queued:
    'It is queued and held in the outbox until then, and sent on that day. To change it, withdraw it from the queue under Filing gateway first.',
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
          : `Expected import date ${l.expectedImportDate} is ${days} days away: a licence can be applied for at most ${limit} days before the expected date of importation, so this one can be filed from ${when}. ${nextStep[status ?? 'draft'] ?? nextStep.draft}`,
      );
    },
  };
}

/** The draft-time notice: saving is fine, filing is not yet. */
export const applicationTooEarlyNotice: LicenceRule = tooEarly('warning');
/** The same finding where fileability is judged. */
export const applicationTooEarly: LicenceRule = tooEarly('error');

export const entryNumberFormat: LicenceRule = {
  code: 'ENTRY_NUMBER_FORMAT',
  severity: 'error',
  source: sources.entryNumber,
  check(l, _ctx, report) {
    if (checkEntryNumber(l.entryNumber).kind === 'malformed') report('entryNumber', entryNumberProblem(l.entryNumber)!);
  },
};

export const entryNumberCheckDigit: LicenceRule = {
  code: 'ENTRY_NUMBER_CHECK_DIGIT',
  severity: 'error',
  source: sources.entryCheckDigit,
  check(l, _ctx, report) {
    if (checkEntryNumber(l.entryNumber).kind === 'wrong-check-digit')
      report('entryNumber', entryNumberProblem(l.entryNumber)!);
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
