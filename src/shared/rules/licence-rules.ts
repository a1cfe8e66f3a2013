import {
  applicationNotTooEarly,
  certificationRequired,
  datesOrdered,
  datesValid,
  entryNumberFormat,
  entryTypeValid,
  headerCountries,
  headerRequired,
  importerNumberFormat,
  importNotPast,
  importWithinValidity,
  portKnown,
  portListed,
} from './header-rules';
import { evidenceExpired, evidenceMismatch, evidenceMissing } from './evidence-rules';
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
  portListed,
  datesValid,
  datesOrdered,
  importNotPast,
  applicationNotTooEarly,
  importWithinValidity,
  entryNumberFormat,
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

/** Checked when a licence is marked ready to file, on top of every content rule. */
export const filingRules: readonly LicenceRule[] = [...licenceRules, certificationRequired];

/** The codes a caller may rely on (the CLI's JSON, the import preview, the tests). */
export const ruleCodes = [...new Set([...filingRules.map((r) => r.code), 'HEADER_MISMATCH', 'LICENCE_KIND_INVALID'])];
