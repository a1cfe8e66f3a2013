import { type LicenceKind, licenceKindLabels } from '#shared/licences/licence-kind';
import { type LicenceStatus, statusLabel } from '#shared/licences/licence-status';
import { countOf } from '#shared/text/plural';

/** The licence's step; a low-value licence also says it is the reusable kind. */
export function StatusBadge({ status, kind = 'regular' }: { status: LicenceStatus; kind?: LicenceKind }) {
  return (
    <>
      <span className={`status-badge status-${status}`}>{statusLabel(status, kind)}</span>
      {kind === 'low-value' ? (
        <span className="kind-badge" title={licenceKindLabels[kind]}>
          Low-value
        </span>
      ) : null}
    </>
  );
}

/** Errors and warnings from the last check, as a compact badge the register can sort by eye. */
export function CheckBadge({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0) return <span className="check-badge check-ok">OK</span>;
  return (
    <span className={`check-badge ${errors > 0 ? 'check-error' : 'check-warning'}`}>
      {errors > 0 ? `${countOf(errors, 'error')}` : ''}
      {errors > 0 && warnings > 0 ? ', ' : ''}
      {warnings > 0 ? `${countOf(warnings, 'warning')}` : ''}
    </span>
  );
}
