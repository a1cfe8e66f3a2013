import { z } from 'zod';

import { isIsoDate } from '#shared/dates/iso-date';

/*
 * A licence used on a customs entry: the entry number, the actual date of importation and what
 * was entered per product line. The date is what validity is judged by: a licence valid on that
 * day is accepted even when the entry summary is filed after it expired (domain note §8).
 */

export const licenceUseLineSchema = z.object({
  /** The licence's product line this quantity was entered under. */
  lineId: z.string(),
  htsCode: z.string(),
  quantityKg: z.number(),
  valueUsd: z.number(),
});
export type LicenceUseLine = z.infer<typeof licenceUseLineSchema>;

export const licenceUseSchema = z.object({
  id: z.string(),
  entryNumber: z.string(),
  /** The actual date of importation (YYYY-MM-DD). */
  importDate: z.string(),
  lines: z.array(licenceUseLineSchema),
  note: z.string(),
  recordedAt: z.string(),
});
export type LicenceUse = z.infer<typeof licenceUseSchema>;

export const isoDateSchema = z
  .string()
  .trim()
  .refine(isIsoDate, { error: 'must be a real date as YYYY-MM-DD, e.g. 2026-03-20' });

/** What the filer records when a licence is used on an entry; omitted lines take the licence's own amounts. */
export const recordUseSchema = z
  .object({
    id: z.string().min(1).max(64),
    entryNumber: z.string().trim().min(1, { error: 'Entry number is required.' }).max(20),
    importDate: isoDateSchema,
    lines: z
      .array(
        z
          .object({
            lineId: z.string().min(1).max(64),
            quantityKg: z.number({ error: 'must be a number' }).finite().min(0, { error: 'must be 0 kg or more' }),
            valueUsd: z.number({ error: 'must be a number' }).finite().min(0, { error: 'must be US$0 or more' }),
          })
          .strict(),
      )
      .max(500)
      .optional(),
    note: z.string().trim().max(500).default(''),
  })
  .strict();
export type RecordUseInput = z.input<typeof recordUseSchema>;

export const totalsOfUse = (use: Pick<LicenceUse, 'lines'>) => ({
  quantityKg: use.lines.reduce((sum, line) => sum + line.quantityKg, 0),
  valueUsd: use.lines.reduce((sum, line) => sum + line.valueUsd, 0),
});
