import { z } from 'zod';

import { isIsoDate } from '#shared/dates/iso-date';
import { entryKinds } from '#shared/need-licence/need-licence';

import { procedure } from './define';

export const needLicenceQuestionSchema = z
  .object({
    entryKind: z.enum(entryKinds, { error: 'Choose the kind of entry.' }),
    lines: z
      .array(
        z
          .object({
            hts: z.string().trim().max(20, { error: 'An HTS number has at most 20 characters.' }),
            valueUsd: z
              .number({ error: 'Customs value must be a number.' })
              .refine(Number.isFinite, { error: 'Customs value must be a finite number.' })
              .min(0, { error: 'Customs value cannot be negative.' })
              .nullable(),
          })
          .strict(),
      )
      .min(1, { error: 'Give at least one HTS number.' })
      .max(200, { error: 'At most 200 HTS lines at a time.' }),
    /** Expected date of import; empty: today. Each line's value may be null (not given). */
    importDate: z
      .string()
      .trim()
      .refine((v) => v === '' || isIsoDate(v), { error: 'Import date must be a real date as YYYY-MM-DD.' }),
  })
  .strict();
export type NeedLicenceQuestionInput = z.input<typeof needLicenceQuestionSchema>;

const reasonSchema = z.object({
  text: z.string(),
  source: z.string(),
  strength: z.enum(['regulation', 'cbp-guidance', 'trade-publication', 'app']),
});

export const needLicenceAnswerSchema = z.object({
  verdict: z.enum(['required', 'not-required', 'incomplete']),
  headline: z.string(),
  entryKind: z.enum(entryKinds),
  importDate: z.string(),
  htsRevision: z.string(),
  lines: z.array(
    z.object({
      hts: z.string(),
      hts10: z.string(),
      valueUsd: z.number().nullable(),
      status: z.enum(['covered', 'not-covered', 'not-in-hts', 'invalid']),
      detail: z.string(),
    }),
  ),
  reasons: z.array(reasonSchema),
  caveat: z.string().nullable(),
});

export const needLicenceProcedures = {
  'licences.needLicence': procedure(
    'Whether an entry needs an AIM licence, from the kind of entry, its HTS lines and values; every reason cites its source.',
    needLicenceQuestionSchema,
    needLicenceAnswerSchema,
  ),
};
