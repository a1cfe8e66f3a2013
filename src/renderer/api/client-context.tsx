import { QueryClient, QueryClientProvider, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

import type { AppError, EventName, ProcedureInput, ProcedureName, ProcedureOutput } from '#shared/contract';

import type { Client } from './client';

const ClientContext = createContext<Client | null>(null);

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside ClientProvider');
  return client;
}

/** The first word of a procedure's name: `licences` for `licences.list`. */
type Area = ProcedureName extends `${infer A}.${string}` ? A : never;

/**
 * Which cached answers a push event makes stale, by area of the contract (checked against the
 * event and procedure names); `all` asks everything again.
 */
const invalidations: { readonly [E in EventName]?: readonly Area[] | 'all' } = {
  'licences.changed': ['licences', 'dashboard', 'reports', 'handoff', 'notices'],
  'profile.changed': ['profile'],
  'settings.changed': ['settings', 'licences', 'notices'],
  'reference.changed': ['reference', 'licences'],
  'evidence.changed': ['suppliers', 'products', 'documents', 'evidence', 'requests', 'reports', 'dashboard', 'notices'],
  'backups.changed': ['backups', 'recovery'],
  // Locked or unlocked (in this window or another): everything is asked again, or the lock screen shows.
  'vault.changed': 'all',
};

const areaOf = (queryKey: readonly unknown[]) => String(queryKey[0]).split('.')[0];

export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } } }),
  );
  useEffect(() => {
    const stops = (Object.keys(invalidations) as EventName[]).map((event) =>
      client.on(event, () => {
        const areas = invalidations[event];
        void queryClient.invalidateQueries(
          areas === 'all'
            ? {}
            : { predicate: (query) => areas?.some((area) => area === areaOf(query.queryKey)) ?? false },
        );
      }),
    );
    return () => stops.forEach((stop) => stop());
  }, [client, queryClient]);
  return (
    <ClientContext.Provider value={client}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ClientContext.Provider>
  );
}

/** The cache key (the method and its input) and the call of one read: for useRpc, and for useQueries where a screen reads several pages. */
export const rpcQuery = <K extends ProcedureName>(client: Client, method: K, input: ProcedureInput<K>) => ({
  queryKey: [method, input] as const,
  queryFn: (): Promise<ProcedureOutput<K>> => client.call(method, input),
});

/** A cached read of one procedure; the cache key is the method and its input. */
export function useRpc<K extends ProcedureName>(
  method: K,
  input: ProcedureInput<K>,
  options: Omit<UseQueryOptions<ProcedureOutput<K>, AppError>, 'queryKey' | 'queryFn'> = {},
) {
  const client = useClient();
  return useQuery<ProcedureOutput<K>, AppError>({ ...rpcQuery(client, method, input), ...options });
}
