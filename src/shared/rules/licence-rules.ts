import { evidenceExpired, evidenceMismatch, evidenceMissing } from './evidence-rules';
import {
  applicationTooEarly,
  applicationTooEarlyNotice,
  certificationRequired,
  datesOrdered,
  datesValid,
  entryNumberCheckDigit,
  entryNumberFormat,
  entryTypeValid,
  headerCountries,
  headerRequired,
  importerNumberFormat,
  importNotPast,
  importWithinValidity,
  portCbpOffice,
  portIsPortOfEntry,
  portKnown,
  portListed,
} from './header-rules';
import { lowValueEligible, lowValueLinesWithinLimit } from './licence-level-rules';
import {
  castCountryGiven,
  htsCovered,
  htsFormat,
  lineCountries,
  lineRequired,
  quantityValid,
  smeltNotApplicableConsistent,
  smeltSecondDiffers,
  smeltUnknownAllowed,
  unitValuePlausible,
  valueValid,
} from './line-rules';
import type { LicenceRule } from './rule';

/** Every licence rule, in the order their findings are listed (header first, then lines). */
export const licenceRules: readonly LicenceRule[] = [
  headerRequired,
  entryTypeValid,
  importerNumberFormat,
  headerCountries,
  portKnown,
  portIsPortOfEntry,
  portListed,
  portCbpOffice,
  datesValid,
  datesOrdered,
  importNotPast,
  applicationTooEarlyNotice,
  importWithinValidity,
  entryNumberFormat,
  entryNumberCheckDigit,
  lineRequired,
  htsFormat,
  htsCovered,
  quantityValid,
  valueValid,
  lineCountries,
  smeltUnknownAllowed,
  smeltNotApplicableConsistent,
  smeltSecondDiffers,
  castCountryGiven,
  evidenceMissing,
  evidenceMismatch,
  evidenceExpired,
  unitValuePlausible,
  lowValueLinesWithinLimit,
  lowValueEligible,
];

/**
 * Whether a licence can be filed as of a date: the content rules, with the filing window an error
 * instead of a draft-time notice. `aim-licence validate` judges files with these.
 */
export const fileabilityRules: readonly LicenceRule[] = licenceRules.map((rule) =>
  rule === applicationTooEarlyNotice ? applicationTooEarly : rule,
);

/** Checked when a licence is marked ready to file or queued: fileability plus the filer's certification. */
export const filingRules: readonly LicenceRule[] = [...fileabilityRules, certificationRequired];
