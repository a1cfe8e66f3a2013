import { Link } from 'wouter';

import { formatCount } from '#renderer/format/numbers';
import type { ReferenceApplied } from '#shared/contract/reference';

const name = (l: { id: string; reference: string }) => l.reference || l.id.slice(-8);

/** What applying a change did: the open licences re-checked once, and those whose verdict changed. */
export function ReferenceAppliedSummary({ applied }: { applied: ReferenceApplied }) {
  return (
    <div className="banner banner-success" role="status" data-testid="reference-applied">
      <strong>
        {applied.change === 'add' ? 'Added' : 'Removed'} {applied.label}.
      </strong>{' '}
      {formatCount(applied.checked)} open licence{applied.checked === 1 ? '' : 's'} checked again:{' '}
      {formatCount(applied.nowValid.length)} now valid, {formatCount(applied.nowInvalid.length)} now invalid.
      {applied.nowValid.length > 0 ? (
        <p className="reference-applied-list">
          Now valid:{' '}
          {applied.nowValid.map((l, i) => (
            <span key={l.id}>
              {i > 0 ? ', ' : ''}
              <Link href={`/licences/${l.id}`}>{name(l)}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {applied.nowInvalid.length > 0 ? (
        <ul className="reference-applied-list">
          {applied.nowInvalid.map((l) => (
            <li key={l.id}>
              <Link href={`/licences/${l.id}`}>{name(l)}</Link>{' '}
              <span className="reference-now-invalid">is now invalid: {l.issues[0]?.message ?? ''}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
