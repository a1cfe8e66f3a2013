import { evidenceSettingsFromStored, type EvidenceSettings } from '../../../shared/evidence/evidence-settings';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/open-database';

const key = 'evidence';

/** The compliance view's settings, kept in the settings table under their own key. */
export function createEvidenceSettingsStore(db: Db, audit: AuditLog) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const get = (): EvidenceSettings => {
    const row = select.get(key);
    return evidenceSettingsFromStored(row ? (JSON.parse(row.value) as unknown) : {});
  };
  return {
    get,
    save(settings: EvidenceSettings): EvidenceSettings {
      db.transaction(() => {
        const before = get();
        upsert.run(key, JSON.stringify(settings));
        audit.append({ entity: 'setting', entityId: key, action: 'update', before, after: settings });
      })();
      return settings;
    },
  };
}
