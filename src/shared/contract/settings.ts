import { appSettingsSchema } from '../settings/app-settings';
import { noInput, procedure } from './define';

export const settingsProcedures = {
  'settings.get': procedure('The user settings (rule thresholds, licence validity).', noInput, appSettingsSchema),
  'settings.save': procedure(
    'Replace the user settings; open drafts are re-validated.',
    appSettingsSchema,
    appSettingsSchema,
  ),
};
