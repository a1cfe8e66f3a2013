import { z } from 'zod';

import { licenceStatusSchema } from '#shared/licences/licence-status';

import { documentTypes } from './document-schema';
import { evidenceStrengths } from './evidence-strength';
import { evidenceRequestSchema } from './request-schema';

/** How a supplier product stands: judged on its usual countries, today and at the horizon. */
export const productEvidenceStates = ['missing', 'expired', 'mismatch', 'expiring', 'ok'] as const;
export type ProductEvidenceState = (typeof productEvidenceStates)[number];
export const productEvidenceStateLabels: Record<ProductEvidenceState, string> = {
  missing: 'No evidence',
  expired: 'Expired',
  mismatch: 'Documents disagree',
  expiring: 'Expiring soon',
  ok: 'Covered',
};

const documentRef = z.object({
  id: z.string(),
  type: z.enum(documentTypes),
  reference: z.string(),
  validUntil: z.string(),
});

export const dependentLicenceSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: licenceStatusSchema,
  expectedImportDate: z.string(),
});
export type DependentLicence = z.infer<typeof dependentLicenceSchema>;

export const productComplianceSchema = z.object({
  productId: z.string(),
  description: z.string(),
  code: z.string(),
  htsCode: z.string(),
  supplierId: z.string(),
  supplierName: z.string(),
  state: z.enum(productEvidenceStates),
  strength: z.enum(evidenceStrengths),
  /** The document that decides the state (the one expiring, expired or disagreeing), if any. */
  document: documentRef.nullable(),
  detail: z.string(),
  /** Licences not yet used on an entry whose lines come from this product. */
  licences: z.array(dependentLicenceSchema),
});
export type ProductCompliance = z.infer<typeof productComplianceSchema>;

export const documentAlertSchema = documentRef.extend({
  supplierId: z.string(),
  supplierName: z.string(),
  state: z.enum(['expired', 'expiring']),
  licences: z.array(dependentLicenceSchema),
});
export type DocumentAlert = z.infer<typeof documentAlertSchema>;

export const complianceReportSchema = z.object({
  asOf: z.string(),
  horizonDays: z.number().int(),
  horizonDate: z.string(),
  counts: z.object({
    missing: z.number().int(),
    expired: z.number().int(),
    mismatch: z.number().int(),
    expiring: z.number().int(),
    ok: z.number().int(),
  }),
  products: z.array(productComplianceSchema),
  documents: z.array(documentAlertSchema),
  /** Suppliers with no product registered: nothing can be judged for them yet. */
  suppliersWithoutProducts: z.array(z.object({ id: z.string(), name: z.string() })),
  requests: z.array(evidenceRequestSchema),
});
export type ComplianceReport = z.infer<typeof complianceReportSchema>;
