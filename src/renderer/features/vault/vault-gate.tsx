import type { ReactNode } from 'react';

import { useRpc } from '#renderer/api/client-context';

import { LockScreen } from './lock-screen';

/**
 * Asks the core first whether the data folder waits for its passphrase. While it does, the lock
 * screen replaces the whole app: nothing can be read before it is unlocked.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const status = useRpc('vault.status', {}, { staleTime: Infinity, retry: false });
  if (status.isPending) return null;
  if (status.data?.state === 'locked') return <LockScreen status={status.data} />;
  return <>{children}</>;
}
