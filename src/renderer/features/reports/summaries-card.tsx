import { Link, useLocation } from 'wouter';
import { summariesRoute } from '../../../shared/reports/report-selection';
import { RangeForm } from './range-form';
import type { ImportRange } from '../../../shared/reports/report-selection';
import { Card } from '../../components/card';

/** Licence summaries for a period: opens the print preview, from which they print or save as PDF. */
export function SummariesCard({ initial }: { initial: ImportRange }) {
  const [, navigate] = useLocation();
  return (
    <Card titleId="summaries-title" title="Licence summaries">
      <p className="muted">
        One page per licence with every field, the product lines and unit values, the validation, the supplier documents
        with their hashes and the audit trail; a cover table lists them. To print licences you pick yourself, select
        them in the <Link href="/licences">register</Link> and choose Print selected.
      </p>
      <RangeForm
        label="Licence summaries for a period"
        initial={initial}
        submitLabel="Open print preview"
        onSubmit={(range) => navigate(summariesRoute(range))}
      />
    </Card>
  );
}
