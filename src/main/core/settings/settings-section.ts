import type { AuditLog } from '#core/audit/audit-log';
import type { Db } from '#core/db/open-database';

export interface SettingsSection<T> {
  get(): T;
  save(value: T): T;
}

/**
 * One group of settings kept in the settings table under its own key, read through
 * `fromStored` (which turns what another version wrote into a valid value) and audited on save.
 */
export function createSettingsSection<T>(
  db: Db,
  audit: AuditLog,
  key: string,
  fromStored: (raw: unknown) => T,
): SettingsSection<T> {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const get = (): T => {
    const row = select.get(key);
    return fromStored(row ? (JSON.parse(row.value) as unknown) : {});
  };
  return {
    get,
    save(value) {
      db.transaction(() => {
        const before = get();
        upsert.run(key, JSON.stringify(value));
        audit.append({ entity: 'setting', entityId: key, action: 'update', before, after: value });
      })();
      return value;
    },
  };
}
