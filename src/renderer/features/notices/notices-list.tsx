import { Link } from 'wouter';

import type { Notice } from '#shared/notices/notice-schema';

/** The reminders as a list: what the desktop app also says in OS notifications, each item one click from its screen. */
export function NoticesList({ notices, onOpen }: { notices: Notice[]; onOpen?: () => void }) {
  if (notices.length === 0) return <p className="muted">Nothing to remind you of today.</p>;
  return (
    <ul className="notices-list">
      {notices.map((notice) => (
        <li key={notice.kind} className={`notice notice-${notice.kind}`} data-testid={`notice-${notice.kind}`}>
          <Link href={notice.route} className="notice-title" onClick={onOpen}>
            {notice.title}
          </Link>
          <ul className="notice-items">
            {notice.items.map((item) => (
              <li key={`${item.route}-${item.label}`}>
                <Link href={item.route} onClick={onOpen}>
                  {item.label}
                </Link>{' '}
                <span className="muted">{item.detail}</span>
              </li>
            ))}
            {notice.count > notice.items.length ? (
              <li className="muted">and {notice.count - notice.items.length} more</li>
            ) : null}
          </ul>
        </li>
      ))}
    </ul>
  );
}
