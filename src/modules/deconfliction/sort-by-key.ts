/**
 * Positions `0…n-1` ordered by ascending `keys[i]`, ties by position. When keys are
 * non-negative integers small enough that `key × n + i` stays exact in a double, this packs
 * both into one Float64Array and uses its native numeric sort — several times faster than a
 * comparator on tens of thousands of items; otherwise it sorts with a comparator.
 */
export function orderByKey(keys: Float64Array): Int32Array {
  const n = keys.length;
  let max = 0;
  let integral = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (!(k >= 0) || !Number.isInteger(k)) integral = false;
    else if (k > max) max = k;
  }
  const order = new Int32Array(n);
  if (integral && (max + 1) * n < Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = keys[i]! * n + i;
    packed.sort();
    for (let i = 0; i < n; i++) order[i] = packed[i]! % n;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => keys[a]! - keys[b]! || a - b);
}
