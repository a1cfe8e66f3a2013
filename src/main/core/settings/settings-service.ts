import { settingsFromStored, type AppSettings } from '../../../shared/settings/app-settings';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/open-database';
import { createSettingsSection } from './settings-section';

export interface SettingsService {
  get(): AppSettings;
  save(settings: AppSettings): AppSettings;
}

/** The app settings section, read once and kept until the next save: every validation reads it. */
export function createSettingsService(db: Db, audit: AuditLog): SettingsService {
  const section = createSettingsSection(db, audit, 'app', settingsFromStored);
  let cached: AppSettings | null = null;
  return {
    get: () => (cached ??= section.get()),
    save(settings) {
      cached = section.save(settings);
      return settings;
    },
  };
}
