import { z } from 'zod';
import { noInput, procedure } from './define';

export const backupReasons = ['manual', 'scheduled'] as const;

/** When backups are taken by themselves, and how many are kept. */
export const backupScheduleSchema = z
  .object({
    /** Hours between automatic backups; 0 turns them off. */
    intervalHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 30),
    /** How many automatic and manual backups to keep; older ones are removed after a good backup. */
    keep: z.number().int().min(1).max(365),
  })
  .strict();
export type BackupSchedule = z.infer<typeof backupScheduleSchema>;
export const defaultBackupSchedule: BackupSchedule = { intervalHours: 24, keep: 14 };

export const backupSummarySchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  /** A full backup (database and attachments, with a manifest) or the copy taken before a migration. */
  kind: z.enum(['full', 'pre-migration']),
  reason: z.enum([...backupReasons, 'migration']),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  databaseBytes: z.number().int(),
  files: z.number().int(),
  fileBytes: z.number().int(),
  licences: z.number().int().nullable(),
  auditEntries: z.number().int().nullable(),
  /** What SQLite's integrity_check said of the copy when it was taken. */
  integrity: z.enum(['ok', 'failed', 'unchecked']),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

export const backupCheckSchema = z.object({
  id: z.string(),
  ok: z.boolean(),
  problems: z.array(z.string()),
  checkedAt: z.string(),
});
export type BackupCheck = z.infer<typeof backupCheckSchema>;

export const databaseCheckSchema = z.object({
  ok: z.boolean(),
  problems: z.array(z.string()),
  checkedAt: z.string(),
  milliseconds: z.number(),
});
export type DatabaseCheck = z.infer<typeof databaseCheckSchema>;

export const backupOverviewSchema = z.object({
  backups: z.array(backupSummarySchema),
  schedule: backupScheduleSchema,
  /** When the next automatic backup is due (null when they are off). */
  nextDueAt: z.string().nullable(),
  backupDir: z.string(),
});
export type BackupOverview = z.infer<typeof backupOverviewSchema>;

/** What a restore did: which backup, where the replaced database went, how many attachments came back. */
export const restoreOutcomeSchema = z.object({
  restoredFrom: z.string(),
  /** Where the damaged files were moved (nothing is deleted). */
  setAsideIn: z.string().nullable(),
  filesRestored: z.number().int(),
});
export type RestoreOutcome = z.infer<typeof restoreOutcomeSchema>;

const backupId = z.string().min(1).max(120);
const fileToken = z.string().regex(/^[a-f0-9-]{36}$/, { error: 'must be a token the app gave out' });

export const backupProcedures = {
  'backups.list': procedure(
    'Every backup in the data folder, newest first, with the schedule.',
    noInput,
    backupOverviewSchema,
  ),
  'backups.create': procedure(
    'Take a consistent copy of the database (SQLite online backup) and the attachments now, with a SHA-256 manifest.',
    noInput,
    backupSummarySchema,
  ),
  'backups.verify': procedure(
    'Check a backup: every file against its SHA-256 in the manifest, and the database copy with integrity_check.',
    z.object({ id: backupId }).strict(),
    backupCheckSchema,
  ),
  'backups.setSchedule': procedure(
    'Change how often backups are taken and how many are kept. A count that would prune backups taken in the last five years (records are kept five years from the date of entry, 19 CFR 163.4) needs `confirmRecordKeeping: true`; without it the answer is CONFIRMATION_REQUIRED.',
    backupScheduleSchema.extend({ confirmRecordKeeping: z.boolean().default(false) }).strict(),
    backupScheduleSchema,
  ),
  'backups.inspectFolder': procedure(
    'Desktop app: read and check a backup folder the user chose or dropped (its manifest, every file against its SHA-256, integrity_check), before restoring it.',
    z.object({ token: fileToken }).strict(),
    z.object({ summary: backupSummarySchema, ok: z.boolean(), problems: z.array(z.string()) }),
  ),
  'backups.restoreFolder': procedure(
    'Desktop app: replace the current data with a backup folder the user chose or dropped. The backup is checked first; the current database is moved aside (never deleted) and the restore is recorded in the audit trail.',
    z.object({ token: fileToken, confirm: z.literal('REPLACE') }).strict(),
    restoreOutcomeSchema,
  ),
  'backups.checkDatabase': procedure(
    'Run SQLite integrity_check and foreign_key_check on the live database now.',
    noInput,
    databaseCheckSchema,
  ),
};
