import { z } from 'zod';

import { licenceStatusSchema } from '#shared/licences/licence-status';

/*
 * The manifest at the root of an audit pack (manifest.json): what the pack holds, each file's
 * SHA-256 and size, and how the app stood when it was made. Anyone can check a pack with a
 * SHA-256 tool; `aim-licence audit-pack verify` and the Reports screen do it for them, and the
 * app's own audit trail records the manifest's hash so a pack can be traced back to its maker.
 */

export const auditPackFormat = 'aim-audit-pack/1';

export const summariesFormats = ['pdf', 'html', 'data-only'] as const;
export type SummariesFormat = (typeof summariesFormats)[number];

export const packFileKinds = ['summaries', 'data', 'evidence', 'audit', 'readme'] as const;

export const packFileSchema = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().min(0),
  kind: z.enum(packFileKinds),
  /** Evidence files: the supplier document and file they belong to, and the hash the app recorded when it was attached. */
  documentId: z.string().optional(),
  fileId: z.string().optional(),
  recordedSha256: z.string().optional(),
  /** False when the stored bytes no longer match the hash recorded at attachment (included as found, flagged). */
  intact: z.boolean().optional(),
});
export type PackFile = z.infer<typeof packFileSchema>;

export const auditPackManifestSchema = z.object({
  format: z.literal(auditPackFormat),
  createdAt: z.string(),
  appVersion: z.string(),
  dataVersion: z.string(),
  selection: z.string(),
  licences: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      licenceNumber: z.string().nullable(),
      status: licenceStatusSchema,
    }),
  ),
  summaries: z.object({ format: z.enum(summariesFormats), note: z.string() }),
  auditChain: z.object({
    ok: z.boolean(),
    entries: z.number().int(),
    problem: z.string().nullable(),
    /** Entries of this pack's records included in audit-trail.json. */
    included: z.number().int(),
  }),
  files: z.array(packFileSchema),
  /** Evidence files that are missing from the store (listed, not included). */
  missingFiles: z.array(
    z.object({ documentId: z.string(), fileId: z.string(), fileName: z.string(), recordedSha256: z.string() }),
  ),
  problems: z.array(z.string()),
});
export type AuditPackManifest = z.infer<typeof auditPackManifestSchema>;

export const auditPackResultSchema = z.object({
  fileName: z.string(),
  contentBase64: z.string(),
  sizeBytes: z.number().int(),
  manifestSha256: z.string(),
  licences: z.number().int(),
  files: z.number().int(),
  summariesFormat: z.enum(summariesFormats),
  problems: z.array(z.string()),
});
export type AuditPackResult = z.infer<typeof auditPackResultSchema>;

export const packVerificationSchema = z.object({
  /** Every file matches the manifest, nothing was added, every audit entry matches its hash. */
  ok: z.boolean(),
  problems: z.array(z.string()),
  /** What the pack itself reports about the data it was made from (e.g. an evidence file already damaged then). */
  warnings: z.array(z.string()),
  manifestSha256: z.string().nullable(),
  createdAt: z.string().nullable(),
  licences: z.number().int(),
  files: z.number().int(),
  /** This app's audit trail names the pack's manifest hash (made here, manifest unchanged). */
  recordedInAuditTrail: z.boolean(),
});
export type PackVerification = z.infer<typeof packVerificationSchema>;
