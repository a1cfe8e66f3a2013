import type { AuditLog } from '#core/audit/audit-log';
import type { Db } from '#core/db/open-database';
import { type BackupSchedule, backupScheduleSchema, defaultBackupSchedule } from '#shared/contract/backups';

export const scheduleKey = 'backups.schedule';

/** The backup schedule lives in the settings table under its own key, audited like every setting. */
export function createScheduleStore(db: Db, audit: AuditLog) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const get = (): BackupSchedule => {
    const row = select.get(scheduleKey);
    if (!row) return defaultBackupSchedule;
    try {
      const parsed = backupScheduleSchema.safeParse(JSON.parse(row.value));
      // A stored value this version cannot read falls back to the default rather than turning backups off.
      return parsed.success ? parsed.data : defaultBackupSchedule;
    } catch {
      return defaultBackupSchedule;
    }
  };
  return {
    get,
    save(schedule: BackupSchedule): BackupSchedule {
      db.transaction(() => {
        const before = get();
        upsert.run(scheduleKey, JSON.stringify(schedule));
        audit.append({ entity: 'setting', entityId: scheduleKey, action: 'update', before, after: schedule });
      })();
      return schedule;
    },
  };
}

/** When the next automatic backup is due: `intervalHours` after the newest backup, or now if there is none. */
export function nextDueAt(schedule: BackupSchedule, newestBackupAt: string | null, now: Date): Date | null {
  if (schedule.intervalHours === 0) return null;
  if (newestBackupAt === null) return now;
  return new Date(new Date(newestBackupAt).getTime() + schedule.intervalHours * 3_600_000);
}
