import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';

import { useRpc } from '#renderer/api/client-context';
import { displayDate, localIsoDate } from '#shared/dates/iso-date';
import { countryName } from '#shared/reference/countries';
import { documentStatusLabels, type DocumentSummary, documentTypeLabels } from '#shared/suppliers/document-schema';
import { countOf } from '#shared/text/plural';

/** Whether a document is still good today: what a reader of the list looks for first. */
export function ValidityPill({ doc, today }: { doc: Pick<DocumentSummary, 'validUntil'>; today: string }) {
  if (doc.validUntil === '') return <span className="muted">No end date</span>;
  const expired = doc.validUntil < today;
  return (
    <span className={expired ? 'pill pill-error' : ''}>
      {expired ? `Expired ${displayDate(doc.validUntil)}` : `Valid until ${displayDate(doc.validUntil)}`}
    </span>
  );
}

const attests = (d: DocumentSummary) =>
  [
    d.smeltLargest && `smelt ${countryName(d.smeltLargest)}`,
    d.smeltSecond && `second ${countryName(d.smeltSecond)}`,
    d.cast && `cast ${countryName(d.cast)}`,
  ]
    .filter(Boolean)
    .join(' · ') || 'No countries stated';

/** A supplier's documents: what each attests, until when, and whether it still waits for review. */
export function DocumentsCard({ supplierId }: { supplierId: string }) {
  const [, navigate] = useLocation();
  const documents = useRpc('documents.list', { supplierId });
  const today = localIsoDate(new Date());
  return (
    <section className="card" aria-labelledby="documents-title">
      <div className="card-head">
        <h2 id="documents-title" className="card-title">
          Documents
        </h2>
        <Button className="button button-secondary" onPress={() => navigate(`/suppliers/${supplierId}/documents/new`)}>
          + Add document
        </Button>
      </div>
      {documents.data && documents.data.length === 0 ? (
        <p className="empty-state">
          No documents yet. Record each mill certificate, smelter or cast-house declaration and attach the file it came
          as.
        </p>
      ) : null}
      {documents.data && documents.data.length > 0 ? (
        <ul className="item-list">
          {documents.data.map((d) => (
            <li key={d.id} className="item" data-testid={`document-${d.reference || d.id}`}>
              <div className="item-main">
                <Link href={`/suppliers/${supplierId}/documents/${d.id}`} className="item-title row-link">
                  {documentTypeLabels[d.type]}
                  {d.reference ? ` ${d.reference}` : ''}
                </Link>
                <span className="item-sub">
                  Issued {displayDate(d.issueDate)} · {attests(d)} · {countOf(d.fileCount, 'file')}
                </span>
              </div>
              <div className="item-actions">
                {d.status === 'draft' ? <span className="pill pill-warning">{documentStatusLabels.draft}</span> : null}
                <ValidityPill doc={d} today={today} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
