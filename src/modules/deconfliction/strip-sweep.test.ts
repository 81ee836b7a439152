import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sweepStrips, type SweepColumns } from './strip-sweep.js';

const itemArb: fc.Arbitrary<Item> = fc.record({
  start: fc.integer({ min: 0, max: 100 }),
  length: fc.integer({ min: 0, max: 30 }),
  west: fc.double({ min: -5, max: 5, noNaN: true }),
  width: fc.oneof(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 12, noNaN: true })),
  south: fc.double({ min: -2, max: 2, noNaN: true }),
  height: fc.double({ min: 0, max: 1, noNaN: true }),
});

interface Item {
  start: number;
  length: number;
  west: number;
  width: number;
  south: number;
  height: number;
}

function columns(items: readonly Item[]): SweepColumns {
  const sorted = [...items].sort((x, y) => x.start - y.start);
  return {
    starts: Float64Array.from(sorted, (x) => x.start),
    ends: Float64Array.from(sorted, (x) => x.start + x.length),
    west: Float64Array.from(sorted, (x) => x.west),
    south: Float64Array.from(sorted, (x) => x.south),
    east: Float64Array.from(sorted, (x) => x.west + x.width),
    north: Float64Array.from(sorted, (x) => x.south + x.height),
  };
}

describe('the strip sweep', () => {
  it('reports each pair of overlapping windows and meeting boxes exactly once, as one plain sweep does', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 80 }), (items) => {
        const c = columns(items);
        const seen: string[] = [];
        sweepStrips(c, (a, b) => seen.push(`${a}|${b}`));
        const expected: string[] = [];
        for (let a = 0; a < c.starts.length; a++) {
          for (let b = a + 1; b < c.starts.length && c.starts[b]! < c.ends[a]!; b++) {
            const meet = !(
              c.west[b]! > c.east[a]! ||
              c.west[a]! > c.east[b]! ||
              c.south[b]! > c.north[a]! ||
              c.south[a]! > c.north[b]!
            );
            if (meet) expected.push(`${a}|${b}`);
          }
        }
        expect(seen.sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });
});
