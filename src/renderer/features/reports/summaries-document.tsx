import { TableHead, numeric } from '#renderer/components/table-head';
import { licenceStatusLabels } from '../../../shared/licence/licence-status';
import type { ReferenceIndex } from '../../../shared/reference/reference-data';
import type { SummaryReport } from '../../../shared/reports/summary-schema';
import { LicenceSummarySheet, PrintSheet } from './licence-summary-sheet';
import { orDash, printCount, printDate, printDateTime, printKg, printUsd } from './print-format';
import { countOf } from '../../../shared/text/plural';

/** The first page of a batch: what is in it, one row per licence, with totals. */
function CoverSheet({ report }: { report: SummaryReport }) {
  const totalKg = report.licences.reduce((sum, doc) => sum + doc.totals.quantityKg, 0);
  const totalUsd = report.licences.reduce((sum, doc) => sum + doc.totals.valueUsd, 0);
  return (
    <PrintSheet
      label="Cover"
      className="cover-sheet"
      head={
        <>
          <span>AIM licence summaries</span>
          <span>{report.filer?.company ?? ''}</span>
        </>
      }
    >
      <p className="summary-kicker">AIM licence summaries</p>
      <h2 className="summary-reference">{report.selectionLabel}</h2>
      <p className="print-note">
        {report.filer ? `Filer: ${report.filer.company}, ${report.filer.contactName} (${report.filer.email}). ` : ''}
        Printed {printDateTime(report.generatedAt)}; validation as of {printDate(report.asOf)} with reference data{' '}
        {report.dataVersion}. One summary per licence follows, in this order.
      </p>
      <table className="print-table cover-table">
        <TableHead
          columns={[
            '#',
            'Reference',
            'Licence number',
            'Importer',
            'Status',
            'Expected import',
            numeric('Lines', 'num'),
            numeric('Quantity', 'num'),
            numeric('Customs value', 'num'),
          ]}
        />
        <tbody>
          {report.licences.map((doc, i) => (
            <tr key={doc.licence.id}>
              <td>{i + 1}</td>
              <td>{orDash(doc.licence.reference)}</td>
              <td className="print-mono">{orDash(doc.licence.licenceNumber)}</td>
              <td>{orDash(doc.licence.importerName)}</td>
              <td>{licenceStatusLabels[doc.licence.status]}</td>
              <td>{printDate(doc.licence.expectedImportDate)}</td>
              <td className="num">{doc.lines.length}</td>
              <td className="num">{printKg(doc.totals.quantityKg)}</td>
              <td className="num">{printUsd(doc.totals.valueUsd)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={6}>
              Total, {countOf(report.licences.length, 'licence')}
            </th>
            <td className="num">{printCount(report.licences.reduce((sum, doc) => sum + doc.lines.length, 0))}</td>
            <td className="num">{printKg(totalKg)}</td>
            <td className="num">{printUsd(totalUsd)}</td>
          </tr>
        </tfoot>
      </table>
    </PrintSheet>
  );
}

/** A batch (cover, then one summary per licence) or a single summary without a cover. */
export function SummariesDocument({ report, reference }: { report: SummaryReport; reference: ReferenceIndex | null }) {
  if (report.licences.length === 0) {
    return <p className="print-empty">{report.selectionLabel}: there is nothing to print.</p>;
  }
  return (
    <>
      {report.licences.length > 1 ? <CoverSheet report={report} /> : null}
      {report.licences.map((doc) => (
        <LicenceSummarySheet
          key={doc.licence.id}
          doc={doc}
          filer={report.filer}
          reference={reference}
          generatedAt={report.generatedAt}
        />
      ))}
    </>
  );
}
