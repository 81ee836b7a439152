import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByKey } from './sort-by-key.js';

const reference = (keys: readonly number[]) =>
  keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);

describe('ordering positions by key', () => {
  it('orders like a stable comparator sort, with packed integer keys and with any others', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.integer({ min: 0, max: 2 ** 40 })),
          fc.array(fc.integer({ min: 0, max: 5 })),
          fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true })),
        ),
        (keys) => {
          expect([...orderByKey(Float64Array.from(keys))]).toEqual(reference(keys));
        },
      ),
      { numRuns: 300 },
    );
  });
});
