import { useState } from 'react';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import type { ChartBucket } from '../../../shared/contract/dashboard';
import { licenceStatusLabels } from '../../../shared/licence/licence-status';
import { useRpc } from '../../api/client-context';
import { SelectField } from '../../components/select-field';
import { ChartPanel, fullFormat, type ChartDatum, type Metric } from './chart-panel';
import {
  countryLabel,
  headingLabel,
  monthLabel,
  periodLabels,
  periodQuery,
  periods,
  type Period,
} from './chart-labels';
import { ErrorBanner } from '../../components/error-banner';
import { countOf } from '../../../shared/text/plural';

const toData = (
  buckets: readonly ChartBucket[],
  metric: 'valueUsd' | 'quantityKg',
  label: (key: string) => string,
): ChartDatum[] => buckets.map((b) => ({ key: b.key, label: label(b.key), value: b[metric] }));

/** The bar charts that break the period down by one key (heading, smelt country, cast country). */
const breakdowns = [
  { id: 'chart-heading', title: 'By HTS heading', buckets: 'byHeading', label: headingLabel },
  { id: 'chart-smelt', title: 'By country of largest smelt', buckets: 'bySmeltCountry', label: countryLabel },
  { id: 'chart-cast', title: 'By country of most recent cast', buckets: 'byCastCountry', label: countryLabel },
] as const;

/** Where the metal comes from and when it arrives, in pictures; the sums are made by the core in SQL. */
export function DashboardCharts({ today }: { today: string }) {
  const [period, setPeriod] = useState<Period>('recent');
  const [metric, setMetric] = useState<'valueUsd' | 'quantityKg'>('valueUsd');
  const charts = useRpc('dashboard.charts', periodQuery(period, today));
  const data = charts.data;
  const empty = 'No product lines with expected import dates in this period.';

  return (
    <section aria-labelledby="charts-title" className="charts">
      <div className="charts-head">
        <h2 id="charts-title" className="charts-heading">
          Imports at a glance
        </h2>
        <SelectField
          label="Period (expected import date)"
          value={period}
          onChange={setPeriod}
          options={periods.map((id) => ({ id, label: periodLabels[id] }))}
        />
        <ToggleButtonGroup
          className="metric-toggle"
          aria-label="Measure"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[metric]}
          onSelectionChange={(keys) => setMetric([...keys][0] as 'valueUsd' | 'quantityKg')}
        >
          <ToggleButton id="valueUsd" className="metric-option">
            Customs value
          </ToggleButton>
          <ToggleButton id="quantityKg" className="metric-option">
            Kilograms
          </ToggleButton>
        </ToggleButtonGroup>
      </div>
      <ErrorBanner message={charts.error?.message} />
      {data ? (
        <>
          <p className="charts-totals" data-testid="charts-totals">
            {countOf(data.totals.licences, 'licence')}, {countOf(data.totals.lines, 'product line')}:{' '}
            {fullFormat.quantityKg(data.totals.quantityKg)} worth {fullFormat.valueUsd(data.totals.valueUsd)}
            {data.importFrom
              ? ` for import ${monthLabel(data.importFrom.slice(0, 7))} to ${monthLabel(data.importTo.slice(0, 7))}`
              : ''}
            . Cancelled licences are left out.
          </p>
          <div className="charts-grid">
            <ChartPanel
              id="chart-month"
              title="By month of expected import"
              data={toData(data.byMonth, metric, monthLabel)}
              metric={metric}
              emptyText={empty}
            />
            {breakdowns.map(({ id, title, buckets, label }) => (
              <ChartPanel
                key={id}
                id={id}
                title={title}
                data={toData(data[buckets], metric, label)}
                metric={metric}
                sideways
                emptyText={empty}
              />
            ))}
            <ChartPanel
              id="chart-status"
              title="Licences by status"
              data={data.byStatus.map((s) => ({ key: s.status, label: licenceStatusLabels[s.status], value: s.count }))}
              metric={'count' satisfies Metric}
              sideways
              emptyText="No licences for import in this period."
            />
          </div>
        </>
      ) : (
        <p className="muted">Adding up…</p>
      )}
    </section>
  );
}
