import { performance } from 'node:perf_hooks';

import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { DataPaths } from '#core/data-dir';
import type { Db } from '#core/db/open-database';
import type { EventBus } from '#core/events';
import { asTask, type TaskReporter } from '#core/tasks/task-progress';
import { backupKey } from '#core/vault/backup-key';
import type { Keyring } from '#core/vault/keyring';
import { AppError } from '#shared/contract';
import type {
  BackupCheck,
  BackupOverview,
  backupReasons,
  BackupSchedule,
  BackupSummary,
  DatabaseCheck,
} from '#shared/contract/backups';
import { localIsoDate } from '#shared/dates/iso-date';
import { keepRecordsUntil, mustStillKeep, recordKeepingRule } from '#shared/records/keep-until';

import { createScheduleStore, nextDueAt } from './backup-schedule';
import { findBackup, listBackups, pruneBackups, pruneCandidates, removePartialBackups } from './backup-store';
import { createBackup } from './create-backup';
import { integrityProblems } from './database-health';
import { verifyBackup } from './verify-backup';

export interface BackupServiceDeps {
  readonly db: Db;
  readonly paths: DataPaths;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly events: EventBus;
  readonly appVersion: string;
  readonly onError: (error: unknown) => void;
  /** A passphrase-protected folder's keys: copies stay encrypted, and are checked with them. */
  readonly keyring?: Keyring;
}

type Reason = (typeof backupReasons)[number];

export function createBackupService({
  db,
  paths,
  clock,
  audit,
  events,
  appVersion,
  onError,
  keyring,
}: BackupServiceDeps) {
  const schedule = createScheduleStore(db, audit);
  // Wall time, not the injected clock: it is compared with the file system's own timestamps.
  removePartialBackups(paths.backupDir, new Date());
  let running: Promise<BackupSummary> | null = null;
  const timers: NodeJS.Timeout[] = [];

  const newestFullAt = () =>
    listBackups(paths.backupDir).find((b) => b.summary.kind === 'full')?.summary.createdAt ?? null;

  /**
   * One backup at a time: a request while one runs gets that one's result. Its steps are shown
   * as a 'backup' task, or as steps of the caller's own task (a change of the data protection).
   */
  function create(reason: Reason, within?: TaskReporter): Promise<BackupSummary> {
    running ??= (async () => {
      const work = async (progress: TaskReporter) => {
        const stored = await createBackup({
          db,
          paths,
          clock,
          appVersion,
          reason,
          keys: keyring?.database() ?? null,
          nameKey: keyring?.naming() ?? null,
          onStep: (step, done, total) =>
            within
              ? progress.step(`Taking a fresh backup: ${step.toLowerCase()}`, done, total)
              : progress.step(step, done, total),
        });
        pruneBackups(paths.backupDir, schedule.get().keep);
        events.emit('backups.changed', { reason: 'created' });
        return stored.summary;
      };
      return within ? work(within) : asTask(events, 'backup', 'Taking a backup', work);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  /** Takes a scheduled backup when one is due; returns whether it did. */
  async function tick(): Promise<boolean> {
    const due = nextDueAt(schedule.get(), newestFullAt(), clock.now());
    if (!due || due.getTime() > clock.now().getTime() || !db.open) return false;
    await create('scheduled');
    return true;
  }

  return {
    create,
    tick,
    overview(): BackupOverview {
      const current = schedule.get();
      const due = nextDueAt(current, newestFullAt(), clock.now());
      return {
        backups: listBackups(paths.backupDir).map((b) => b.summary),
        schedule: current,
        nextDueAt: due ? due.toISOString() : null,
        backupDir: paths.backupDir,
      };
    },
    async verify(id: string): Promise<BackupCheck> {
      const backup = findBackup(paths.backupDir, id);
      let problems: string[];
      try {
        problems = await verifyBackup(backup, backupKey(backup, keyring?.all() ?? [])?.database ?? null);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        problems = [error.message];
      }
      return { id, ok: problems.length === 0, problems, checkedAt: clock.now().toISOString() };
    },
    checkDatabase(): DatabaseCheck {
      const started = performance.now();
      const problems = integrityProblems(db, 'full');
      return {
        ok: problems.length === 0,
        problems,
        checkedAt: clock.now().toISOString(),
        milliseconds: Math.round(performance.now() - started),
      };
    },
    /**
     * A lower count prunes backups at the next backup. Backups taken in the last five years may be
     * the only copy of records deleted since (19 CFR 163.4): removing them needs `confirmRecordKeeping`.
     */
    setSchedule(next: BackupSchedule, confirmRecordKeeping = false): BackupSchedule {
      const today = localIsoDate(clock.now());
      const young = pruneCandidates(paths.backupDir, next.keep).filter((b) =>
        mustStillKeep(keepRecordsUntil({ entryDates: [], importDate: b.summary.createdAt.slice(0, 10) }), today),
      );
      if (young.length > 0 && !confirmRecordKeeping) {
        throw new AppError(
          'CONFIRMATION_REQUIRED',
          `Keeping ${next.keep} backup${next.keep === 1 ? '' : 's'} removes ${young.length} taken in the last five years at the next backup. A backup may be the only copy of records deleted since it was taken, and records of an entry are kept for five years from the date of entry (${recordKeepingRule}). Confirm to keep fewer backups anyway.`,
          { rule: recordKeepingRule, backups: young.map((b) => b.summary.id) },
        );
      }
      const saved = schedule.save(next);
      events.emit('backups.changed', { reason: 'schedule' });
      return saved;
    },
    /** Hosts call this once: checks shortly after start, then every `pollMs`. Timers never keep the process alive. */
    startSchedule(pollMs = 60_000, firstDelayMs = 15_000): void {
      const run = () => void tick().catch(onError);
      const first = setTimeout(run, firstDelayMs);
      const every = setInterval(run, pollMs);
      first.unref();
      every.unref();
      timers.push(first, every);
    },
    /** Waits for a backup in progress (if any) to end, keeping the schedule. */
    idle(): Promise<void> {
      return running
        ? running.then(
            () => undefined,
            () => undefined,
          )
        : Promise.resolve();
    },
    /** Stops the timers and waits for a backup in progress, so closing never cuts one short. */
    async stop(): Promise<void> {
      timers.splice(0).forEach((t) => clearTimeout(t));
      await running?.catch(() => undefined);
    },
  };
}
export type BackupService = ReturnType<typeof createBackupService>;
