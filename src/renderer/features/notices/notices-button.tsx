import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { Link } from 'wouter';

import { useRpc } from '#renderer/api/client-context';
import { ErrorBanner } from '#renderer/components/error-banner';

import { NoticesList } from './notices-list';

import '#renderer/styles/notices.css';

/**
 * The reminders in the app (the browser version's only way to get them; the desktop app also
 * shows them as OS notifications): a count in the sidebar, the list one click away.
 */
export function NoticesButton() {
  const [open, setOpen] = useState(false);
  // Checked again whenever the list is opened, and every few minutes (a day can turn while the app is open).
  const list = useRpc('notices.list', {}, { staleTime: 0, refetchInterval: 5 * 60_000 });
  const count = list.data?.notices.reduce((sum, n) => sum + n.count, 0) ?? 0;
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button className="notices-button" aria-label={count > 0 ? `Reminders, ${count}` : 'Reminders, none'}>
        <span aria-hidden="true">Reminders</span>
        {count > 0 ? (
          <span className="notices-count" aria-hidden="true">
            {count}
          </span>
        ) : null}
      </Button>
      <Popover className="popover notices-popover" placement="top start">
        <Dialog className="notices-dialog" aria-labelledby="notices-title">
          <Heading id="notices-title" slot="title" className="notices-heading">
            Reminders
          </Heading>
          {list.error ? (
            <ErrorBanner message={list.error.message} />
          ) : (
            <NoticesList notices={list.data?.notices ?? []} onOpen={() => setOpen(false)} />
          )}
          <p className="muted small">
            Which reminders you get:{' '}
            <Link href="/settings" onClick={() => setOpen(false)}>
              Settings › Reminders
            </Link>
            .
          </p>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
