import { z } from 'zod';
import { backupSummarySchema, restoreOutcomeSchema } from './backups';
import { noInput, procedure } from './define';

/** The words the user must send to start over on an empty database (the damaged one is kept aside). */
export const startEmptyConfirmation = 'START WITH AN EMPTY DATABASE';
/** The words the user must send to go on with a database older than its newest backup. */
export const keepRolledBackConfirmation = 'KEEP THE OLDER DATABASE';

export const recoveryStatusSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('normal') }),
  z.object({
    mode: z.literal('recovery'),
    /**
     * `damaged`: SQLite cannot read the file or its checks fail; `missing`: the file is gone but
     * earlier data exists; `rolled-back`: the file opens, but its audit trail is behind the
     * newest backup (it was put back to an older copy, or replaced).
     */
    reason: z.enum(['damaged', 'missing', 'rolled-back']),
    problem: z.string(),
    dataDir: z.string(),
    databaseFile: z.string(),
    backups: z.array(backupSummarySchema),
  }),
]);
export type RecoveryStatus = z.infer<typeof recoveryStatusSchema>;

export type { RestoreOutcome } from './backups';

export const recoveryProcedures = {
  'recovery.status': procedure(
    'Whether the app runs normally or could not open its database and waits for the user to choose a backup.',
    noInput,
    recoveryStatusSchema,
  ),
  'recovery.restore': procedure(
    'Recovery only: verify a backup, move the damaged database aside, put the backup in its place and open it.',
    z.object({ backupId: z.string().min(1).max(120) }).strict(),
    restoreOutcomeSchema,
  ),
  'recovery.retry': procedure(
    'Recovery only: try to open the database again (after freeing disk space, say).',
    noInput,
    recoveryStatusSchema,
  ),
  'recovery.keepDatabase': procedure(
    'Recovery only, for a database older than its newest backup: open it all the same, recording the choice and the gap in the audit trail. Needs the confirmation words.',
    z.object({ confirm: z.literal(keepRolledBackConfirmation) }).strict(),
    recoveryStatusSchema,
  ),
  'recovery.startEmpty': procedure(
    'Recovery only: move the damaged database aside and start on an empty one. Needs the confirmation words.',
    z.object({ confirm: z.literal(startEmptyConfirmation) }).strict(),
    restoreOutcomeSchema.omit({ restoredFrom: true, filesRestored: true }),
  ),
};
