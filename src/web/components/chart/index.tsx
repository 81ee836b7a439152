/**
 * The shared charts: SVG and HTML, no chart library, loaded only by the pages that import
 * them. Colours come from a colour-blind-safe palette; every chart repeats its figures in a
 * hidden table for screen readers.
 *
 * @example
 * <TimeSeriesChart label={t('monitoring.violationsByRegion')} categories={days}
 *   formatCategory={format.date} series={[{ id: 'now', label: '…', values }]} />
 * <BarChart label={t('support.donorRanking')} rows={rows} series={[{ id: 'eur', label: 'EUR' }]} />
 */
export { BarChart, type BarChartProps } from './bar-chart.js';
export { TimeSeriesChart, type TimeSeriesChartProps } from './time-series-chart.js';
export type { BarRow, ChartSeries, ChartThreshold } from './types.js';
export { PALETTE } from './scale.js';
