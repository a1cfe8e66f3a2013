import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';

import { rpcQuery, useClient } from '#renderer/api/client-context';
import { toAppError } from '#renderer/api/use-action';
import type { LicencePage, LicenceQueryInput, LicenceSummary } from '#shared/contract/licences';

import { type RowRange, useRestingRange } from './use-resting-range';

export const pageSize = 100;

type PageQuery = Omit<LicenceQueryInput, 'offset' | 'limit'>;

/** Page 0 (it carries the total) and the pages that hold rows `range`. */
const pagesOf = (range: RowRange): number[] => {
  const first = Math.floor(range.start / pageSize);
  const last = Math.max(first, Math.floor(range.end / pageSize));
  const numbers = [0];
  for (let n = first; n <= last; n += 1) if (n !== 0) numbers.push(n);
  return numbers;
};

const offsetOf = (queryKey: readonly unknown[] | undefined): number | undefined =>
  (queryKey?.[1] as { offset?: number } | undefined)?.offset;

/**
 * The register is read a page at a time, only where the list is scrolled to: 100,000 licences
 * never cross the boundary at once. Pages are cached per query and refresh on `licences.changed`.
 * While the list is dragged fast, only pages already read are shown (the rest say "Loading…")
 * and the pages where it comes to rest are read (use-resting-range.ts).
 */
export function useLicencePages(query: PageQuery, inView: RowRange) {
  const client = useClient();
  const resting = useRestingRange(inView);
  const shown = useMemo(() => pagesOf(inView), [inView]);
  const wanted = useMemo(() => new Set(pagesOf(resting)), [resting]);

  const results = useQueries({
    queries: shown.map((page) => {
      const input = { ...query, offset: page * pageSize, limit: pageSize };
      return {
        ...rpcQuery(client, 'licences.list', input),
        // Read only where the list rests; a page read before still shows from the cache.
        enabled: wanted.has(page),
        // While a new search is read, its page shows the old search's same page (no flash of
        // empty rows). Never another page's rows: those would be the wrong licences in place.
        placeholderData: (previous: LicencePage | undefined, previousQuery?: { queryKey: readonly unknown[] }) =>
          offsetOf(previousQuery?.queryKey) === input.offset ? previous : undefined,
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
    const page = shown[i]!;
    result.data?.items.forEach((item, j) => rows.set(page * pageSize + j, item));
  });
  const failed = results.find((r) => r.error)?.error;
  const error = failed ? toAppError(failed) : null;
  const loading = results[0]?.isLoading ?? true;
  return { total, rowAt: (index: number) => rows.get(index), error, loading };
}
