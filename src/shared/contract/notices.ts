import { noticeListSchema, noticeSettingsSchema } from '../notices/notice-schema';
import { noInput, procedure } from './define';

export const noticeProcedures = {
  'notices.list': procedure(
    'What the app reminds you of today: licences to file before their import date, licences expiring, supplier evidence expiring, licences the portal never received. Kinds turned off are left out.',
    noInput,
    noticeListSchema,
  ),
  'notices.getSettings': procedure('Which kinds of reminder are on.', noInput, noticeSettingsSchema),
  'notices.saveSettings': procedure(
    'Turn each kind of reminder on or off (the desktop notifications and the list in the app).',
    noticeSettingsSchema,
    noticeSettingsSchema,
  ),
};
