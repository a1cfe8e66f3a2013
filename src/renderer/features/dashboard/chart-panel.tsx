import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { formatCount, formatKg, formatUsd } from '#renderer/format/numbers';

export type Metric = 'valueUsd' | 'quantityKg' | 'count';

export interface ChartDatum {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const compactUsd = new Intl.NumberFormat('en-US', {
  notation: 'compact',
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 1,
});

export const metricUnits: Record<Metric, string> = {
  valueUsd: 'customs value (US$)',
  quantityKg: 'quantity (kg)',
  count: 'licences',
};
const axisFormat: Record<Metric, (v: number) => string> = {
  valueUsd: (v) => compactUsd.format(v),
  quantityKg: (v) => `${compact.format(v)} kg`,
  count: (v) => formatCount(v),
};
export const fullFormat: Record<Metric, (v: number) => string> = {
  valueUsd: (v) => formatUsd(v, 0),
  quantityKg: (v) => formatKg(Math.round(v)),
  count: (v) => formatCount(v),
};

/**
 * One bar chart with its title and, under it, the same numbers as a table (for screen readers
 * and for anyone who wants the exact figure). Bars run sideways for long labels (countries).
 */
export function ChartPanel({
  id,
  title,
  data,
  metric,
  sideways = false,
  emptyText,
}: {
  id: string;
  title: string;
  data: readonly ChartDatum[];
  metric: Metric;
  sideways?: boolean;
  emptyText: string;
}) {
  const height = sideways ? Math.max(140, 34 * data.length + 40) : 260;
  const describe = data.map((d) => `${d.label}: ${fullFormat[metric](d.value)}`).join('; ');
  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`} className="chart-title">
        {title}
      </h3>
      {data.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <>
          <div className="chart-box">
            <ResponsiveContainer width="100%" height={height}>
              <BarChart
                data={[...data]}
                layout={sideways ? 'vertical' : 'horizontal'}
                margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
                title={title}
                desc={describe}
              >
                <CartesianGrid
                  strokeDasharray="3 3"
                  stroke="var(--border)"
                  horizontal={!sideways}
                  vertical={sideways}
                />
                {sideways ? (
                  <>
                    <XAxis
                      type="number"
                      tickFormatter={axisFormat[metric]}
                      tick={{ fontSize: 12 }}
                      allowDecimals={metric !== 'count'}
                    />
                    <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} interval={0} />
                  </>
                ) : (
                  <>
                    <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
                    <YAxis
                      tickFormatter={axisFormat[metric]}
                      tick={{ fontSize: 12 }}
                      width={64}
                      allowDecimals={metric !== 'count'}
                    />
                  </>
                )}
                <Tooltip
                  formatter={(value) => [fullFormat[metric](Number(value)), metricUnits[metric]]}
                  cursor={{ fill: 'var(--surface-2)' }}
                />
                <Bar
                  dataKey="value"
                  name={metricUnits[metric]}
                  fill="var(--accent)"
                  radius={sideways ? [0, 3, 3, 0] : [3, 3, 0, 0]}
                  maxBarSize={42}
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <details className="chart-numbers">
            <summary>Numbers</summary>
            <table className="chart-table">
              <caption className="visually-hidden">{title}</caption>
              <tbody>
                {data.map((d) => (
                  <tr key={d.key}>
                    <th scope="row">{d.label}</th>
                    <td>{fullFormat[metric](d.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
