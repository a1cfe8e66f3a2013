import { z } from 'zod';
import { referenceSnapshotSchema } from '../reference/reference-schema';
import { appSettingsSchema } from '../settings/app-settings';
import { procedure } from './define';

export const settingsProcedures = {
  'settings.get': procedure(
    'The user settings (rule thresholds, licence validity).',
    z.object({}).strict(),
    appSettingsSchema,
  ),
  'settings.save': procedure(
    'Replace the user settings; open drafts are re-validated.',
    appSettingsSchema,
    appSettingsSchema,
  ),
  'reference.get': procedure(
    'The reference data in force (ports, HTS revisions, covered scope) with its version and date.',
    z.object({}).strict(),
    referenceSnapshotSchema,
  ),
};
