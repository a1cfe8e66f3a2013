/**
 * What the filer certifies before a licence is filed. The AIM portal asks for a certification
 * before submitting (trade.gov/aluminum); its exact wording was not retrieved, so this sentence is
 * the app's own, recorded word for word with who gave it and when.
 */
export const certificationStatement =
  'I certify that the information in this application is true and correct to the best of my knowledge.';

/** Who certifies: the filer profile's contact person, or a plain placeholder before there is a profile. */
export function certifierName(profile: { contactName: string; email: string } | null): string {
  return profile ? `${profile.contactName} (${profile.email})` : 'the filer (no filer profile yet)';
}
