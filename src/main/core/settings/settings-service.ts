import type { AuditLog } from '#core/audit/audit-log';
import type { Db } from '#core/db/open-database';
import { type AppSettings, settingsFromStored } from '#shared/settings/app-settings';

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
