import { TableHead } from '#renderer/components/table-head';
import { documentStatusLabels, documentTypeLabels } from '../../../shared/evidence/document-schema';
import type { LicenceSummaryDoc } from '../../../shared/reports/summary-schema';
import { PrintSection } from './print-facts';
import { printBytes, printDate } from './print-format';

/** The supplier documents linked to the lines, each file with the SHA-256 recorded when it was attached. */
export function SupplierEvidence({ doc }: { doc: LicenceSummaryDoc }) {
  const linked = doc.lines.filter((line) => line.supplier || line.product || line.document);
  return (
    <PrintSection title="Supplier evidence">
      {linked.length === 0 ? (
        <p className="print-note">No product line is linked to a supplier or a supplier document.</p>
      ) : (
        <table className="print-table print-evidence">
          <TableHead columns={['#', 'Supplier and product', 'Document', 'Files and SHA-256']} />
          <tbody>
            {linked.map((line) => (
              <tr key={line.id}>
                <td>{line.number}</td>
                <td>
                  {line.supplier?.name ?? '—'}
                  {line.product ? (
                    <span className="print-sub">
                      {line.product.description}
                      {line.product.code ? ` (${line.product.code})` : ''}
                    </span>
                  ) : null}
                </td>
                <td>
                  {line.document ? (
                    <>
                      {documentTypeLabels[line.document.type]}{' '}
                      <span className="print-nowrap">{line.document.reference}</span>
                      <span className="print-sub">
                        Issued {printDate(line.document.issueDate)}, valid until{' '}
                        {line.document.validUntil ? printDate(line.document.validUntil) : 'no end date'}
                      </span>
                      <span className="print-sub">{documentStatusLabels[line.document.status]}</span>
                    </>
                  ) : (
                    'No document linked'
                  )}
                </td>
                <td>
                  {line.document && line.document.files.length > 0
                    ? line.document.files.map((file) => (
                        <span key={file.id} className="print-file">
                          {file.fileName} ({printBytes(file.sizeBytes)})
                          <span className="print-hash">{file.sha256}</span>
                        </span>
                      ))
                    : 'No file attached'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PrintSection>
  );
}
