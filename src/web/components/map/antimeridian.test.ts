import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrapRing } from './antimeridian.js';

describe('unwrapRing', () => {
  it('continues a ring east of 180° instead of jumping to -180°', () => {
    expect(
      unwrapRing([
        [178, 66],
        [-179, 66],
        [-179, 65],
        [178, 65],
        [178, 66],
      ]),
    ).toEqual([
      [178, 66],
      [181, 66],
      [181, 65],
      [178, 65],
      [178, 66],
    ]);
  });

  it('never leaves a step wider than 180° and keeps each point on the same meridian modulo 360°', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -180, max: 180, noNaN: true }),
            fc.double({ min: -85, max: 85, noNaN: true }),
          ),
          {
            minLength: 2,
          },
        ),
        (ring) => {
          const out = unwrapRing(ring.map(([a, b]) => [a, b]));
          for (let i = 0; i < out.length; i++) {
            expect(out[i]![1]).toBe(ring[i]![1]);
            const k = (out[i]![0]! - ring[i]![0]) / 360;
            expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
            if (i > 0) expect(Math.abs(out[i]![0]! - out[i - 1]![0]!)).toBeLessThanOrEqual(180);
          }
        },
      ),
    );
  });
});
