import path from 'node:path';

import { defaultDataDir } from '#core/data-dir';
import { restoreIntoNewDataDir } from '#core/recovery/restore-into';
import { AppError } from '#shared/contract';
import type { BackupCheck, BackupOverview, BackupSummary } from '#shared/contract/backups';

import { type CliIo, processIo } from './cli-io';
import { cliPassphrase, openDataFolder, passphraseVariable } from './cli-passphrase';
import { readCommandArgs } from './command-args';
import { exitCodes } from './records-exit-codes';

export const backupUsage = `Usage:
  aim-licence backup create  [--data-dir DIR] [--json]     take a backup now (online: the app may be running)
  aim-licence backup list    [--data-dir DIR] [--json]     list the backups, newest first
  aim-licence backup verify  --id ID [--data-dir DIR]      check a backup against its manifest and with integrity_check
  aim-licence backup restore --from BACKUP_FOLDER --to NEW_DATA_DIR
                                                           restore into a new, empty data folder and verify the result
A passphrase-protected data folder (or backup) reads its passphrase from ${passphraseVariable}, or asks for it in a terminal.
Exit code 0: done and verified; 1: a check failed; 2: usage; 3: cannot open the data.`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const line = (b: BackupSummary) =>
  `${b.id}  ${b.createdAt}  ${b.kind === 'full' ? b.reason : 'before a migration'}  ${b.licences ?? '?'} licences  ${b.files} attachments  ${mb(b.databaseBytes + b.fileBytes)}  integrity ${b.integrity}`;

async function call<T>(
  dataDir: string,
  method: 'backups.create' | 'backups.list' | 'backups.verify',
  input: unknown,
): Promise<T> {
  const core = await openDataFolder({ dataDir, host: 'in-process' });
  try {
    const result = await core.dispatch(method, input, { host: 'cli' });
    if (!result.ok) throw AppError.fromPayload(result.error);
    return result.value as T;
  } finally {
    core.close();
  }
}

/** `aim-licence backup …`: `args` are the words after `backup`. Returns the exit code. */
export async function runBackupCommand(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const parsed = readCommandArgs(
    args,
    {
      'data-dir': { type: 'string' },
      id: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    backupUsage,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [action] = positionals;
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const print = (value: unknown, text: () => string[]) =>
    values.json ? io.out(JSON.stringify(value)) : text().forEach((l) => io.out(l));
  try {
    switch (positionals.length === 1 ? action : undefined) {
      case 'create': {
        const backup = await call<BackupSummary>(dataDir, 'backups.create', {});
        print(backup, () => [`Backup taken: ${line(backup)}`]);
        return backup.integrity === 'ok' ? exitCodes.ok : exitCodes.problemFound;
      }
      case 'list': {
        const overview = await call<BackupOverview>(dataDir, 'backups.list', {});
        print(overview, () =>
          overview.backups.length === 0 ? [`No backups in ${overview.backupDir}.`] : overview.backups.map(line),
        );
        return exitCodes.ok;
      }
      case 'verify': {
        if (!values.id) break;
        const check = await call<BackupCheck>(dataDir, 'backups.verify', { id: values.id });
        print(check, () =>
          check.ok
            ? [`Backup ${check.id} is intact.`]
            : [`Backup ${check.id} FAILED its check:`, ...check.problems.map((p) => `  - ${p}`)],
        );
        return check.ok ? exitCodes.ok : exitCodes.problemFound;
      }
      case 'restore': {
        if (!values.from || !values.to) break;
        const report = await restoreIntoNewDataDir(values.from, path.resolve(values.to), undefined, undefined, () =>
          cliPassphrase(`the backup ${values.from}`),
        );
        print(report, () => [
          `Restored ${report.backupId} into ${report.dataDir}: ${report.licences} licences, ${report.filesRestored} attachments.`,
          report.audit.ok
            ? `Audit trail intact: ${report.audit.entries} entries.`
            : `AUDIT TRAIL PROBLEM: ${report.audit.problem}.`,
          `Start the app on it with AIM_DATA_DIR=${report.dataDir} or npm run web -- --data-dir ${report.dataDir}.`,
        ]);
        return report.audit.ok ? exitCodes.ok : exitCodes.problemFound;
      }
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    io.err(error.message);
    return error.code === 'DB_CORRUPT' || error.code === 'DB_TOO_NEW' || error.code === 'UNAUTHORIZED'
      ? exitCodes.cannotOpen
      : exitCodes.problemFound;
  }
  io.err(backupUsage);
  return exitCodes.usage;
}
