import type { Goal } from './goal.js';
import { GOAL_MET } from './power.types.js';

/** Exact Shapley and Banzhaf values of a small game, and its minimal blocking sets. */
export interface ExactPower {
  shapley: number[];
  banzhaf: number[];
  /** Minimal blocking sets as player indices, smallest first. */
  minimalBlocking: number[][];
  blockingComplete: boolean;
}

/**
 * Enumerates all 2^n coalitions once (v is evaluated 2^n times, memoised in a table) and
 * derives both values from the same table in O(n·2^n): φ_i = Σ_S |S|!(n−|S|−1)!/n! ·
 * (v(S∪{i}) − v(S)) and β_i = Σ_S (v(S∪{i}) − v(S)) / 2^(n−1), over S ⊆ N∖{i}.
 * Meant for n ≤ ~20 (a million coalitions).
 */
export function exactPower(goal: Goal, maxBlockingSets: number): ExactPower {
  const n = goal.players.length;
  if (n > 26) throw new RangeError(`exact enumeration of ${n} players is too large`);
  const size = 2 ** n;
  const v = new Float64Array(size);
  const popcount = new Uint8Array(size);
  const members = new Uint8Array(n);
  for (let mask = 0; mask < size; mask++) {
    for (let i = 0; i < n; i++) members[i] = (mask >>> i) & 1;
    v[mask] = goal.value(members);
    if (mask > 0) popcount[mask] = popcount[mask >>> 1]! + (mask & 1);
  }
  // weight[s] = s!(n−s−1)!/n! = 1 / (n · C(n−1, s))
  const weight = new Float64Array(Math.max(n, 1));
  let binom = 1;
  for (let s = 0; s < n; s++) {
    weight[s] = 1 / (n * binom);
    binom = (binom * (n - 1 - s)) / (s + 1);
  }
  const shapley = new Array<number>(n).fill(0);
  const swings = new Array<number>(n).fill(0);
  for (let mask = 0; mask < size; mask++) {
    const base = v[mask]!;
    const w = weight[popcount[mask]!]!;
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if (mask & bit) continue;
      const d = v[mask | bit]! - base;
      if (d !== 0) {
        shapley[i]! += w * d;
        swings[i]! += d;
      }
    }
  }
  const half = 2 ** (n - 1);
  const banzhaf = swings.map((s) => (n === 0 ? 0 : s / half));

  const full = size - 1;
  const minimalBlocking: number[][] = [];
  let blockingComplete = true;
  if (v[full]! >= GOAL_MET) {
    const blocking = (b: number) => v[full ^ b]! < GOAL_MET;
    const found: number[] = [];
    for (let b = 1; b < size; b++) {
      if (!blocking(b)) continue;
      let minimal = true;
      for (let i = 0; i < n && minimal; i++) {
        const bit = 1 << i;
        if (b & bit && blocking(b ^ bit)) minimal = false;
      }
      if (minimal) found.push(b);
    }
    found.sort((a, b) => popcount[a]! - popcount[b]! || a - b);
    if (found.length > maxBlockingSets) blockingComplete = false;
    for (const b of found.slice(0, maxBlockingSets)) {
      const set: number[] = [];
      for (let i = 0; i < n; i++) if (b & (1 << i)) set.push(i);
      minimalBlocking.push(set);
    }
  }
  return { shapley, banzhaf, minimalBlocking, blockingComplete };
}
