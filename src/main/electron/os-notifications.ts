import { Notification } from 'electron';

import { type Clock, systemClock } from '#core/clock';
import { createNoticeSchedule, type NoticeSchedule } from '#core/notices/notice-schedule';
import type { CoreSession } from '#core/recovery/core-session';
import type { Notice } from '#shared/notices/notice-schema';

export interface OsNotificationDeps {
  readonly session: Pick<CoreSession, 'dueNotices'>;
  /** Opens a screen of the app in its window (brought to the front). */
  readonly open: (route: string) => void;
  readonly clock?: Clock;
  readonly onError?: (error: unknown) => void;
}

/**
 * The reminders as OS notifications, at start and once a day (the schedule and what is due are
 * the core's). Clicking one opens its screen. Notifications are kept referenced until closed:
 * one that is garbage-collected can no longer report its click.
 */
export function startOsNotifications(deps: OsNotificationDeps): NoticeSchedule | null {
  if (!Notification.isSupported()) return null;
  const live = new Set<Notification>();
  const show = (notice: Notice) => {
    const notification = new Notification({ title: notice.title, body: notice.body, silent: false });
    live.add(notification);
    notification.on('click', () => {
      live.delete(notification);
      deps.open(notice.route);
    });
    notification.on('close', () => live.delete(notification));
    notification.show();
  };
  const schedule = createNoticeSchedule({
    clock: deps.clock ?? systemClock,
    due: () => deps.session.dueNotices(),
    show: (notices) => notices.forEach(show),
    ...(deps.onError ? { onError: deps.onError } : {}),
  });
  schedule.start();
  return schedule;
}
