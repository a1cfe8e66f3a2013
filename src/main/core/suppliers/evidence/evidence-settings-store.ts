import type { AuditLog } from '#core/audit/audit-log';
import type { Db } from '#core/db/open-database';
import { createSettingsSection } from '#core/settings/settings-section';
import { evidenceSettingsFromStored } from '#shared/suppliers/evidence-settings';

/** The compliance view's settings, kept in the settings table under their own key. */
export const createEvidenceSettingsStore = (db: Db, audit: AuditLog) =>
  createSettingsSection(db, audit, 'evidence', evidenceSettingsFromStored);
