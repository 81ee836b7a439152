import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelledIndices, linear, niceTicks, seriesColor, valueExtent } from './scale.js';

describe('niceTicks', () => {
  it('gives round steps covering the range', () => {
    expect(niceTicks(0, 97)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-3, 7, 5)).toEqual([-4, -2, 0, 2, 4, 6, 8]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
    expect(niceTicks(5, 5)).toEqual([0, 5]);
  });

  it('always covers the data with evenly spaced ticks (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const ticks = niceTicks(lo, hi);
          // Differences below a millionth of the magnitude are flat for an axis.
          const tolerance = Math.max(Math.abs(lo), Math.abs(hi)) * 1e-6 + 1e-9;
          expect(ticks[0]).toBeLessThanOrEqual(lo + tolerance);
          expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(hi - tolerance);
          expect(ticks.length).toBeLessThanOrEqual(12);
          for (let i = 1; i < ticks.length; i++) expect(ticks[i]).toBeGreaterThan(ticks[i - 1] ?? 0);
        },
      ),
    );
  });
});

describe('linear', () => {
  it('maps the domain onto the range, inverted axes included', () => {
    const y = linear(0, 100, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(100);
    expect(y(100)).toBe(0);
    expect(linear(3, 3, 10, 20)(3)).toBe(10);
  });
});

describe('valueExtent', () => {
  it('spans zero, the values and the thresholds; stacked sums per category', () => {
    const series = [{ values: [1, 4, null] }, { values: [2, -1, 3] }];
    expect(valueExtent(series, false)).toEqual([-1, 4]);
    expect(valueExtent(series, true)).toEqual([-1, 4]);
    expect(valueExtent([{ values: [1, 2] }, { values: [3, 5] }], true)).toEqual([0, 7]);
    expect(valueExtent([{ values: [1] }], false, [9])).toEqual([0, 9]);
  });
});

describe('labelledIndices', () => {
  it('keeps every label when they fit and thins them otherwise, always with the last', () => {
    expect(labelledIndices(4, 400, 50)).toEqual([0, 1, 2, 3]);
    expect(labelledIndices(30, 300, 60)).toEqual([0, 6, 12, 18, 29]);
    expect(labelledIndices(0, 300, 60)).toEqual([]);
  });
});

describe('seriesColor', () => {
  it('cycles the palette and honours a series colour', () => {
    expect(seriesColor(0)).toBe(seriesColor(8));
    expect(seriesColor(1, '#123456')).toBe('#123456');
  });
});
