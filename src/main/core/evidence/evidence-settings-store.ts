import { evidenceSettingsFromStored } from '../../../shared/evidence/evidence-settings';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/open-database';
import { createSettingsSection } from '../settings/settings-section';

/** The compliance view's settings, kept in the settings table under their own key. */
export const createEvidenceSettingsStore = (db: Db, audit: AuditLog) =>
  createSettingsSection(db, audit, 'evidence', evidenceSettingsFromStored);
