import { seededRandom, type Goal } from './goal.js';
import { GOAL_MET, Z95 } from './power.types.js';

/** Monte Carlo estimates with the half-widths of their 95 % confidence intervals. */
export interface SampledPower {
  shapley: number[];
  shapleyHalfWidth: number[];
  banzhaf: number[];
  banzhafHalfWidth: number[];
  samples: { shapley: number; banzhaf: number };
}

/** Sampling budget: stop when every half-width is at most `target`, or at `maxSamples`. */
export interface SamplingOptions {
  targetHalfWidth: number;
  maxSamples: number;
  seed: number;
}

const BATCH = 500;
// Below this many samples the normal interval is not trusted to stop on.
const MIN_SAMPLES = 2000;

class RunningMoments {
  readonly sum: Float64Array;
  readonly sumSq: Float64Array;
  count = 0;
  constructor(n: number) {
    this.sum = new Float64Array(n);
    this.sumSq = new Float64Array(n);
  }
  mean(i: number): number {
    return this.count === 0 ? 0 : this.sum[i]! / this.count;
  }
  /** Z95 · s/√m with the unbiased sample variance. */
  halfWidth(i: number): number {
    const m = this.count;
    if (m < 2) return Infinity;
    const mean = this.sum[i]! / m;
    const variance = Math.max(0, (this.sumSq[i]! - m * mean * mean) / (m - 1));
    return Z95 * Math.sqrt(variance / m);
  }
  widest(): number {
    let w = 0;
    for (let i = 0; i < this.sum.length; i++) w = Math.max(w, this.halfWidth(i));
    return w;
  }
}

/**
 * Shapley by sampling join orders (Castro, Gómez & Tejada 2009): each random permutation
 * gives every player one marginal contribution, an unbiased draw of its Shapley value.
 * Banzhaf by sampling coalitions uniformly: for each sampled S, every player's swing
 * v(S∪{i}) − v(S∖{i}) is an unbiased draw of its Banzhaf value. Both stop as soon as every
 * 95 % half-width (normal approximation) is within the target.
 */
export function sampledPower(goal: Goal, options: SamplingOptions): SampledPower {
  const n = goal.players.length;
  const random = seededRandom(options.seed);
  const members = new Uint8Array(n);
  const grand = goal.value(members.fill(1));
  const empty = goal.value(members.fill(0));

  const sh = new RunningMoments(n);
  const order = Array.from({ length: n }, (_, i) => i);
  const contribution = new Float64Array(n);
  while (sh.count < options.maxSamples) {
    for (let b = 0; b < BATCH; b++) {
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      members.fill(0);
      contribution.fill(0);
      let previous = empty;
      for (let k = 0; k < n; k++) {
        // Monotone goals gain nothing once the whole coalition's value is reached.
        if (previous >= grand && grand >= GOAL_MET) break;
        const p = order[k]!;
        members[p] = 1;
        const current = goal.value(members);
        contribution[p] = current - previous;
        previous = current;
      }
      for (let i = 0; i < n; i++) {
        const d = contribution[i]!;
        sh.sum[i]! += d;
        sh.sumSq[i]! += d * d;
      }
      sh.count++;
    }
    if (sh.count >= MIN_SAMPLES && sh.widest() <= options.targetHalfWidth) break;
  }

  const bz = new RunningMoments(n);
  while (bz.count < options.maxSamples) {
    for (let b = 0; b < BATCH; b++) {
      for (let i = 0; i < n; i++) members[i] = random() < 0.5 ? 1 : 0;
      const base = goal.value(members);
      for (let i = 0; i < n; i++) {
        const inside = members[i] === 1;
        members[i] = inside ? 0 : 1;
        const flipped = goal.value(members);
        members[i] = inside ? 1 : 0;
        const d = inside ? base - flipped : flipped - base;
        bz.sum[i]! += d;
        bz.sumSq[i]! += d * d;
      }
      bz.count++;
    }
    if (bz.count >= MIN_SAMPLES && bz.widest() <= options.targetHalfWidth) break;
  }

  const idx = Array.from({ length: n }, (_, i) => i);
  return {
    shapley: idx.map((i) => sh.mean(i)),
    shapleyHalfWidth: idx.map((i) => sh.halfWidth(i)),
    banzhaf: idx.map((i) => bz.mean(i)),
    banzhafHalfWidth: idx.map((i) => bz.halfWidth(i)),
    samples: { shapley: sh.count, banzhaf: bz.count },
  };
}

/**
 * Minimal blocking sets of any monotone goal by increasing size, up to `maxSize` members:
 * B is blocking when the goal fails without it, and minimal when no smaller blocking set
 * found earlier is inside it (by monotonicity that is enough).
 */
export function minimalBlockingBySize(
  goal: Goal,
  maxSize: number,
  limit: number,
): { sets: number[][]; complete: boolean } {
  const n = goal.players.length;
  const members = new Uint8Array(n).fill(1);
  if (goal.value(members) < GOAL_MET) return { sets: [], complete: true };
  const sets: number[][] = [];
  const found: Set<number>[] = [];
  const chosen: number[] = [];
  let truncated = false;
  const search = (start: number, size: number): void => {
    if (truncated) return;
    if (chosen.length === size) {
      if (found.some((f) => [...f].every((i) => chosen.includes(i)))) return;
      for (const i of chosen) members[i] = 0;
      const blocked = goal.value(members) < GOAL_MET;
      for (const i of chosen) members[i] = 1;
      if (!blocked) return;
      if (sets.length >= limit) {
        truncated = true;
        return;
      }
      sets.push([...chosen]);
      found.push(new Set(chosen));
      return;
    }
    for (let i = start; i <= n - (size - chosen.length); i++) {
      chosen.push(i);
      search(i + 1, size);
      chosen.pop();
    }
  };
  const top = Math.min(maxSize, n);
  for (let size = 1; size <= top && !truncated; size++) search(0, size);
  return { sets, complete: !truncated && top === n };
}
