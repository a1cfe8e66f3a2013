import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';

import { rpcQuery, useClient } from '#renderer/api/client-context';
import { toAppError } from '#renderer/api/use-action';
import type { LicencePage, LicenceQueryInput, LicenceSummary } from '#shared/contract/licences';

export const pageSize = 100;

/**
 * The register is read a page at a time, only where the list is scrolled to: 100,000 licences
 * never cross the boundary at once. Pages are cached per query and refresh on `licences.changed`.
 */
export function useLicencePages(
  query: Omit<LicenceQueryInput, 'offset' | 'limit'>,
  visible: { start: number; end: number },
) {
  const client = useClient();
  const first = Math.floor(visible.start / pageSize);
  const last = Math.max(first, Math.floor(visible.end / pageSize));
  const pageNumbers = useMemo(() => {
    const numbers = [0];
    for (let n = first; n <= last; n += 1) if (n !== 0) numbers.push(n);
    return numbers;
  }, [first, last]);

  const results = useQueries({
    queries: pageNumbers.map((page) => {
      const input = { ...query, offset: page * pageSize, limit: pageSize };
      return {
        ...rpcQuery(client, 'licences.list', input),
        placeholderData: (previous: LicencePage | undefined) => previous,
        staleTime: 10_000,
        // A page scrolled past is dropped soon (read again in a few ms if it comes back): kept for
        // the default five minutes, a scroll through 100,000 licences kept every page it passed
        // (the page's JS heap after that scroll: 64–100 MB, 43–56 MB with this).
        gcTime: 10_000,
      };
    }),
  });

  const total = results[0]?.data?.total ?? 0;
  const rows = new Map<number, LicenceSummary>();
  results.forEach((result, i) => {
    const page = pageNumbers[i]!;
    result.data?.items.forEach((item, j) => rows.set(page * pageSize + j, item));
  });
  const failed = results.find((r) => r.error)?.error;
  const error = failed ? toAppError(failed) : null;
  const loading = results[0]?.isLoading ?? true;
  return { total, rowAt: (index: number) => rows.get(index), error, loading };
}
