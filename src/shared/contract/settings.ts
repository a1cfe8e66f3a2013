import { z } from 'zod';
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
};
