import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planOfflineArea, tilesCovering } from './offline-area.js';

/** The west, north corner of a tile, degrees (the inverse of the XYZ grid). */
function corner(z: number, x: number, y: number): [number, number] {
  const n = 2 ** z;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
  return [(x / n) * 360 - 180, lat];
}

const bounds = fc
  .tuple(
    fc.double({ min: -180, max: 179, noNaN: true }),
    fc.double({ min: -84, max: 84, noNaN: true }),
    fc.double({ min: 0.001, max: 20, noNaN: true }),
    fc.double({ min: 0.001, max: 10, noNaN: true }),
  )
  .map(([w, s, dw, dh]): [number, number, number, number] => [
    w,
    s,
    Math.min(180, w + dw),
    Math.min(85, s + dh),
  ]);

describe('tilesCovering', () => {
  it('gives the whole world at zoom 0 and known tiles over Ukraine', () => {
    expect(tilesCovering([-180, -85, 180, 85], 0)).toEqual([{ z: 0, x: 0, y: 0 }]);
    // Kyiv (30.52° E, 50.45° N) is tile 6/37/21.
    expect(tilesCovering([30.52, 50.45, 30.52, 50.45], 6)).toEqual([{ z: 6, x: 37, y: 21 }]);
  });

  it('covers every corner of the view with tiles that touch it', () => {
    fc.assert(
      fc.property(bounds, fc.integer({ min: 0, max: 12 }), ([w, s, e, n], z) => {
        const tiles = tilesCovering([w, s, e, n], z);
        expect(tiles.length).toBeGreaterThan(0);
        for (const [lon, lat] of [
          [w, s],
          [e, n],
          [w, n],
          [e, s],
        ] as const) {
          const inside = tiles.some((t) => {
            const [west, north] = corner(z, t.x, t.y);
            const [east, south] = corner(z, t.x + 1, t.y + 1);
            return lon >= west - 1e-9 && lon <= east + 1e-9 && lat <= north + 1e-9 && lat >= south - 1e-9;
          });
          expect(inside).toBe(true);
        }
        expect(new Set(tiles.map((t) => `${t.x}/${t.y}`)).size).toBe(tiles.length);
      }),
    );
  });
});

describe('planOfflineArea', () => {
  it('keeps whole zooms, coarse first, within the budget', () => {
    fc.assert(
      fc.property(
        bounds,
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 2000 }),
        (view, minZoom, extra, budget) => {
          const plan = planOfflineArea(view, minZoom, minZoom + extra, budget);
          expect(plan.tiles.length).toBeLessThanOrEqual(budget);
          if (plan.deepest === undefined) {
            expect(plan.tiles).toEqual([]);
            expect(tilesCovering(view, minZoom).length).toBeGreaterThan(budget);
            return;
          }
          const expected = [];
          for (let z = minZoom; z <= plan.deepest; z++) expected.push(...tilesCovering(view, z));
          expect(plan.tiles).toEqual(expected);
          // It stopped at the budget or at the deepest zoom asked for.
          if (plan.deepest < minZoom + extra)
            expect(plan.tiles.length + tilesCovering(view, plan.deepest + 1).length).toBeGreaterThan(budget);
        },
      ),
    );
  });
});
