import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';

export interface Notice {
  readonly title: string;
  readonly detail?: string;
  readonly tone?: 'success' | 'error' | 'info';
}

/** One queue for the whole app: "saved", "imported 1,000 rows", "could not reach the portal". */
export const notices = new ToastQueue<Notice>({ maxVisibleToasts: 4 });

export const notify = (notice: Notice, timeout = notice.tone === 'error' ? 0 : 5000) =>
  notices.add(notice, timeout > 0 ? { timeout } : {});

export function NoticeRegion() {
  return (
    <ToastRegion queue={notices} className="toast-region">
      {({ toast }) => (
        <Toast toast={toast} className={`toast toast-${toast.content.tone ?? 'info'}`}>
          <ToastContent className="toast-content">
            <Text slot="title" className="toast-title">
              {toast.content.title}
            </Text>
            {toast.content.detail ? (
              <Text slot="description" className="toast-detail">
                {toast.content.detail}
              </Text>
            ) : null}
          </ToastContent>
          <Button slot="close" className="icon-button" aria-label="Dismiss">
            ×
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}
