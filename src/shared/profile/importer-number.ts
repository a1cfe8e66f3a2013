/*
 * The importer identification number CBP knows an importer by (19 CFR 24.5): the IRS employer
 * identification number (EIN, NN-NNNNNNN, which CBP may show with a 2-digit suffix), a social
 * security number (NNN-NN-NNNN), or a number CBP assigned (YYDDPP-NNNNN) to an importer with
 * neither. It belongs to the filer's registration (19 CFR 361.102); a licence may carry the
 * importer of record's number for the user's records and the broker hand-off, never required.
 * One check for the profile and the licence.
 */
const patterns = [
  /^\d{2}-?\d{7}(-?\d{2})?$/, // EIN, optionally with CBP's 2-digit suffix
  /^\d{3}-\d{2}-\d{4}$/, // SSN
  /^\d{6}-?[A-Z0-9]{5}$/i, // CBP-assigned
];

export const importerNumberFormats =
  'an EIN (12-3456789), a social security number (123-45-6789) or a CBP-assigned number (251234-12345)';

/** What is wrong with an importer number, in words, or null when it is empty or well-formed. */
export function importerNumberProblem(value: string, label = 'Importer number'): string | null {
  const text = value.trim();
  if (text === '' || patterns.some((p) => p.test(text))) return null;
  return `${label} "${text}" is not ${importerNumberFormats}.`;
}
