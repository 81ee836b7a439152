import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFullyDelivered } from './pledge-fulfilment.js';

describe('isFullyDelivered', () => {
  it('judges by items when the pledge counts items, whatever the values say', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.option(fc.double({ min: 0, max: 1e10, noNaN: true }), { nil: null }),
        fc.option(fc.double({ min: 0, max: 1e10, noNaN: true }), { nil: null }),
        (itemCount, itemCountDelivered, valueEur, deliveredValueEur) =>
          isFullyDelivered({ itemCount, itemCountDelivered, valueEur, deliveredValueEur }) ===
          itemCountDelivered >= itemCount,
      ),
    );
  });

  it('judges by EUR without an item count, and never without either', () => {
    expect(
      isFullyDelivered({ itemCount: null, itemCountDelivered: null, valueEur: 100, deliveredValueEur: 100 }),
    ).toBe(true);
    expect(
      isFullyDelivered({ itemCount: null, itemCountDelivered: null, valueEur: 100, deliveredValueEur: 99 }),
    ).toBe(false);
    expect(
      isFullyDelivered({ itemCount: null, itemCountDelivered: null, valueEur: null, deliveredValueEur: 5 }),
    ).toBe(false);
    expect(isFullyDelivered({ itemCount: 0, itemCountDelivered: 0, valueEur: 0, deliveredValueEur: 0 })).toBe(
      false,
    );
  });
});
