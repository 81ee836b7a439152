import { useRef, useState, type MouseEvent } from 'react';
import { useI18n } from '../../i18n/i18n.js';
import { ChartLegend, ChartTable } from './chart-table.js';
import { labelledIndices, linear, niceTicks, seriesColor, valueExtent } from './scale.js';
import type { ChartSeries, ChartThreshold } from './types.js';
import { useWidth } from './use-width.js';

/** Props of `TimeSeriesChart`. */
export interface TimeSeriesChartProps {
  /** Accessible name and caption. */
  label: string;
  /** The ordered x axis: days, hours or steps such as "T+24 h". */
  categories: readonly string[];
  formatCategory?: (category: string) => string;
  series: readonly ChartSeries[];
  /** Lines (default), grouped bars, or stacked bars. */
  kind?: 'line' | 'bar' | 'stacked';
  /** Unit of the values, shown on the y axis. */
  unit?: string;
  formatValue?: (value: number) => string;
  thresholds?: readonly ChartThreshold[];
  /** Height of the plot in pixels (default 260). */
  height?: number;
}

const MARGIN = { top: 14, right: 16, bottom: 30 };

/**
 * Values over an ordered category axis as lines or bars, with reference lines, a legend, a
 * hover read-out and the figures as a hidden table. Drawn in SVG at the element's real width.
 */
export function TimeSeriesChart({
  label,
  categories,
  formatCategory = (c) => c,
  series,
  kind = 'line',
  unit,
  formatValue,
  thresholds = [],
  height = 260,
}: TimeSeriesChartProps) {
  const { t, format } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const [hover, setHover] = useState<number>();
  const fmt = formatValue ?? ((v: number) => format.number(v));

  if (categories.length === 0 || series.length === 0)
    return (
      <figure className="chart">
        <figcaption className="chart__caption">{label}</figcaption>
        <div ref={box} className="chart__plot">
          <p className="chart__empty">{t('chart.noData')}</p>
        </div>
      </figure>
    );

  const [min, max] = valueExtent(
    series,
    kind === 'stacked',
    thresholds.map((th) => th.value),
  );
  const ticks = niceTicks(min, max, Math.max(2, Math.round(height / 60)));
  const tickLabels = ticks.map(fmt);
  const left = Math.min(96, 12 + Math.max(...tickLabels.map((l) => l.length)) * 7);
  const plot = {
    x0: left,
    x1: Math.max(left + 40, width - MARGIN.right),
    // The unit sits above the axis, in a band of its own, clear of the top tick's label.
    y0: MARGIN.top + (unit ? 14 : 0),
    y1: height - MARGIN.bottom,
  };
  const y = linear(ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1, plot.y1, plot.y0);
  const band = (plot.x1 - plot.x0) / Math.max(1, categories.length);
  // Lines put points at band centres, so that lines and bars of the same data align.
  const xCentre = (i: number) => plot.x0 + band * (i + 0.5);
  const shown = labelledIndices(categories.length, plot.x1 - plot.x0, 84);
  const colors = series.map((s, i) => seriesColor(i, s.color));

  const onMove = (e: MouseEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const i = Math.floor((e.clientX - rect.left - plot.x0) / band);
    setHover(i >= 0 && i < categories.length ? i : undefined);
  };

  return (
    <figure className="chart" data-kind={kind}>
      <figcaption className="chart__caption">{label}</figcaption>
      <div ref={box} className="chart__plot">
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={label}
          onMouseMove={onMove}
          onMouseLeave={() => setHover(undefined)}
        >
          {ticks.map((tick, i) => (
            <g key={tick} className="chart__grid">
              <line x1={plot.x0} x2={plot.x1} y1={y(tick)} y2={y(tick)} />
              <text x={plot.x0 - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {tickLabels[i]}
              </text>
            </g>
          ))}
          {unit && (
            <text className="chart__unit" x={4} y={12}>
              {unit}
            </text>
          )}
          {shown.map((i) => (
            <text key={i} className="chart__tick" x={xCentre(i)} y={plot.y1 + 18} textAnchor="middle">
              {formatCategory(categories[i] ?? '')}
            </text>
          ))}
          {kind === 'line' ? (
            <Lines series={series} colors={colors} x={xCentre} y={y} dots={categories.length <= 45} />
          ) : (
            <Bars
              series={series}
              colors={colors}
              x0={plot.x0}
              band={band}
              y={y}
              stacked={kind === 'stacked'}
            />
          )}
          {thresholds.map((th) => (
            <g key={th.label} className="chart__threshold">
              <line x1={plot.x0} x2={plot.x1} y1={y(th.value)} y2={y(th.value)} />
              <text x={plot.x1} y={y(th.value) - 4} textAnchor="end">
                {th.label}
              </text>
            </g>
          ))}
          {hover !== undefined && (
            <line
              className="chart__guide"
              x1={xCentre(hover)}
              x2={xCentre(hover)}
              y1={plot.y0}
              y2={plot.y1}
            />
          )}
        </svg>
        {hover !== undefined && (
          <div
            className="chart__readout"
            style={{ left: Math.min(xCentre(hover) + 8, Math.max(0, width - 180)) }}
            aria-hidden="true"
          >
            <strong>{formatCategory(categories[hover] ?? '')}</strong>
            {series.map((s, i) => {
              const v = s.values[hover];
              return (
                <span key={s.id}>
                  <i style={{ background: colors[i] }} /> {s.label}:{' '}
                  {v === null || v === undefined ? '–' : fmt(v)}
                </span>
              );
            })}
          </div>
        )}
      </div>
      <ChartLegend
        items={[
          ...series.map((s, i) => ({ id: s.id, label: s.label, color: colors[i] ?? '', dashed: s.dashed })),
          ...thresholds.map((th) => ({
            id: `threshold-${th.label}`,
            label: th.label,
            color: '#1b2430',
            dashed: true,
          })),
        ]}
      />
      <ChartTable
        label={label}
        headers={[t('chart.category'), ...series.map((s) => s.label)]}
        rows={categories.map((c, i) => ({
          key: c,
          label: formatCategory(c),
          cells: series.map((s) => {
            const v = s.values[i];
            return v === null || v === undefined ? '' : fmt(v);
          }),
        }))}
      />
    </figure>
  );
}

function Lines({
  series,
  colors,
  x,
  y,
  dots,
}: {
  series: readonly ChartSeries[];
  colors: readonly string[];
  x: (i: number) => number;
  y: (v: number) => number;
  dots: boolean;
}) {
  return (
    <g className="chart__lines">
      {series.map((s, si) => {
        // A gap in the data breaks the line rather than drawing through it.
        let d = '';
        let pen = false;
        s.values.forEach((v, i) => {
          if (v === null || !Number.isFinite(v)) {
            pen = false;
            return;
          }
          d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
          pen = true;
        });
        return (
          <g key={s.id} data-series={s.id}>
            <path
              d={d}
              fill="none"
              stroke={colors[si]}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '6 4' : undefined}
            />
            {dots &&
              s.values.map((v, i) =>
                v === null || !Number.isFinite(v) ? null : (
                  <circle key={i} cx={x(i)} cy={y(v)} r={s.dashed ? 2 : 3} fill={colors[si]} />
                ),
              )}
          </g>
        );
      })}
    </g>
  );
}

