import { settingsFromStored, type AppSettings } from '../../../shared/settings/app-settings';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/open-database';

const key = 'app';

export interface SettingsService {
  get(): AppSettings;
  save(settings: AppSettings): AppSettings;
}

export function createSettingsService(db: Db, audit: AuditLog): SettingsService {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  let cached: AppSettings | null = null;

  const get = (): AppSettings => {
    if (!cached) {
      const row = select.get(key);
      cached = settingsFromStored(row ? (JSON.parse(row.value) as unknown) : {});
    }
    return cached;
  };

  return {
    get,
    save(settings) {
      db.transaction(() => {
        const before = get();
        upsert.run(key, JSON.stringify(settings));
        audit.append({ entity: 'setting', entityId: key, action: 'update', before, after: settings });
      })();
      cached = settings;
      return settings;
    },
  };
}
