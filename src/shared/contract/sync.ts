import { z } from 'zod';

import { licenceDraftSchema } from '#shared/licences/licence-schema';
import { maxIdsPerCall, maxNoteLength, maxPageSize } from '#shared/limits';
import {
  credentialProtectionSchema,
  outboxEntrySchema,
  outboxStateSchema,
  syncConflictSchema,
  syncLogEntrySchema,
  syncSettingsSchema,
  syncStatusSchema,
} from '#shared/sync/sync-model';

import { noInput, procedure } from './define';

const id = z.string().min(1).max(64);
const ids = z.array(id).min(1).max(maxIdsPerCall);
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' });

/** The portal's licence numbers: 1 to 20 letters and digits (domain note §8), stored upper-case. */
export const licenceNumberSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(
    z.string().regex(/^[A-Z0-9]{1,20}$/, {
      error: 'Licence number must be 1 to 20 letters and digits, as the portal shows it.',
    }),
  );

export const recordManualSchema = z
  .object({
    id,
    licenceNumber: licenceNumberSchema,
    validFrom: z.union([z.literal(''), isoDate]).default(''),
    validThrough: z.union([z.literal(''), isoDate]).default(''),
  })
  .strict()
  .refine((v) => v.validFrom === '' || v.validThrough === '' || v.validFrom <= v.validThrough, {
    error: 'Valid through must be on or after valid from.',
    path: ['validThrough'],
  });
export type RecordManualInput = z.input<typeof recordManualSchema>;

export const signInSchema = z
  .object({
    username: z.string().trim().min(1, { error: 'Gateway user name is required.' }).max(254),
    password: z.string().min(1, { error: 'Gateway password is required.' }).max(200),
  })
  .strict();
export type SignInInput = z.input<typeof signInSchema>;

const refusalSchema = z.object({ id: z.string(), reference: z.string(), code: z.string(), message: z.string() });
const batchOutcomeSchema = z.object({ changed: z.array(z.string()), refused: z.array(refusalSchema) });

export const syncOverviewSchema = z.object({
  status: syncStatusSchema,
  settings: syncSettingsSchema,
  account: z.object({ username: z.string(), company: z.string(), expiresAt: z.string() }).nullable(),
  protection: credentialProtectionSchema,
});
export type SyncOverview = z.infer<typeof syncOverviewSchema>;

export const syncProcedures = {
  'sync.overview': procedure(
    'Sync status, settings, who is signed in to the portal (never the token) and how the token is protected.',
    noInput,
    syncOverviewSchema,
  ),
  'sync.saveSettings': procedure('Portal address and automatic sync.', syncSettingsSchema.strict(), syncSettingsSchema),
  'sync.signIn': procedure(
    'Sign in to the portal; the token stays in the main process, encrypted, and a paused queue resumes.',
    signInSchema,
    syncOverviewSchema,
  ),
  'sync.signOut': procedure('Forget the gateway token on this computer.', noInput, syncOverviewSchema),
  'sync.now': procedure(
    'Start a sync now (or right after the one in progress).',
    z.object({ reason: z.enum(['now', 'online']).default('now') }).strict(),
    syncStatusSchema,
  ),
  'sync.queue': procedure(
    'Queue licences to file: each gets an outbox entry in the same transaction as its status change. `when: "now"` (default) takes licences marked ready and fileable today. `when: "first-fileable-day"` takes drafts or ready licences that are fileable as of their first fileable day (the expected import date less the earliest-application days): each is marked ready and held in the outbox until that day (listed in `held`), then sent.',
    z.object({ ids, when: z.enum(['now', 'first-fileable-day']).default('now') }).strict(),
    batchOutcomeSchema.extend({
      held: z.array(z.object({ id: z.string(), reference: z.string(), until: z.string() })),
    }),
  ),
  'sync.outbox': procedure(
    'Outbox entries, newest first, optionally only in some states.',
    z
      .object({
        states: z.array(outboxStateSchema).max(5).default([]),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(maxPageSize).default(100),
      })
      .strict(),
    z.object({ items: z.array(outboxEntrySchema), total: z.number().int() }),
  ),
  'sync.retry': procedure(
    'Send failed entries again with the same idempotency key.',
    z.object({ ids }).strict(),
    batchOutcomeSchema,
  ),
  'sync.withdraw': procedure(
    'Take entries out of the queue. One whose request may have reached the portal is first checked (and fenced) there, so it can never be filed later.',
    z.object({ ids }).strict(),
    batchOutcomeSchema,
  ),
  'sync.cancel': procedure(
    'Queue the cancellation of issued licences.',
    z
      .object({
        ids,
        reason: z.string().trim().min(1, { error: 'Say why the licence is cancelled.' }).max(maxNoteLength),
      })
      .strict(),
    batchOutcomeSchema,
  ),
  'sync.correct': procedure(
    'Queue a correction of an issued licence; `version` must be the one the caller last read.',
    z.object({ id, version: z.number().int(), draft: licenceDraftSchema }).strict(),
    outboxEntrySchema,
  ),
  'sync.conflicts': procedure(
    'Disagreements with the portal, with both versions.',
    noInput,
    z.array(syncConflictSchema),
  ),
  'sync.resolveConflict': procedure(
    "Choose a version: the portal's (taken locally) or mine (sent again on top of the portal's version).",
    z.object({ id, keep: z.enum(['mine', 'portal']) }).strict(),
    z.object({ licenceId: z.string() }),
  ),
  'sync.log': procedure(
    'The sync log: every attempt, its outcome and error code, newest first.',
    z
      .object({
        limit: z.number().int().min(1).max(1000).default(200),
        beforeId: z.number().int().nullable().default(null),
      })
      .strict(),
    z.array(syncLogEntrySchema),
  ),
  'sync.recordManual': procedure(
    'Record the licence number the portal issued when the licence was filed by hand on its web form.',
    recordManualSchema,
    z.object({ id: z.string(), licenceNumber: z.string(), validFrom: z.string(), validThrough: z.string() }),
  ),
  'sync.exportBulk': procedure(
    "A CSV file for the portal's bulk upload (columns documented in docs/portal-bulk-upload.md; check them against the portal's template).",
    z.object({ ids }).strict(),
    z.object({ fileName: z.string(), content: z.string(), rows: z.number().int(), licences: z.number().int() }),
  ),
  'sync.diagnostics': procedure(
    'A JSON bundle of the sync log, settings, status and outbox states for support. Contains no token or password.',
    noInput,
    z.object({ fileName: z.string(), content: z.string() }),
  ),
};
