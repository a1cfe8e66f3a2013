import { useMemo } from 'react';

import { useRpc } from '#renderer/api/client-context';
import { indexReferenceData, type ReferenceIndex } from '#shared/reference/reference-data';
import type { AppSettings } from '#shared/settings/app-settings';

/** The reference data and settings in force, as the core has them (it may hold newer data than this build). */
export function useReference(): {
  reference: ReferenceIndex | null;
  settings: AppSettings | null;
  error: Error | null;
} {
  const snapshot = useRpc('reference.get', {}, { staleTime: Infinity });
  const settings = useRpc('settings.get', {});
  const reference = useMemo(() => (snapshot.data ? indexReferenceData(snapshot.data.data) : null), [snapshot.data]);
  return { reference, settings: settings.data ?? null, error: snapshot.error ?? settings.error ?? null };
}
