import { Link } from 'wouter';
import type { AttentionItem } from '../../../shared/contract/dashboard';
import { displayDate } from '../../../shared/dates/iso-date';
import { useRpc } from '../../api/client-context';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { DashboardCharts } from './dashboard-charts';
import { EvidenceAttention } from './evidence-attention';
import '../../styles/dashboard.css';
import { ErrorBanner } from '../../components/error-banner';
import { Card } from '../../components/card';

const horizonDays = 14;

const reasons: Record<AttentionItem['reason'], string> = {
  rejected: 'Rejected by the portal: fix and file again',
  'import-date-past': 'Expected import date has passed: file it or move the date',
  'file-soon': `Import within ${horizonDays} days: file it before the entry summary`,
  expiring: 'Licence validity ends soon: use it or plan a new one',
  'has-errors': 'Draft has errors to fix',
};

/** What needs doing today, then the imports in pictures. */
export function DashboardPage() {
  const summary = useRpc('dashboard.summary', { horizonDays });
  const profile = useRpc('profile.get', {});
  const today = summary.data?.asOf;
  return (
    <>
      <PageHeader title="Dashboard" subtitle={today ? `Today is ${displayDate(today)}.` : undefined} />
      {profile.data === null ? (
        <p className="banner banner-info">
          Start by entering your company as filer in <Link href="/settings">Settings</Link>; it is the applicant on
          every licence.
        </p>
      ) : null}
      <ErrorBanner message={summary.error?.message} />
      <div className="dashboard-attention">
        <Card titleId="attention-title" title="Licences needing attention">
          {summary.data && summary.data.attention.length === 0 ? (
            <p className="muted">Nothing is waiting on you.</p>
          ) : null}
          <ul className="attention-list">
            {(summary.data?.attention ?? []).map((item) => (
              <li key={`${item.id}-${item.reason}`} className={`attention attention-${item.reason}`}>
                <Link href={`/licences/${item.id}`} className="attention-link">
                  <span className="cell-title">{item.reference || item.importerName || 'Untitled draft'}</span>
                  <span className="muted">{reasons[item.reason]}</span>
                </Link>
                <StatusBadge status={item.status} />
                <span>
                  {item.reason === 'expiring' && item.validThrough
                    ? `Valid through ${displayDate(item.validThrough)}`
                    : item.expectedImportDate
                      ? `Import ${displayDate(item.expectedImportDate)}`
                      : ''}
                </span>
              </li>
            ))}
          </ul>
        </Card>
        <EvidenceAttention />
      </div>
      {today ? <DashboardCharts today={today} /> : null}
    </>
  );
}
