/**
 * Pure geometry of the charts: axis ticks and value-to-pixel scales. No DOM, so it is tested
 * on its own.
 */

/** Colour-blind-safe categorical palette (Okabe & Ito, 2008), dark enough on white. */
export const PALETTE = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#8a6d00',
  '#56b4e9',
  '#1b2430',
  '#e69f00',
] as const;

/** The colour of the `index`-th series, unless the series names its own. */
export function seriesColor(index: number, own?: string): string {
  return own ?? PALETTE[index % PALETTE.length] ?? '#0072b2';
}

/**
 * "Nice" axis ticks covering `[min, max]`: about `count` steps of 1, 2 or 5 × 10ⁿ, starting at
 * or below `min` and ending at or above `max`. An empty range gets one step above it.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (max < min) [min, max] = [max, min];
  // Below a millionth of the magnitude a range is noise for a chart axis: treat it as flat.
  const magnitude = Math.max(Math.abs(min), Math.abs(max));
  if (magnitude < 1e-9) return [0, 1];
  if (max - min < magnitude * 1e-6) {
    if (max === 0) return [0, 1];
    const step = niceStep(magnitude / Math.max(1, count));
    return max > 0 ? [0, ceilTo(max, step)] : [floorTo(min, step), 0];
  }
  const step = niceStep((max - min) / Math.max(1, count));
  const start = floorTo(min, step);
  const end = ceilTo(max, step);
  const ticks: number[] = [];
  // Rounded to the step's decimals so that 0.1 + 0.2 shows as 0.3.
  const decimals = Math.min(20, Math.max(0, -Math.floor(Math.log10(step))));
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Number(v.toFixed(decimals)));
  return ticks;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function floorTo(value: number, step: number): number {
  return Math.floor(value / step + 1e-9) * step;
}

function ceilTo(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}

/** A linear map from `[d0, d1]` to `[r0, r1]`; a zero-width domain maps to `r0`. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  return span === 0 ? () => r0 : (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** The smallest and largest finite value of the series (stacked: of the per-category sums). */
export function valueExtent(
  series: readonly { values: readonly (number | null)[] }[],
  stacked: boolean,
  thresholds: readonly number[] = [],
): [number, number] {
  let min = 0;
  let max = 0;
  const see = (v: number) => {
    if (v < min) min = v;
    if (v > max) max = v;
  };
  if (stacked) {
    const length = Math.max(0, ...series.map((s) => s.values.length));
    for (let i = 0; i < length; i++) {
      let positive = 0;
      let negative = 0;
      for (const s of series) {
        const v = s.values[i];
        if (v === null || v === undefined || !Number.isFinite(v)) continue;
        if (v >= 0) positive += v;
        else negative += v;
      }
      see(positive);
      see(negative);
    }
  } else {
    for (const s of series) for (const v of s.values) if (v !== null && Number.isFinite(v)) see(v);
  }
  for (const t of thresholds) if (Number.isFinite(t)) see(t);
  return [min, max];
}

/**
 * Which category labels to print on an axis `width` pixels wide, so that labels about
 * `labelWidth` pixels wide do not overlap: every k-th one, always including the last.
 */
export function labelledIndices(count: number, width: number, labelWidth: number): number[] {
  if (count <= 0) return [];
  const fit = Math.max(1, Math.floor(width / Math.max(1, labelWidth)));
  const every = Math.max(1, Math.ceil(count / fit));
  const indices: number[] = [];
  for (let i = 0; i < count; i += every) indices.push(i);
  const last = count - 1;
  // The last label replaces its neighbour if both would not fit.
  if (indices[indices.length - 1] !== last) {
    if (indices.length > 1 && last - (indices[indices.length - 1] ?? 0) < every) indices.pop();
    indices.push(last);
  }
  return indices;
}
