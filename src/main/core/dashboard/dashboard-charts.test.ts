import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { DashboardCharts } from '#shared/contract/dashboard';

import { coreCall } from '../../../../tests/support/core-call';
import { validDraft, validLine } from '../../../../tests/support/licence-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';
import { maxBars } from './dashboard-charts';

let core: TempCore;
beforeEach(() => {
  core = tempCore('2026-03-02T15:00:00.000Z');
});
afterEach(() => core.dispose());

const charts = (query: unknown = {}) => coreCall(core)<DashboardCharts>('dashboard.charts', query);
const bucket = (list: DashboardCharts['byMonth'], key: string) => list.find((b) => b.key === key);

describe('dashboard charts', () => {
  it('sum kilograms and value by smelt and cast country, month and heading, leaving cancelled licences out', async () => {
    core.licences.create(
      validDraft({
        lines: [
          validLine(),
          validLine({
            htsCode: '7607.11.30.00',
            quantityKg: 1000,
            valueUsd: 4000,
            smeltCountryLargest: 'AE',
            castCountry: 'AE',
          }),
        ],
      }),
    );
    core.licences.create(
      validDraft({
        expectedExportDate: '2026-04-01',
        expectedImportDate: '2026-04-10',
        lines: [validLine({ quantityKg: 500, valueUsd: 1750.5 })],
      }),
    );
    const cancelled = core.licences.create(validDraft({ lines: [validLine({ quantityKg: 99999, valueUsd: 999999 })] }));
    core.licences.transition([cancelled.id], 'cancelled', '');

    const result = await charts({ importFrom: '2026-01-01', importTo: '2026-06-30' });
    expect(result.totals).toEqual({ quantityKg: 20000, valueUsd: 70500.5, lines: 3, licences: 2 });
    expect(result.bySmeltCountry).toEqual([
      { key: 'CA', quantityKg: 19000, valueUsd: 66500.5, lines: 2, licences: 2 },
      { key: 'AE', quantityKg: 1000, valueUsd: 4000, lines: 1, licences: 1 },
    ]);
    expect(result.byCastCountry.map((b) => b.key)).toEqual(['CA', 'AE']);
    expect(result.byHeading.map((b) => [b.key, b.valueUsd])).toEqual([
      ['7606', 66500.5],
      ['7607', 4000],
    ]);
    // Every month of the period is on the axis, empty ones as zero.
    expect(result.byMonth.map((b) => b.key)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(bucket(result.byMonth, '2026-03')).toMatchObject({ quantityKg: 19500, valueUsd: 68750, licences: 1 });
    expect(bucket(result.byMonth, '2026-02')).toMatchObject({ quantityKg: 0, valueUsd: 0 });
    expect(result.byStatus).toEqual([
      { status: 'cancelled', count: 1 },
      { status: 'draft', count: 2 },
    ]);
  });

  it('fold the smallest countries into one OTHER bar so a chart stays readable', async () => {
    const countries = ['CA', 'AE', 'IN', 'NO', 'BH', 'CN', 'DE', 'MX', 'ZA', 'TR', 'IS', 'QA'];
    countries.forEach((code, i) =>
      core.licences.create(
        validDraft({ lines: [validLine({ smeltCountryLargest: code, castCountry: code, valueUsd: 10000 * (i + 1) })] }),
      ),
    );
    const { bySmeltCountry } = await charts();
    expect(bySmeltCountry).toHaveLength(maxBars);
    expect(bySmeltCountry[0]!.key).toBe('QA');
    expect(bySmeltCountry.at(-1)).toMatchObject({ key: 'OTHER', valueUsd: 10000 + 20000 + 30000, lines: 3 });
  });
});
