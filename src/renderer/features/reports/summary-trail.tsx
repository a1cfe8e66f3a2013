import { TableHead } from '#renderer/components/table-head';
import { licenceStatusLabels } from '../../../shared/licence/licence-status';
import type { LicenceSummaryDoc } from '../../../shared/reports/summary-schema';
import { PrintSection } from './print-facts';
import { printAction, printDate, printDateTime } from './print-format';
import { countOf } from '../../../shared/text/plural';

const severityLabels = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** The rules run for this print: the outcome, on what data, and each finding with its authority. */
export function ValidationSection({ doc }: { doc: LicenceSummaryDoc }) {
  const v = doc.validation;
  const outcome = v.errors > 0 ? `${countOf(v.errors, 'error')} to fix` : 'Valid: no errors';
  const extra = [
    v.warnings > 0 ? `${countOf(v.warnings, 'warning')}` : '',
    v.infos > 0 ? `${countOf(v.infos, 'note')}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <PrintSection title="Validation">
      <p className={`print-verdict ${v.errors > 0 ? 'print-verdict-error' : 'print-verdict-ok'}`}>
        {outcome}
        {extra ? `; ${extra}` : ''}. Checked {printDate(v.asOf)} with reference data {v.dataVersion}.
      </p>
      {doc.licence.rejectionReasons.length > 0 ? (
        <p className="print-note">Rejected by the portal: {doc.licence.rejectionReasons.join('; ')}</p>
      ) : null}
      {v.issues.length > 0 ? (
        <ul className="print-issues">
          {v.issues.map((issue, i) => (
            <li key={`${issue.code}-${issue.path}-${i}`} className={`print-issue print-issue-${issue.severity}`}>
              <strong>{severityLabels[issue.severity]}:</strong> {issue.message}{' '}
              <span className="print-source">({issue.source})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </PrintSection>
  );
}

/** "Company <name@example.com>" → the address alone: the company is the applicant above, the address says who. */
const actorShort = (actor: string): string => /<([^>]+)>\s*$/.exec(actor)?.[1] ?? actor;

/** Each change of state with its time, and every audit entry of the licence with its chain hash. */
export function HistorySection({ doc }: { doc: LicenceSummaryDoc }) {
  return (
    <PrintSection title="Status history and audit trail" className="print-keep">
      <table className="print-table print-history">
        <TableHead columns={['When', 'Status', 'Note']} />
        <tbody>
          {doc.history.map((change, i) => (
            <tr key={`${change.at}-${i}`}>
              <td>{printDateTime(change.at)}</td>
              <td>
                {change.from ? `${licenceStatusLabels[change.from]} → ` : ''}
                {licenceStatusLabels[change.to]}
              </td>
              <td>{change.note || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="print-table print-audit">
        <TableHead columns={['Entry', 'When', 'Action', 'By', 'Hash (SHA-256)']} />
        <tbody>
          {doc.audit.map((entry) => (
            <tr key={entry.seq}>
              <td className="num">{entry.seq}</td>
              <td className="print-nowrap">{printDateTime(entry.at)}</td>
              <td>{printAction(entry.action)}</td>
              <td>{actorShort(entry.actor)}</td>
              <td className="print-hash">{entry.hash}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSection>
  );
}
