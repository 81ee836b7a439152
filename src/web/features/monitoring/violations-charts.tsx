import { useState } from 'react';
import { useApi } from '../../api/use-api.js';
import { TimeSeriesChart, type ChartSeries } from '../../components/chart/index.js';
import { SelectField } from '../../components/form.js';
import { Async } from '../../components/states.js';
import { useI18n } from '../../i18n/i18n.js';
import type { ViolationSeries } from '../../../modules/monitoring/daily-report.series.js';

// More lines than this become unreadable; the rest are summed as "other regions".
const MAX_REGION_LINES = 5;
const TOTAL = '';

const sum = (rows: readonly (readonly number[])[], n: number) =>
  Array.from({ length: n }, (_, i) => rows.reduce((a, r) => a + (r[i] ?? 0), 0));

/**
 * The charts of the reports page: violations per region for each report day up to `last`,
 * and one region (or all) against the period before it, dashed.
 */
export function ViolationsCharts({ first, last }: { first: string; last: string }) {
  const { t, format } = useI18n();
  const series = useApi<ViolationSeries>('reports/daily-series', { from: first, to: last });
  const [region, setRegion] = useState(TOTAL);
  return (
    <Async state={series}>
      {(s) => {
        const n = s.dates.length;
        const top = s.regions.slice(0, MAX_REGION_LINES);
        const rest = s.regions.slice(MAX_REGION_LINES);
        const perRegion: ChartSeries[] = [
          ...top.map((r) => ({ id: r.region, label: r.region, values: r.violations })),
          ...(rest.length > 0
            ? [
                {
                  id: 'other',
                  label: t('monitoring.reports.otherRegions'),
                  values: sum(
                    rest.map((r) => r.violations),
                    n,
                  ),
                },
              ]
            : []),
        ];
        const chosen = s.regions.find((r) => r.region === region);
        const current =
          chosen?.violations ??
          sum(
            s.regions.map((r) => r.violations),
            n,
          );
        const previous =
          chosen?.previous ??
          sum(
            s.regions.map((r) => r.previous),
            n,
          );
        const name = chosen?.region ?? t('monitoring.reports.allRegions');
        const comparison: ChartSeries[] = [
          { id: 'current', label: t('monitoring.reports.thisPeriod', { name }), values: current },
          {
            id: 'previous',
            label: t('monitoring.reports.previousPeriod', {
              from: format.date(s.previousDates[0] ?? ''),
              to: format.date(s.previousDates.at(-1) ?? ''),
            }),
            values: previous,
            dashed: true,
          },
        ];
        return (
          <>
            {s.exercise && <p className="exercise-note">{t('monitoring.reports.exerciseData')}</p>}
            <TimeSeriesChart
              label={t('monitoring.reports.byRegion')}
              categories={s.dates}
              formatCategory={(d) => format.date(d)}
              series={perRegion}
              unit={t('monitoring.reports.unit')}
            />
            <SelectField
              label={t('monitoring.reports.region')}
              value={region}
              onChange={(e) => setRegion(e.target.value)}
              options={[
                [TOTAL, t('monitoring.reports.allRegions')],
                ...s.regions.map((r) => [r.region, r.region] as const),
              ]}
            />
            <TimeSeriesChart
              label={t('monitoring.reports.comparison', { name })}
              categories={s.dates}
              formatCategory={(d) => format.date(d)}
              series={comparison}
              kind="line"
              unit={t('monitoring.reports.unit')}
            />
          </>
        );
      }}
    </Async>
  );
}
