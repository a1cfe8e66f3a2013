import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { useClient, useRpc } from '#renderer/api/client-context';
import type { SyncStatus } from '#shared/sync/sync-model';
import { countOf } from '#shared/text/plural';

/**
 * The live sync status: the overview once, then every 'sync.status' push. Sync lists (queue,
 * log, conflicts) are refreshed at most every half second while a big batch is running.
 */
export function useSyncStatus(): { status: SyncStatus | null; overview: ReturnType<typeof useRpc<'sync.overview'>> } {
  const client = useClient();
  const queryClient = useQueryClient();
  const overview = useRpc('sync.overview', {}, { staleTime: 0 });
  const [pushed, setPushed] = useState<SyncStatus | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = client.on('sync.status', (status) => {
      setPushed(status);
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries({
          predicate: (q) => String(q.queryKey[0]).startsWith('sync.') && q.queryKey[0] !== 'sync.overview',
        });
      }, 500);
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [client, queryClient]);

  return { status: pushed ?? overview.data?.status ?? null, overview };
}

export const syncStateLabels: Record<SyncStatus['state'], string> = {
  'not-configured': 'Filing gateway not set up',
  'signed-out': 'Not signed in',
  idle: 'Connected',
  syncing: 'Syncing',
  offline: 'Offline',
  paused: 'Sign-in needed',
  error: 'Sync problem',
};

/** One line for the sidebar and the page header: state, and what is waiting. */
export function statusLine(status: SyncStatus): string {
  const parts: string[] = [syncStateLabels[status.state]];
  if (status.progress && status.state === 'syncing')
    parts.push(
      `${status.progress.done.toLocaleString('en-US')} of ${status.progress.total.toLocaleString('en-US')} sent`,
    );
  else if (status.pending - status.held + status.inFlight > 0)
    parts.push(`${(status.pending - status.held + status.inFlight).toLocaleString('en-US')} waiting`);
  if (status.held > 0) parts.push(`${status.held.toLocaleString('en-US')} held for a later day`);
  if (status.failed > 0) parts.push(`${status.failed} failed`);
  if (status.conflicts > 0) parts.push(`${countOf(status.conflicts, 'conflict')}`);
  return parts.join(' · ');
}
