import { z } from 'zod';

import { portalLicenceContentSchema, portalLicenceRecordSchema } from './portal-protocol';

/*
 * What the app keeps about sync, as it crosses to the UI: outbox entries, the sync log, the
 * status line and conflicts. Stored rows are mapped to these shapes in src/main/core/sync.
 */

export const outboxOps = ['submit', 'cancel', 'correct'] as const;
export const outboxOpSchema = z.enum(outboxOps);
export type OutboxOp = z.infer<typeof outboxOpSchema>;
export const outboxOpLabels: Record<OutboxOp, string> = {
  submit: 'File licence',
  cancel: 'Cancel licence',
  correct: 'Correct licence',
};

/** `withdrawn` is the user's own decision and is kept, like every other state, as a record. */
export const outboxStates = ['pending', 'in_flight', 'done', 'failed', 'withdrawn'] as const;
export const outboxStateSchema = z.enum(outboxStates);
export type OutboxState = z.infer<typeof outboxStateSchema>;
export const outboxStateLabels: Record<OutboxState, string> = {
  pending: 'Waiting',
  in_flight: 'Sending',
  done: 'Done',
  failed: 'Failed',
  withdrawn: 'Withdrawn',
};

/**
 * Why an attempt did not succeed. Stable: the UI, the diagnostics bundle and support branch on
 * them. OFFLINE attempts never reached the portal and do not count against the retry limit.
 */
export const syncErrorCodes = [
  'OFFLINE',
  'NETWORK',
  'TIMEOUT',
  'SERVER_ERROR',
  'RATE_LIMITED',
  'AUTH_REQUIRED',
  'REJECTED',
  'CONFLICT',
  'NOT_FOUND',
  'FENCED',
  'PROTOCOL',
] as const;
export const syncErrorCodeSchema = z.enum(syncErrorCodes);
export type SyncErrorCode = z.infer<typeof syncErrorCodeSchema>;
export const syncErrorLabels: Record<SyncErrorCode, string> = {
  OFFLINE: 'Portal not reachable',
  NETWORK: 'Connection lost mid-request',
  TIMEOUT: 'No answer in time',
  SERVER_ERROR: 'Portal error (5xx)',
  RATE_LIMITED: 'Portal asked us to slow down (429)',
  AUTH_REQUIRED: 'Sign-in needed',
  REJECTED: 'Rejected by the portal',
  CONFLICT: 'Changed on the portal meanwhile',
  NOT_FOUND: 'Unknown to the portal',
  FENCED: 'Withdrawn at the portal',
  PROTOCOL: 'Unreadable answer from the portal',
};

export const outboxEntrySchema = z.object({
  /** Also the idempotency key sent to the portal. */
  id: z.string(),
  licenceId: z.string(),
  reference: z.string(),
  op: outboxOpSchema,
  state: outboxStateSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastErrorCode: syncErrorCodeSchema.nullable(),
  lastErrorMessage: z.string().nullable(),
  /** A filing queued before its first fileable day is held until this date (YYYY-MM-DD); else null. */
  heldUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

export const syncLogActions = [
  'sign-in',
  'reconcile',
  'reference',
  'submit',
  'cancel',
  'correct',
  'changes',
  'withdraw',
  'manual',
  'hold',
] as const;
export const syncLogOutcomes = ['ok', 'retry', 'failed', 'paused', 'conflict', 'skipped', 'held'] as const;
export const syncLogEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.enum(syncLogActions),
  outcome: z.enum(syncLogOutcomes),
  code: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  /** How many licences the attempt carried (a batch), or affected. */
  count: z.number().int(),
  message: z.string(),
  durationMs: z.number().int().nullable(),
});
export type SyncLogEntry = z.infer<typeof syncLogEntrySchema>;

export const syncStates = ['not-configured', 'signed-out', 'idle', 'syncing', 'offline', 'paused', 'error'] as const;
export const syncStatusSchema = z.object({
  state: z.enum(syncStates),
  pending: z.number().int(),
  /** Of the pending ones, how many wait for their first fileable day, and the earliest such day. */
  held: z.number().int(),
  heldUntil: z.string().nullable(),
  inFlight: z.number().int(),
  failed: z.number().int(),
  conflicts: z.number().int(),
  lastSyncAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  /** Licences sent in the current run out of those waiting when it started. */
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  signedIn: z.boolean(),
  message: z.string(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/** Both sides of a disagreement, kept until the user chooses one. */
export const syncConflictSchema = z.object({
  id: z.string(),
  licenceId: z.string(),
  /** The outbox entry the portal refused. */
  entryId: z.string(),
  reference: z.string(),
  op: outboxOpSchema,
  detectedAt: z.string(),
  mine: z.object({
    baseVersion: z.number().int(),
    licence: portalLicenceContentSchema.nullable(),
    cancelReason: z.string().nullable(),
  }),
  portal: portalLicenceRecordSchema,
});
export type SyncConflict = z.infer<typeof syncConflictSchema>;

/**
 * Loopback may be plain HTTP (the simulator); anything else must be HTTPS, or the token would
 * travel in clear. Parsed by hand: this module runs where no URL class is assumed.
 */
export function isAcceptablePortalUrl(value: string): boolean {
  const match = /^(https?):\/\/([^/?#\s@]+)([/?#]\S*)?$/i.exec(value);
  if (!match) return false;
  const scheme = match[1]!.toLowerCase();
  const authority = match[2]!;
  const hostPort = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(authority);
  if (!hostPort) return false;
  const host = hostPort[1]!.toLowerCase();
  if (hostPort[2] !== undefined && Number(hostPort[2]) > 65535) return false;
  if (scheme === 'https') return host !== '' && !host.startsWith('.') && !host.endsWith('-');
  return ['127.0.0.1', 'localhost', '[::1]'].includes(host);
}

export const portalUrlSchema = z.string().trim().max(500).refine(isAcceptablePortalUrl, {
  error: 'Gateway address must be an https:// URL (plain http:// only for this computer, e.g. the simulator).',
});

export const syncSettingsSchema = z.object({
  portalUrl: z.union([z.literal(''), portalUrlSchema]),
  autoSync: z.boolean(),
  intervalMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;
export const defaultSyncSettings: SyncSettings = { portalUrl: '', autoSync: true, intervalMinutes: 5 };

/** How the gateway token is protected on this computer, said plainly in the UI. */
export const credentialProtectionSchema = z.object({
  level: z.enum(['os-keychain', 'os-basic-text', 'key-file', 'memory-only']),
  description: z.string(),
  warning: z.string().nullable(),
});
export type CredentialProtection = z.infer<typeof credentialProtectionSchema>;
