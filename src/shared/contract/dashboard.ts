import { z } from 'zod';
import { licenceStatusSchema } from '../licence/licence-status';
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

export const dashboardProcedures = {
  'dashboard.summary': procedure(
    'What needs attention today and how many licences are at each step.',
    z.object({ horizonDays: z.number().int().min(1).max(365).default(14) }).strict(),
    dashboardSummarySchema,
  ),
};
