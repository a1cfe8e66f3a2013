import { z } from 'zod';

import { usStateCodes } from '#shared/reference/us-states';

import { importerNumberProblem } from './importer-number';

// The registration must use a U.S. street address; ITA's form says "No PO box" (OMB ITA-4142a).
const poBoxPattern = /\b(p\.?\s*o\.?\s*box|post\s+office\s+box|p\.?\s*o\.?\s*b\.?\s+\d|box\s+\d+\s*$)/i;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` });

export const filerProfileSchema = z.object({
  company: text('Company name', 200),
  // The registration number (EIN or CBP-assigned): optional here, format-checked when given.
  importerNumber: z
    .string()
    .trim()
    .max(20, { error: 'EIN or CBP-assigned number must be at most 20 characters.' })
    .superRefine((value, ctx) => {
      const problem = importerNumberProblem(value, 'EIN or CBP-assigned number');
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  street: text('Street address', 200).refine((v) => !poBoxPattern.test(v), {
    error: 'Street address must be a U.S. street address, not a PO box.',
  }),
  city: text('City', 100),
  state: z.enum(usStateCodes, { error: 'State must be a U.S. state or territory code, e.g. OH.' }),
  zip: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, { error: 'ZIP code must be 5 digits or ZIP+4 (12345-6789).' }),
  contactName: text('Contact name', 120),
  phone: z
    .string()
    .trim()
    .refine((v) => (v.match(/\d/g) ?? []).length >= 10 && /^[\d\s()+.\-x]+$/i.test(v), {
      error: 'Phone must have at least 10 digits, e.g. (216) 555-0142.',
    }),
  fax: z.string().trim().max(40),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ error: 'E-mail must be a valid address, e.g. name@company.com.' })),
});
export type FilerProfile = z.infer<typeof filerProfileSchema>;

/**
 * A profile as stored: the same shape, without the number's format check, so a profile saved by an
 * earlier version (which took any 2-20 letters and digits) still opens and can be corrected.
 */
export const storedFilerProfileSchema = filerProfileSchema.extend({ importerNumber: z.string().trim().max(20) });
export type FilerProfileInput = z.input<typeof filerProfileSchema>;
