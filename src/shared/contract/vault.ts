import { z } from 'zod';
import { confirmationMismatch, maximumPassphraseLength, passphraseProblem } from '../vault/passphrase-rules';
import { noInput, procedure } from './define';

/**
 * `off`: the data folder is plain (the operating system's disk encryption is all there is);
 * `locked`: it is protected and waits for the passphrase; `unlocked`: protected and open.
 */
export const vaultStateSchema = z.enum(['off', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

/** A change of protection that stopped part-way (a crash, a full disk); it is finished, never lost. */
export const vaultChangeSchema = z.enum(['enabling', 'changing', 'removing']);
export type VaultChange = z.infer<typeof vaultChangeSchema>;

export const vaultStatusSchema = z.object({
  state: vaultStateSchema,
  unfinished: vaultChangeSchema.nullable(),
  /** When the current passphrase was set (ISO time), null when not protected. */
  protectedSince: z.string().nullable(),
  /** After wrong passphrases: how long until the next try is accepted (0: now). */
  retryAfterMs: z.number().int().min(0),
  dataDir: z.string(),
  /** False when this build's SQLite library has no encryption (the stock better-sqlite3). */
  available: z.boolean(),
  /** Lock by itself after this many minutes without use (0: never); absent while locked (the setting is in the locked data). */
  idleLockMinutes: z.number().int().min(0).optional(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const vaultOutcomeSchema = z.object({
  status: vaultStatusSchema,
  /** Attachments written in their new form (encrypted, re-encrypted or decrypted). */
  filesConverted: z.number().int(),
  /** Backups (full and pre-migration copies) brought under the new protection. */
  backupsConverted: z.number().int(),
  /** The fresh backup taken afterwards, or null if it could not be taken (see problems). */
  backupId: z.string().nullable(),
  /** What was left as it was, and why (a damaged attachment stays damaged, never rewritten as good). */
  problems: z.array(z.string()),
});
export type VaultOutcome = z.infer<typeof vaultOutcomeSchema>;

const passphrase = z.string().min(1, { error: 'Enter the passphrase.' }).max(maximumPassphraseLength);

/** A new passphrase typed twice and meeting the strength rule; the forms use the same check. */
const checkNewPassphrase = (value: { passphrase: string; confirmation: string }, ctx: z.RefinementCtx) => {
  const problem = passphraseProblem(value.passphrase);
  if (problem) ctx.addIssue({ code: 'custom', path: ['passphrase'], message: problem });
  else if (value.confirmation !== value.passphrase)
    ctx.addIssue({ code: 'custom', path: ['confirmation'], message: confirmationMismatch });
};

export const enableProtectionSchema = z
  .object({
    passphrase,
    confirmation: z.string().max(maximumPassphraseLength),
    /** The person read that a lost passphrase means lost records. */
    acknowledgeNoRecovery: z.literal(true, {
      error: 'Tick the box to confirm you understand that a lost passphrase cannot be recovered.',
    }),
  })
  .strict()
  .superRefine(checkNewPassphrase);
export type EnableProtectionInput = z.input<typeof enableProtectionSchema>;

export const changePassphraseSchema = z
  .object({ currentPassphrase: passphrase, passphrase, confirmation: z.string().max(maximumPassphraseLength) })
  .strict()
  .superRefine((value, ctx) => {
    checkNewPassphrase(value, ctx);
    if (value.passphrase === value.currentPassphrase)
      ctx.addIssue({
        code: 'custom',
        path: ['passphrase'],
        message: 'The new passphrase is the same as the current one.',
      });
  });
export type ChangePassphraseInput = z.input<typeof changePassphraseSchema>;

/** At most a day: beyond that the idle lock protects nothing a person would leave the machine for. */
export const idleLockSchema = z
  .object({
    minutes: z
      .number({ error: 'Give the minutes as a whole number.' })
      .int({ error: 'Give the minutes as a whole number.' })
      .min(0, { error: 'Use 0 for never, or 1 to 1,440 minutes.' })
      .max(1440, { error: 'At most 1,440 minutes (a day); use 0 for never.' }),
  })
  .strict();

export const removeProtectionSchema = z.object({ currentPassphrase: passphrase }).strict();
export const unlockSchema = z.object({ passphrase }).strict();

export const vaultProcedures = {
  'vault.status': procedure(
    'Whether the data folder is protected with a passphrase, and whether it is locked.',
    noInput,
    vaultStatusSchema,
  ),
  'vault.unlock': procedure(
    'Give the passphrase of a protected data folder so the app can open it. Wrong tries are answered ever more slowly.',
    unlockSchema,
    vaultStatusSchema,
  ),
  'vault.enable': procedure(
    'Protect the data folder with a passphrase: encrypts the database, every attachment and every backup, then takes a fresh backup.',
    enableProtectionSchema,
    vaultOutcomeSchema,
  ),
  'vault.change': procedure(
    'Change the passphrase: re-encrypts the database, the attachments and the backups under the new one.',
    changePassphraseSchema,
    vaultOutcomeSchema,
  ),
  'vault.remove': procedure(
    'Remove the passphrase: decrypts the database, the attachments and the backups.',
    removeProtectionSchema,
    vaultOutcomeSchema,
  ),
  'vault.lock': procedure(
    'Lock a protected data folder now: the data is closed and its keys forgotten until the passphrase is given again.',
    noInput,
    vaultStatusSchema,
  ),
  'vault.setIdleLock': procedure(
    'Lock a protected data folder by itself after this many minutes without use (0: never).',
    idleLockSchema,
    idleLockSchema,
  ),
  'vault.activity': procedure(
    'The person is using the app (typing, clicking): restarts the idle-lock countdown.',
    noInput,
    z.object({}),
  ),
  'vault.finish': procedure(
    'Finish a change of protection that stopped part-way (after a crash or a full disk).',
    noInput,
    vaultOutcomeSchema,
  ),
};
