import { Button } from 'react-aria-components';

import type { AuditVerificationView } from '#shared/contract/audit';
import { displayDateTime } from '#shared/dates/iso-date';
import { countOf } from '#shared/text/plural';

const short = (hash: string) => `${hash.slice(0, 12)}…`;

/** The verdict of the hash-chain check, in words, with the head hash a careful filer can note down. */
export function AuditVerificationBanner({
  result,
  checking,
  onVerify,
}: {
  result: AuditVerificationView | undefined;
  checking: boolean;
  onVerify: () => void;
}) {
  return (
    <section className="card" aria-labelledby="audit-verify-title">
      <div className="trust-card-head">
        <h2 id="audit-verify-title" className="card-title">
          Integrity of the trail
        </h2>
        <Button className="button button-secondary" onPress={onVerify} isDisabled={checking}>
          {checking ? 'Verifying…' : 'Verify again'}
        </Button>
      </div>
      {!result ? (
        <p className="muted">Verifying every entry…</p>
      ) : result.ok ? (
        <div className="banner banner-success" role="status" data-testid="audit-verdict" data-ok="true">
          <strong>Chain verified.</strong> {countOf(result.entries, 'entry', 'entries')}, none altered or removed.
          {result.head ? (
            <>
              {' '}
              Newest entry #{result.head.seq} (fingerprint{' '}
              <code title={result.head.hash}>{short(result.head.hash)}</code>).
            </>
          ) : null}
        </div>
      ) : (
        <div className="banner banner-error" role="alert" data-testid="audit-verdict" data-ok="false">
          <strong>The audit trail does not verify:</strong> {result.problem}.
          {result.firstBadSeq !== null ? ` First entry affected: #${result.firstBadSeq}.` : ''} The app never rewrites
          this trail: this means the data file was changed outside the app. Keep a copy of the data folder as it is and
          compare it with your backups.
        </div>
      )}
      {result ? (
        <p className="muted small">
          Checked {displayDateTime(result.checkedAt)}. Each entry carries the SHA-256 of the one before it.
        </p>
      ) : null}
    </section>
  );
}
