import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelMinZoom, labelPoint, ringArea, ringCentroid } from './label-point.js';

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('label points', () => {
  it('puts the label in the largest part of a country', () => {
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: [[square(-60, 4, 1)], [square(0, 44, 8)]],
    };
    expect(labelPoint(geometry)).toEqual({ position: [4, 48], area: 64 });
  });

  it('finds the centre of any rectangle, whichever way it winds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -170, max: 160 }),
        fc.integer({ min: -80, max: 70 }),
        fc.integer({ min: 1, max: 10 }),
        fc.boolean(),
        (x, y, size, reverse) => {
          const ring = square(x, y, size);
          if (reverse) ring.reverse();
          const [cx, cy] = ringCentroid(ring);
          expect(cx).toBeCloseTo(x + size / 2, 9);
          expect(cy).toBeCloseTo(y + size / 2, 9);
          expect(Math.abs(ringArea(ring))).toBeCloseTo(size * size, 9);
        },
      ),
    );
  });

  it('shows large countries first', () => {
    expect(labelMinZoom(500)).toBeLessThan(labelMinZoom(10));
    expect(labelMinZoom(0.1)).toBeGreaterThan(labelMinZoom(10));
  });
});
