import { z } from 'zod';

/*
 * Reminders the app gives without being asked: the desktop app as OS notifications (at start and
 * once a day), both versions in the notifications list in the app. What is due is decided in the
 * core; a host only shows it.
 */

export const noticeKinds = ['file-before-import', 'licence-expiring', 'evidence-expiring', 'sync-failed'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const noticeKindLabels: Record<NoticeKind, string> = {
  'file-before-import': 'Licences to file before their import date',
  'licence-expiring': 'Licences whose validity ends soon',
  'evidence-expiring': 'Supplier evidence expiring or expired',
  'sync-failed': 'Licences that could not be sent to the portal',
};

/** How far ahead licence reminders look: the dashboard's "needs attention" horizon (the app's own choice). */
export const licenceReminderDays = 14;

/** One thing in a notice: a licence, a document, an outbox entry, with the screen that shows it. */
export const noticeItemSchema = z.object({
  label: z.string(),
  detail: z.string(),
  route: z.string(),
});
export type NoticeItem = z.infer<typeof noticeItemSchema>;

/** One notice per kind: what an OS notification says, and the items the in-app list shows. */
export const noticeSchema = z.object({
  kind: z.enum(noticeKinds),
  title: z.string(),
  body: z.string(),
  /** The screen a click opens: the one item, or the list they are all on. */
  route: z.string(),
  count: z.number().int().min(1),
  /** The first few items (at most `maxNoticeItems`). */
  items: z.array(noticeItemSchema),
});
export type Notice = z.infer<typeof noticeSchema>;
export const maxNoticeItems = 5;

export const noticeListSchema = z.object({ asOf: z.string(), notices: z.array(noticeSchema) });
export type NoticeList = z.infer<typeof noticeListSchema>;

/** Each kind can be turned off; a kind turned off is neither notified nor listed. */
export const noticeSettingsSchema = z
  .object({
    'file-before-import': z.boolean(),
    'licence-expiring': z.boolean(),
    'evidence-expiring': z.boolean(),
    'sync-failed': z.boolean(),
  })
  .strict();
export type NoticeSettings = z.infer<typeof noticeSettingsSchema>;

export const defaultNoticeSettings: NoticeSettings = {
  'file-before-import': true,
  'licence-expiring': true,
  'evidence-expiring': true,
  'sync-failed': true,
};

/** A stored value from this or another version: unknown kinds are dropped, missing ones are on. */
export function noticeSettingsFromStored(raw: unknown): NoticeSettings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const merged = { ...defaultNoticeSettings };
  for (const kind of noticeKinds) if (typeof stored[kind] === 'boolean') merged[kind] = stored[kind];
  return merged;
}
