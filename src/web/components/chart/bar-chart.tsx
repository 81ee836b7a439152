import { useI18n } from '../../i18n/i18n.js';
import { ChartLegend, ChartTable } from './chart-table.js';
import { seriesColor, valueExtent } from './scale.js';
import type { BarRow } from './types.js';

/** Props of `BarChart`. */
export interface BarChartProps {
  /** Accessible name and caption. */
  label: string;
  /** One row per item, in the order to show (rank them before). */
  rows: readonly BarRow[];
  /** What each value of a row is: one bar per series. */
  series: readonly { id: string; label: string; color?: string }[];
  formatValue?: (value: number) => string;
  /** Legend text of the rows' markers (e.g. "fair share"). */
  markerLabel?: string;
}

/**
 * Ranked horizontal bars: one row per item, one bar per series, an optional reference marker
 * per row. Built of HTML so that labels wrap and stay sharp at any width (phones included);
 * the figures are repeated in a hidden table.
 */
export function BarChart({ label, rows, series, formatValue, markerLabel }: BarChartProps) {
  const { t, format } = useI18n();
  const fmt = formatValue ?? ((v: number) => format.number(v));
  if (rows.length === 0 || series.length === 0)
    return (
      <figure className="chart">
        <figcaption className="chart__caption">{label}</figcaption>
        <p className="chart__empty">{t('chart.noData')}</p>
      </figure>
    );
  const [, max] = valueExtent(
    rows.map((r) => ({ values: r.values })),
    false,
    rows.flatMap((r) => (r.marker === undefined ? [] : [r.marker])),
  );
  const scale = max > 0 ? max : 1;
  const colors = series.map((s, i) => seriesColor(i, s.color));
  const percent = (v: number) => `${Math.max(0, Math.min(100, (v / scale) * 100)).toFixed(2)}%`;
  const hasMarkers = rows.some((r) => r.marker !== undefined);
  return (
    <figure className="chart chart--bars">
      <figcaption className="chart__caption">{label}</figcaption>
      <ol className="bar-chart">
        {rows.map((row) => (
          <li key={row.id} className="bar-chart__row" data-row={row.id}>
            <span className="bar-chart__label">{row.label}</span>
            <span className="bar-chart__bars" aria-hidden="true">
              {series.map((s, i) => {
                const v = row.values[i];
                return (
                  <span key={s.id} className="bar-chart__bar-line">
                    <span
                      className="bar-chart__bar"
                      style={{ width: v ? percent(v) : '0', background: colors[i] }}
                    />
                    <span className="bar-chart__value">{v === null || v === undefined ? '–' : fmt(v)}</span>
                  </span>
                );
              })}
              {row.marker !== undefined && (
                <span
                  className="bar-chart__marker"
                  style={{ left: percent(row.marker) }}
                  title={`${row.markerLabel ?? markerLabel ?? ''} ${fmt(row.marker)}`}
                />
              )}
            </span>
          </li>
        ))}
      </ol>
      <ChartLegend
        items={[
          ...series.map((s, i) => ({ id: s.id, label: s.label, color: colors[i] ?? '' })),
          ...(hasMarkers && markerLabel
            ? [{ id: 'marker', label: markerLabel, color: '#1b2430', marker: true }]
            : []),
        ]}
      />
      <ChartTable
        label={label}
        headers={['', ...series.map((s) => s.label), ...(hasMarkers ? [markerLabel ?? ''] : [])]}
        rows={rows.map((r) => ({
          key: r.id,
          label: r.label,
          cells: [
            ...series.map((_, i) => {
              const v = r.values[i];
              return v === null || v === undefined ? '' : fmt(v);
            }),
            ...(hasMarkers ? [r.marker === undefined ? '' : fmt(r.marker)] : []),
          ],
        }))}
      />
    </figure>
  );
}
