import { licenceStatusLabels, type LicenceStatus } from '../../shared/licence/licence-status';
import { countOf } from '../../shared/text/plural';

export function StatusBadge({ status }: { status: LicenceStatus }) {
  return <span className={`status-badge status-${status}`}>{licenceStatusLabels[status]}</span>;
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
