import type { WeightedThreshold } from './goal.js';

/** Exact Shapley–Shubik and Banzhaf values of a weighted threshold game. */
export interface WeightedPower {
  shapley: number[];
  banzhaf: number[];
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * Reduces weights and quota by their common divisor, which leaves the game unchanged
 * (S wins iff Σw ≥ q iff Σw/g ≥ ⌈q/g⌉) and shrinks the DP table.
 */
export function reduceWeighted(game: WeightedThreshold): WeightedThreshold {
  const g = game.weights.reduce((acc, w) => gcd(acc, w), 0);
  if (g <= 1) return game;
  return { weights: game.weights.map((w) => w / g), quota: Math.ceil(game.quota / g) };
}

/** Cells of the DP table `weightedPower` would allocate: (n+1)·quota after reduction. */
export function weightedTableSize(game: WeightedThreshold): number {
  const r = reduceWeighted(game);
  return (r.weights.length + 1) * r.quota;
}

/**
 * Exact values of [q; w1, …, wn] by dynamic programming over weights, in O(n²·q) time and
 * O(n·q) memory, so that 35 parties are exact whatever their number.
 *
 * c[k][w] counts coalitions of size k and weight w < q over all players; removing player i
 * (c_i[k][w] = c[k][w] − c_i[k−1][w−w_i]) gives the counts over the others, and i swings in
 * exactly those coalitions S with q − w_i ≤ w(S) < q. Counts stay below 2^53, so the
 * subtraction is exact in doubles.
 */
export function weightedPower(input: WeightedThreshold): WeightedPower {
  const { weights, quota: q } = reduceWeighted(input);
  const n = weights.length;
  const width = q;
  const c = new Float64Array((n + 1) * width);
  c[0] = 1;
  for (let j = 0; j < n; j++) {
    const wj = weights[j]!;
    for (let k = j; k >= 0; k--) {
      const from = k * width;
      const to = (k + 1) * width;
      for (let w = width - 1; w >= wj; w--) {
        const add = c[from + w - wj]!;
        if (add !== 0) c[to + w]! += add;
      }
    }
  }
  // 1 / (n · C(n−1, k)) = k!(n−k−1)!/n!
  const shapleyWeight = new Float64Array(Math.max(n, 1));
  let binom = 1;
  for (let k = 0; k < n; k++) {
    shapleyWeight[k] = 1 / (n * binom);
    binom = (binom * (n - 1 - k)) / (k + 1);
  }
  const half = 2 ** (n - 1);
  const shapley = new Array<number>(n).fill(0);
  const banzhaf = new Array<number>(n).fill(0);
  const without = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    const wi = weights[i]!;
    if (wi === 0) continue;
    for (let k = 0; k < n; k++) {
      const row = k * width;
      for (let w = 0; w < width; w++) {
        let count = c[row + w]!;
        if (k > 0 && w >= wi) count -= without[row - width + w - wi]!;
        without[row + w] = count;
      }
    }
    let sh = 0;
    let swings = 0;
    const lo = Math.max(0, q - wi);
    for (let k = 0; k < n; k++) {
      const row = k * width;
      let count = 0;
      for (let w = lo; w < width; w++) count += without[row + w]!;
      sh += count * shapleyWeight[k]!;
      swings += count;
    }
    shapley[i] = sh;
    banzhaf[i] = swings / half;
  }
  return { shapley, banzhaf };
}

/**
 * Minimal blocking sets of [q; w]: B blocks when the others fall short, w(N∖B) < q, i.e.
 * w(B) > W − q. Players are taken in descending weight, so the last one added is the lightest
 * and the set is minimal exactly when adding it first crossed the slack. Stops at `limit`.
 */
export function weightedMinimalBlocking(
  game: WeightedThreshold,
  limit: number,
): { sets: number[][]; complete: boolean } {
  const { weights, quota } = game;
  const total = weights.reduce((a, b) => a + b, 0);
  if (total < quota) return { sets: [], complete: true };
  const slack = total - quota;
  const order = weights
    .map((w, i) => ({ w, i }))
    .filter((p) => p.w > 0)
    .sort((a, b) => b.w - a.w || a.i - b.i);
  const suffix = new Array<number>(order.length + 1).fill(0);
  for (let j = order.length - 1; j >= 0; j--) suffix[j] = suffix[j + 1]! + order[j]!.w;
  const sets: number[][] = [];
  let complete = true;
  const chosen: number[] = [];
  const visit = (start: number, weight: number): void => {
    for (let j = start; j < order.length; j++) {
      if (!complete) return;
      if (weight + suffix[j]! <= slack) return;
      const p = order[j]!;
      if (weight + p.w > slack) {
        if (sets.length >= limit) {
          complete = false;
          return;
        }
        sets.push([...chosen, p.i].sort((a, b) => a - b));
      } else {
        chosen.push(p.i);
        visit(j + 1, weight + p.w);
        chosen.pop();
      }
    }
  };
  visit(0, 0);
  sets.sort((a, b) => a.length - b.length || compareLex(a, b));
  return { sets, complete };
}

function compareLex(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
