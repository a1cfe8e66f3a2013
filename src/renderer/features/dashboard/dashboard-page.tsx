import { Link } from 'wouter';
import type { AttentionItem } from '../../../shared/contract/dashboard';
import { displayDate } from '../../../shared/dates/iso-date';
import { licenceStatuses, licenceStatusLabels } from '../../../shared/licence/licence-status';
import { useRpc } from '../../api/client-context';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { formatCount } from '../../format/numbers';

const reasons: Record<AttentionItem['reason'], string> = {
  rejected: 'Rejected by the portal: fix and file again',
  'import-date-past': 'Expected import date has passed',
  'file-soon': 'Import within two weeks: file it',
  expiring: 'Licence validity ends soon',
  'has-errors': 'Draft has errors to fix',
};

export function DashboardPage() {
  const summary = useRpc('dashboard.summary', { horizonDays: 14 });
  const profile = useRpc('profile.get', {});
  const counts = new Map((summary.data?.byStatus ?? []).map((s) => [s.status, s.count]));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return (
    <>
      <PageHeader title="Dashboard" subtitle={summary.data ? `Today is ${displayDate(summary.data.asOf)}.` : undefined} />
      {profile.data === null ? (
        <p className="banner banner-info">
          Start by entering your company as filer in <Link href="/settings">Settings</Link>; it is the applicant on every licence.
        </p>
      ) : null}
      <section className="card" aria-labelledby="attention-title">
        <h2 id="attention-title" className="card-title">
          Needs attention
        </h2>
        {summary.data && summary.data.attention.length === 0 ? <p className="muted">Nothing is waiting on you.</p> : null}
        <ul className="attention-list">
          {(summary.data?.attention ?? []).map((item) => (
            <li key={`${item.id}-${item.reason}`} className={`attention attention-${item.reason}`}>
              <Link href={`/licences/${item.id}`} className="attention-link">
                <span className="cell-title">{item.reference || item.importerName || 'Untitled draft'}</span>
                <span className="muted">{reasons[item.reason]}</span>
              </Link>
              <StatusBadge status={item.status} />
              <span>{item.expectedImportDate ? `Import ${displayDate(item.expectedImportDate)}` : ''}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="status-title">
        <h2 id="status-title" className="card-title">
          Licences by step ({formatCount(total)})
        </h2>
        <div className="status-tiles">
          {licenceStatuses.map((status) => (
            <div key={status} className="status-tile">
              <span className="status-tile-count">{formatCount(counts.get(status) ?? 0)}</span>
              <span className="status-tile-label">{licenceStatusLabels[status]}</span>
            </div>
          ))}
        </div>
      </section>
    </>
  );
}
