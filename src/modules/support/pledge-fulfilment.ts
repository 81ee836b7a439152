/** What deciding fulfilment needs of a pledge: its pledged and delivered items and EUR. */
export interface PledgeDeliveryFigures {
  itemCount: number | null;
  itemCountDelivered: number | null;
  valueEur: number | null;
  deliveredValueEur: number | null;
}

/**
 * Whether a pledge is fully delivered: every pledged item delivered when it counts items,
 * else its whole EUR value delivered. A pledge with neither a count nor a value is never
 * fulfilled by deliveries (nothing says when it is complete).
 *
 * @example isFullyDelivered({ itemCount: 4, itemCountDelivered: 4, valueEur: null, deliveredValueEur: 0 }) // true
 */
export function isFullyDelivered(p: PledgeDeliveryFigures): boolean {
  if (p.itemCount !== null && p.itemCount > 0) return (p.itemCountDelivered ?? 0) >= p.itemCount;
  if (p.valueEur !== null && p.valueEur > 0) return (p.deliveredValueEur ?? 0) >= p.valueEur;
  return false;
}
