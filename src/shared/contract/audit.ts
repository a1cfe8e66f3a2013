import { z } from 'zod';
import { noInput, procedure } from './define';

/** One link of the hash chain, as the audit view shows it. `before`/`after` are the stored JSON, parsed. */
export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), total: z.number().int() });
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditQuerySchema = z
  .object({
    entity: z.string().trim().max(40).default(''),
    entityId: z.string().trim().max(64).default(''),
    offset: z.number().int().min(0).max(1_000_000_000).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

const headSchema = z.object({ seq: z.number().int(), hash: z.string() });

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  /** The first entry that no longer matches, or null. */
  firstBadSeq: z.number().int().nullable(),
  /** What is wrong, in words, or null when the chain and its anchor agree. */
  problem: z.string().nullable(),
  /** The newest entry in the log now. */
  head: headSchema.nullable(),
  /** The newest entry the app recorded outside the database (see docs/records-trust.md). */
  anchor: headSchema.extend({ at: z.string() }).nullable(),
  checkedAt: z.string(),
});
export type AuditVerificationView = z.infer<typeof auditVerificationSchema>;

export const auditProcedures = {
  'audit.list': procedure(
    'A page of the audit trail, newest first, optionally for one kind of record or one record.',
    auditQuerySchema,
    auditPageSchema,
  ),
  'audit.verify': procedure(
    'Recompute the hash chain of the whole audit trail and compare its end with the anchor kept outside the database.',
    noInput,
    auditVerificationSchema,
  ),
};
