import type { ReactNode } from 'react';

import { useRpc } from '#renderer/api/client-context';

import { RecoveryScreen } from './recovery-screen';

/**
 * Asks the core first whether it could open the database. When it could not, the recovery
 * screen replaces the whole app: nothing else can work, and nothing else should pretend to.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useRpc('recovery.status', {}, { staleTime: Infinity });
  if (status.isPending) return null;
  if (status.data?.mode === 'recovery') return <RecoveryScreen status={status.data} />;
  return <>{children}</>;
}