function Bars({
  series,
  colors,
  x0,
  band,
  y,
  stacked,
}: {
  series: readonly ChartSeries[];
  colors: readonly string[];
  x0: number;
  band: number;
  y: (v: number) => number;
  stacked: boolean;
}) {
  const inner = band * 0.8;
  const count = Math.max(0, ...series.map((s) => s.values.length));
  const rects = [];
  for (let i = 0; i < count; i++) {
    let up = 0;
    let down = 0;
    for (let si = 0; si < series.length; si++) {
      const v = series[si]?.values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      let from: number;
      let to: number;
      let left: number;
      let barWidth: number;
      if (stacked) {
        from = v >= 0 ? up : down;
        to = from + v;
        if (v >= 0) up = to;
        else down = to;
        left = x0 + band * i + (band - inner) / 2;
        barWidth = inner;
      } else {
        from = 0;
        to = v;
        barWidth = inner / series.length;
        left = x0 + band * i + (band - inner) / 2 + barWidth * si;
      }
      const top = Math.min(y(from), y(to));
      rects.push(
        <rect
          key={`${si}-${i}`}
          x={left}
          y={top}
          width={Math.max(1, barWidth - 1)}
          height={Math.max(0, Math.abs(y(from) - y(to)))}
          fill={colors[si]}
          fillOpacity={series[si]?.dashed ? 0.45 : 1}
        />,
      );
    }
  }
  return <g className="chart__bars">{rects}</g>;
}
