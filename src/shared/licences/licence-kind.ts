import { z } from 'zod';

/*
 * Two kinds of AIM licence. A regular licence covers one shipment. A low-value licence is
 * reusable: one licence serves many entries, each shipment carrying less than US$5,000 of
 * aluminum (checked per entry at the broker hand-off). Sources: the proposed rule's summary
 * (85 FR 23748, via F.H. Kaysing: "For shipments containing less than $5,000 worth of aluminum,
 * applicants can apply for a reusable Low-Value License"), ST&R; the AIM FAQ has a section
 * "Creating ... a Low Value License" whose body was not retrieved (domain note §1, §4).
 */

export const licenceKinds = ['regular', 'low-value'] as const;
export const licenceKindSchema = z.enum(licenceKinds);
export type LicenceKind = z.infer<typeof licenceKindSchema>;

export const licenceKindLabels: Record<LicenceKind, string> = {
  regular: 'Regular',
  'low-value': 'Low-value (reusable)',
};

/** A file cell or a typed value as a kind: empty means regular; anything unknown is null (an error to report). */
export function readLicenceKind(text: string): LicenceKind | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (key === '' || key === 'regular') return 'regular';
  if (key === 'low-value' || key === 'lowvalue' || key === 'low-value-licence' || key === 'low-value-license')
    return 'low-value';
  return null;
}
