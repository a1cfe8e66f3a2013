import { Link } from 'wouter';
import { displayDate } from '../../../shared/dates/iso-date';
import { documentTypeLabels } from '../../../shared/evidence/document-schema';
import { useRpc } from '../../api/client-context';
import { ErrorBanner } from '../../components/error-banner';
import { Card } from '../../components/card';

/** Supplier documents that have expired or expire soon, with the licences that lean on them. */
export function EvidenceAttention() {
  const compliance = useRpc('evidence.compliance', {});
  const alerts = compliance.data?.documents ?? [];
  return (
    <Card titleId="evidence-attention-title" title="Supplier evidence expiring">
      <ErrorBanner message={compliance.error?.message} />
      {compliance.data && alerts.length === 0 ? (
        <p className="muted">No supplier document expires before {displayDate(compliance.data.horizonDate)}.</p>
      ) : null}
      <ul className="attention-list">
        {alerts.map((doc) => (
          <li key={doc.id} className={`attention attention-evidence-${doc.state}`}>
            <Link href={`/suppliers/${doc.supplierId}/documents/${doc.id}`} className="attention-link">
              <span className="cell-title">{doc.reference || documentTypeLabels[doc.type]}</span>
              <span className="muted">
                {doc.reference ? `${documentTypeLabels[doc.type]} from ` : ''}
                {doc.supplierName}: {doc.state === 'expired' ? 'expired' : 'expires'} {displayDate(doc.validUntil)}
                {doc.licences.length === 1
                  ? '; 1 open licence relies on it'
                  : doc.licences.length > 1
                    ? `; ${doc.licences.length} open licences rely on it`
                    : ''}
              </span>
            </Link>
            <span className={`evidence-state evidence-state-${doc.state}`}>
              {doc.state === 'expired' ? 'Expired' : 'Expiring'}
            </span>
          </li>
        ))}
      </ul>
      {compliance.data ? (
        <p className="small">
          <Link href="/suppliers/compliance">All supplier evidence</Link>
        </p>
      ) : null}
    </Card>
  );
}
