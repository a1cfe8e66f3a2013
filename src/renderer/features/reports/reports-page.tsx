import { PageHeader } from '#renderer/components/page-header';
import { localIsoDate } from '#shared/dates/iso-date';

import { AuditPackCard } from './audit-pack-card';
import { FallbackCard } from './fallback-card';
import { HandoffCard } from './handoff-card';
import { PackCheck } from './pack-check';
import { defaultImportRange } from './report-range';
import { SummariesCard } from './summaries-card';

import '#renderer/styles/reports.css';

/** Paper and files for other people: summaries, the fallback form, the broker's data and the auditor's pack. */
export function ReportsPage() {
  const initial = defaultImportRange(localIsoDate(new Date()));
  return (
    <>
      <PageHeader
        title="Reports"
        subtitle="Print licence summaries, fill in the fallback form when the portal is down, hand an entry's data to your customs broker, and pack it all for an auditor."
      />
      <div className="reports-grid">
        <SummariesCard initial={initial} />
        <FallbackCard />
        <HandoffCard />
        <AuditPackCard initial={initial} />
        <PackCheck />
      </div>
    </>
  );
}
