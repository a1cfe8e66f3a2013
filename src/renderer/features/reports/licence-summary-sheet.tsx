import type { ReactNode } from 'react';

import type { FilerProfile } from '#shared/profile/filer-profile';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import type { LicenceSummaryDoc } from '#shared/reports/summary-schema';

import { printDateTime } from './print-format';
import { SupplierEvidence } from './summary-evidence';
import { ApplicantSection, EntriesSection, ShipmentSection, SummaryTitle } from './summary-header';
import { ProductLines, SmeltAndCast } from './summary-lines';
import { HistorySection, ValidationSection } from './summary-trail';

/**
 * One sheet of paper (or several): a layout table whose header row Chromium repeats at the top
 * of every printed page the sheet runs onto, so each page says which licence it belongs to.
 */
export function PrintSheet({
  head,
  children,
  label,
  className,
}: {
  head: ReactNode;
  children: ReactNode;
  label: string;
  className?: string;
}) {
  return (
    <article className={`print-sheet ${className ?? ''}`} aria-label={label}>
      <table className="sheet-frame" role="presentation">
        <thead>
          <tr>
            <td>
              <div className="running-head">{head}</div>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{children}</td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

export function LicenceSummarySheet({
  doc,
  filer,
  reference,
  generatedAt,
}: {
  doc: LicenceSummaryDoc;
  filer: FilerProfile | null;
  reference: ReferenceIndex | null;
  generatedAt: string;
}) {
  const { licence } = doc;
  const appliedOn = doc.history.find((h) => h.to === 'submitted')?.at.slice(0, 10) ?? null;
  return (
    <PrintSheet
      label={`Licence summary ${licence.reference || licence.id}`}
      className="summary-sheet"
      head={
        <>
          <span>
            AIM licence summary · <strong>{licence.reference || 'Untitled licence'}</strong>
            {licence.licenceNumber ? ` · Licence ${licence.licenceNumber}` : ''}
          </span>
          <span>{licence.importerName}</span>
        </>
      }
    >
      <SummaryTitle licence={licence} appliedOn={appliedOn} />
      <ApplicantSection filer={filer} />
      <ShipmentSection licence={licence} reference={reference} />
      <EntriesSection licence={licence} />
      <ProductLines doc={doc} />
      <SmeltAndCast doc={doc} />
      <ValidationSection doc={doc} />
      <SupplierEvidence doc={doc} />
      <HistorySection doc={doc} />
      <p className="print-footnote">
        Printed {printDateTime(generatedAt)} by AIM Licences from the licence as saved (version {licence.version}).
        Licence id {licence.id}.
      </p>
    </PrintSheet>
  );
}
