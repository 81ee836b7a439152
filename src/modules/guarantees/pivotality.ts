import type { Goal } from './goal.js';
import { exactPower } from './power-exact.js';
import { minimalBlockingBySize, sampledPower } from './power-sampled.js';
import { weightedMinimalBlocking, weightedPower, weightedTableSize } from './power-weighted.js';
import {
  GOAL_MET,
  type PartyPower,
  type Pivotality,
  type PivotalityOptions,
  type PowerMethod,
} from './power.types.js';

export type { PartyPower, Pivotality, PivotalityOptions, PowerMethod } from './power.types.js';

// Above this many DP cells (8 bytes each) a weighted game is estimated rather than solved.
const MAX_WEIGHTED_CELLS = 20_000_000;

/**
 * Who is pivotal for a goal: each party's Shapley and Banzhaf values and the minimal sets of
 * parties whose absence breaks the goal.
 *
 * - weighted threshold goals (`weightedGoal`) are exact at any size by DP over weights;
 * - other goals with at most `maxExactPlayers` (20) parties are enumerated exactly;
 * - larger goals are estimated by Monte Carlo with a 95 % confidence interval of
 *   ±`targetHalfWidth` (1 percentage point by default), reproducible from `seed`.
 *
 * @example
 * pivotality(weightedGoal(['A', 'B', 'C', 'D'], [3, 2, 1, 1], 4)).players
 * // A: Shapley 1/2, Banzhaf 3/4; B, C, D: Shapley 1/6, Banzhaf 1/4
 */
export function pivotality(goal: Goal, options: PivotalityOptions = {}): Pivotality {
  const n = goal.players.length;
  const maxExact = options.maxExactPlayers ?? 20;
  const seed = options.seed ?? 1;
  const maxSets = options.maxBlockingSets ?? 500;
  const all = new Uint8Array(n).fill(1);
  const grandMeets = goal.value(all) >= GOAL_MET;

  let method: PowerMethod;
  let shapley: number[];
  let banzhaf: number[];
  let shapleyHalf = new Array<number>(n).fill(0);
  let banzhafHalf = new Array<number>(n).fill(0);
  let samples = { shapley: 0, banzhaf: 0 };
  let blocking: { sets: number[][]; complete: boolean };

  const weighted = goal.weighted;
  if (!options.forceMonteCarlo && weighted && weightedTableSize(weighted) <= MAX_WEIGHTED_CELLS) {
    method = 'exact-weighted';
    ({ shapley, banzhaf } = weightedPower(weighted));
    blocking = weightedMinimalBlocking(weighted, maxSets);
  } else if (!options.forceMonteCarlo && n <= maxExact) {
    method = 'exact-enumeration';
    const exact = exactPower(goal, maxSets);
    ({ shapley, banzhaf } = exact);
    blocking = { sets: exact.minimalBlocking, complete: exact.blockingComplete };
  } else {
    method = 'monte-carlo';
    const est = sampledPower(goal, {
      targetHalfWidth: options.targetHalfWidth ?? 0.01,
      maxSamples: options.maxSamples ?? 200_000,
      seed,
    });
    ({ shapley, banzhaf, samples } = est);
    shapleyHalf = est.shapleyHalfWidth;
    banzhafHalf = est.banzhafHalfWidth;
    blocking = weighted
      ? weightedMinimalBlocking(weighted, maxSets)
      : minimalBlockingBySize(goal, options.maxBlockingSetSize ?? 3, maxSets);
  }

  const banzhafTotal = banzhaf.reduce((a, b) => a + b, 0);
  const players: PartyPower[] = goal.players.map((party, i) => ({
    party,
    shapley: shapley[i]!,
    shapleyHalfWidth: shapleyHalf[i]!,
    banzhaf: banzhaf[i]!,
    banzhafHalfWidth: banzhafHalf[i]!,
    banzhafIndex: banzhafTotal > 0 ? banzhaf[i]! / banzhafTotal : 0,
  }));
  return {
    method,
    grandCoalitionMeetsGoal: grandMeets,
    confidence: 0.95,
    samples,
    seed,
    players,
    minimalBlockingSets: grandMeets
      ? orderSets(blocking.sets).map((s) => s.map((i) => goal.players[i]!))
      : [],
    blockingSetsComplete: blocking.complete,
  };
}

/** Smallest sets first, then in player order, whichever method found them. */
function orderSets(sets: number[][]): number[][] {
  const sorted = sets.map((s) => [...s].sort((a, b) => a - b));
  return sorted.sort((a, b) => {
    if (a.length !== b.length) return a.length - b.length;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  });
}
