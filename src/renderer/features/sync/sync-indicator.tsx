import { useEffect } from 'react';
import { Link } from 'wouter';

import { useClient } from '#renderer/api/client-context';

import { statusLine, useSyncStatus } from './use-sync-status';

import '#renderer/styles/sync.css';

/**
 * The compact sync status every screen shows in the sidebar. It also tells the core when the
 * browser says the connection is back, so waiting licences go out without waiting for the timer.
 */
export function SyncIndicator() {
  const client = useClient();
  const { status } = useSyncStatus();
  useEffect(() => {
    const online = () => void client.callSafe('sync.now', { reason: 'online' });
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [client]);
  if (!status) return null;
  return (
    <Link
      href="/sync"
      className="sync-indicator"
      data-state={status.state}
      aria-label={`Filing gateway: ${statusLine(status)}. Open the filing gateway view.`}
    >
      <span className="sync-dot" aria-hidden="true" />
      <span role="status" className="sync-indicator-text">
        {statusLine(status)}
      </span>
    </Link>
  );
}
