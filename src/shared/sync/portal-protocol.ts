import { z } from 'zod';

import { licenceKindSchema } from '#shared/licences/licence-kind';
import { licenceDraftSchema, licenceLineSchema } from '#shared/licences/licence-schema';
import { maxKeysPerLookup, maxLinesPerLicence, maxNoteLength } from '#shared/limits';

/*
 * The JSON protocol between the app and an AIM portal gateway: the single definition of every
 * message. The HTTP gateway parses each reply with these schemas, the portal simulator parses
 * each request with them, and docs/portal-protocol.openapi.yaml documents the same shapes.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' });
export const idempotencyKeySchema = z.string().regex(/^[0-9a-f-]{36}$/i, { error: 'must be a UUID' });

/** What the portal receives for one licence: the licence as filed, without the filer's private notes. */
export const portalLicenceContentSchema = licenceDraftSchema
  .omit({ notes: true, reference: true, lines: true })
  .extend({
    clientReference: z.string().max(60),
    /** Regular or low-value (reusable); a gateway that predates kinds sends none, read as regular. */
    licenceKind: licenceKindSchema.default('regular'),
    lines: z
      .array(licenceLineSchema.omit({ id: true }))
      .min(1)
      .max(maxLinesPerLicence),
  });
export type PortalLicenceContent = z.infer<typeof portalLicenceContentSchema>;

export const portalStatuses = ['in-review', 'issued', 'rejected', 'cancelled'] as const;
export const portalStatusSchema = z.enum(portalStatuses);
export type PortalStatus = z.infer<typeof portalStatusSchema>;

/** One reason the portal gives for refusing a licence, a correction or a cancellation. */
export const portalReasonSchema = z.object({ code: z.string(), path: z.string(), message: z.string() });
export type PortalReason = z.infer<typeof portalReasonSchema>;

/**
 * The portal's copy of one licence. `version` starts at 1 and goes up by one with every change
 * the portal makes (decision, correction, cancellation): conflicts are judged by it, never by clocks.
 */
export const portalLicenceRecordSchema = z.object({
  portalId: z.string().min(1).max(64),
  clientLicenceId: z.string().min(1).max(64),
  idempotencyKey: idempotencyKeySchema,
  status: portalStatusSchema,
  licenceNumber: z
    .string()
    .regex(/^[A-Z0-9]{1,20}$/)
    .nullable(),
  validFrom: isoDate.nullable(),
  validThrough: isoDate.nullable(),
  reasons: z.array(portalReasonSchema),
  version: z.number().int().min(1),
  /** The idempotency key of the request that made this version; null when the portal itself made it. */
  lastOperationKey: idempotencyKeySchema.nullable(),
  licence: portalLicenceContentSchema,
  updatedAt: z.string(),
});
export type PortalLicenceRecord = z.infer<typeof portalLicenceRecordSchema>;

/**
 * The error codes the protocol documents; its test holds the simulator and the OpenAPI file to them.
 * @internal
 */
export const portalErrorCodes = [
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'VERSION_CONFLICT',
  'IDEMPOTENCY_MISMATCH',
  'KEY_FENCED',
  'RATE_LIMITED',
  'INTERNAL',
  'UNAVAILABLE',
] as const;
/** Every error reply has this body; `current` comes with VERSION_CONFLICT. */
export const portalErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), reasons: z.array(portalReasonSchema).optional() }),
  current: portalLicenceRecordSchema.optional(),
});
export type PortalError = z.infer<typeof portalErrorSchema>;

// POST /v1/session
export const signInRequestSchema = z.object({
  username: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});
export const signInResponseSchema = z.object({
  token: z.string().min(16).max(512),
  expiresAt: z.string(),
  account: z.object({ username: z.string(), company: z.string() }),
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;
// DELETE /v1/session
export const signOutResponseSchema = z.object({ signedOut: z.literal(true) });

// POST /v1/licences (a batch; each item carries its own idempotency key)
export const submissionItemSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  clientLicenceId: z.string().min(1).max(64),
  licence: portalLicenceContentSchema,
});
export type SubmissionItem = z.infer<typeof submissionItemSchema>;
export const submitRequestSchema = z.object({ items: z.array(submissionItemSchema).min(1).max(100) });
export const itemErrorSchema = z.object({ code: z.string(), message: z.string() });
export const submitItemResultSchema = z.union([
  z.object({
    idempotencyKey: idempotencyKeySchema,
    /** True when the key was seen before and this is the stored answer, not a new filing. */
    replayed: z.boolean(),
    record: portalLicenceRecordSchema,
  }),
  z.object({ idempotencyKey: idempotencyKeySchema, error: itemErrorSchema }),
]);
export type SubmitItemResult = z.infer<typeof submitItemResultSchema>;
export const submitResponseSchema = z.object({ results: z.array(submitItemResultSchema) });

// POST /v1/operations/lookup
export const lookupRequestSchema = z.object({
  keys: z.array(idempotencyKeySchema).min(1).max(maxKeysPerLookup),
  /** Unknown keys are fenced: any later request with them is refused, so a withdrawal is final. */
  fence: z.boolean().default(false),
});
export const lookupResultSchema = z.discriminatedUnion('state', [
  z.object({ idempotencyKey: idempotencyKeySchema, state: z.literal('unknown') }),
  z.object({ idempotencyKey: idempotencyKeySchema, state: z.literal('fenced') }),
  z.object({ idempotencyKey: idempotencyKeySchema, state: z.literal('completed'), record: portalLicenceRecordSchema }),
  z.object({
    idempotencyKey: idempotencyKeySchema,
    state: z.literal('failed'),
    error: z.object({ code: z.string(), message: z.string(), reasons: z.array(portalReasonSchema).optional() }),
    current: portalLicenceRecordSchema.optional(),
  }),
]);
export type LookupResult = z.infer<typeof lookupResultSchema>;
export const lookupResponseSchema = z.object({ results: z.array(lookupResultSchema) });

// GET /v1/changes?cursor=…&limit=…
export const changeKinds = ['created', 'decided', 'corrected', 'cancelled'] as const;
export const portalChangeSchema = z.object({
  seq: z.number().int().min(1),
  kind: z.enum(changeKinds),
  record: portalLicenceRecordSchema,
});
export type PortalChange = z.infer<typeof portalChangeSchema>;
export const changesResponseSchema = z.object({
  changes: z.array(portalChangeSchema),
  cursor: z.string().max(64),
  hasMore: z.boolean(),
});
export type ChangesPage = z.infer<typeof changesResponseSchema>;

// POST /v1/licences/{portalId}/cancel and /correct
export const cancelRequestSchema = z.object({
  baseVersion: z.number().int().min(1),
  reason: z.string().trim().max(maxNoteLength),
});
export const correctRequestSchema = z.object({
  baseVersion: z.number().int().min(1),
  licence: portalLicenceContentSchema,
});
export const recordResponseSchema = z.object({ record: portalLicenceRecordSchema, replayed: z.boolean() });

/** Paths of the protocol, relative to the portal's base URL (documented in the OpenAPI file). */
export const portalPaths = {
  session: '/v1/session',
  licences: '/v1/licences',
  lookup: '/v1/operations/lookup',
  changes: '/v1/changes',
  cancel: (portalId: string) => `/v1/licences/${encodeURIComponent(portalId)}/cancel`,
  correct: (portalId: string) => `/v1/licences/${encodeURIComponent(portalId)}/correct`,
} as const;
