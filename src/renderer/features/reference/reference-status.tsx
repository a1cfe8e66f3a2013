import { Link } from 'wouter';

import { useRpc } from '#renderer/api/client-context';
import { displayDate, localIsoDate } from '#shared/dates/iso-date';
import { referenceFreshness, staleAfterDays } from '#shared/reference/freshness';

import { referenceSection } from './reference-section';

/**
 * The status line's word on reference data: which HTS revision is in force today, and, once the
 * newest one known is older than the app trusts, that it is and where to update it.
 */
export function ReferenceStatus() {
  const reference = useRpc('reference.get', {}, { staleTime: Infinity });
  if (!reference.data) return null;
  const freshness = referenceFreshness(reference.data.data, localIsoDate(new Date()));
  return (
    <span className="muted small reference-status" data-testid="reference-status">
      Reference data as of {displayDate(freshness.inForce.sourceDate)}: {freshness.inForce.label} in force today.
      {freshness.stale ? (
        <>
          {' '}
          <Link
            href="/settings"
            state={{ section: referenceSection }}
            className="reference-stale"
            title={`The newest HTS revision the app has is more than ${staleAfterDays} days old.`}
          >
            {freshness.ageDays} days old: import the current USITC revision
          </Link>
        </>
      ) : null}
    </span>
  );
}
