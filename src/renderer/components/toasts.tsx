import { useEffect, useState } from 'react';
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

/**
 * Notices appear away from the pointer: a person who just pressed a button low on the screen
 * (a form's save buttons) gets them at the top, otherwise at the bottom; either way they do not
 * cover the button they answer.
 */
function useAwayFromPointer(): 'top' | 'bottom' {
  const [edge, setEdge] = useState<'top' | 'bottom'>('bottom');
  useEffect(() => {
    const onPointer = (event: PointerEvent) => setEdge(event.clientY > window.innerHeight * 0.55 ? 'top' : 'bottom');
    window.addEventListener('pointerdown', onPointer, { capture: true, passive: true });
    return () => window.removeEventListener('pointerdown', onPointer, { capture: true });
  }, []);
  return edge;
}

export function NoticeRegion() {
  const edge = useAwayFromPointer();
  return (
    <ToastRegion queue={notices} className={`toast-region toast-region-${edge}`}>
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
