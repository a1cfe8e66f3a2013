import { z } from 'zod';

import { licenceStatusSchema } from '#shared/licences/licence-status';

import { procedure } from './define';

export const attentionItemSchema = z.object({
  id: z.string(),
  reference: z.string(),
  importerName: z.string(),
  status: licenceStatusSchema,
  expectedImportDate: z.string(),
  validThrough: z.string().nullable(),
  reason: z.enum(['file-soon', 'import-date-past', 'has-errors', 'expiring', 'rejected']),
});
export type AttentionItem = z.infer<typeof attentionItemSchema>;

export const dashboardSummarySchema = z.object({
  asOf: z.string(),
  byStatus: z.array(z.object({ status: licenceStatusSchema, count: z.number().int() })),
  attention: z.array(attentionItemSchema),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

/** Kilograms and customs value of the product lines in one group (a country, a month, an HTS heading). */
export const chartBucketSchema = z.object({
  key: z.string(),
  quantityKg: z.number(),
  valueUsd: z.number(),
  lines: z.number().int(),
  licences: z.number().int(),
});
export type ChartBucket = z.infer<typeof chartBucketSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' });

export const chartsQuerySchema = z
  .object({
    /** Expected import dates from and to (inclusive); both empty: every date. */
    importFrom: z.union([z.literal(''), isoDate]).default(''),
    importTo: z.union([z.literal(''), isoDate]).default(''),
  })
  .strict()
  .refine((q) => q.importFrom === '' || q.importTo === '' || q.importFrom <= q.importTo, {
    error: 'The period must end on or after its first day.',
    path: ['importTo'],
  });
export type ChartsQuery = z.infer<typeof chartsQuerySchema>;

export const dashboardChartsSchema = z.object({
  importFrom: z.string(),
  importTo: z.string(),
  totals: z.object({
    quantityKg: z.number(),
    valueUsd: z.number(),
    lines: z.number().int(),
    licences: z.number().int(),
  }),
  /** Country of largest smelt: ISO code, or N/A, UNKNOWN, or "" when not given yet. */
  bySmeltCountry: z.array(chartBucketSchema),
  byCastCountry: z.array(chartBucketSchema),
  /** Expected import month, YYYY-MM, oldest first; months without lines are included as zero. */
  byMonth: z.array(chartBucketSchema),
  /** HTS heading (first four digits). */
  byHeading: z.array(chartBucketSchema),
  byStatus: z.array(z.object({ status: licenceStatusSchema, count: z.number().int() })),
});
export type DashboardCharts = z.infer<typeof dashboardChartsSchema>;

export const dashboardProcedures = {
  'dashboard.charts': procedure(
    'Kilograms and customs value by country of smelt, country of cast, import month and HTS heading, and licences by status, for a period of expected import dates (cancelled licences left out).',
    chartsQuerySchema,
    dashboardChartsSchema,
  ),
  'dashboard.summary': procedure(
    'What needs attention today and how many licences are at each step.',
    z.object({ horizonDays: z.number().int().min(1).max(365).default(14) }).strict(),
    dashboardSummarySchema,
  ),
};
