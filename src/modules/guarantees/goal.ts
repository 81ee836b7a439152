/**
 * A goal of the coalition as a cooperative game: the parties are the players and the goal's
 * characteristic function says, for any set of parties that step up, whether (1) or how far
 * (0..1) the goal is met. Goals are monotone: more parties never make a goal harder to reach.
 *
 * Coalitions are passed as membership vectors (`members[i] === 1` when player `i` takes part),
 * so that 35 parties fit without bigint masks.
 */
export interface Goal {
  /** Player names, usually party codes (`GBR`, `FRA`, …). */
  readonly players: readonly string[];
  /** v(S) for the coalition S given as a membership vector of `players.length` entries. */
  value(members: Uint8Array): number;
  /** Present when the goal is a weighted threshold game, which allows exact DP at any size. */
  readonly weighted?: WeightedThreshold;
}

/** A weighted threshold (weighted voting) game [quota; w1, …, wn]: a coalition wins when its weight reaches the quota. */
export interface WeightedThreshold {
  /** Non-negative integer weight of each player (e.g. troops or capability units offered). */
  readonly weights: readonly number[];
  /** Positive integer quota (e.g. the force requirement). */
  readonly quota: number;
}

/**
 * The weighted threshold game [quota; weights…]; weights and quota must be non-negative
 * integers (scale them first, e.g. to hundreds of troops), the quota positive.
 *
 * @example weightedGoal(['A', 'B', 'C', 'D'], [3, 2, 1, 1], 4) // the [4; 3, 2, 1, 1] game
 */
export function weightedGoal(players: readonly string[], weights: readonly number[], quota: number): Goal {
  if (weights.length !== players.length) {
    throw new RangeError(`weights has ${weights.length} entries for ${players.length} players`);
  }
  weights.forEach((w, i) => {
    if (!Number.isInteger(w) || w < 0) throw new RangeError(`weight ${i} must be a non-negative integer`);
  });
  if (!Number.isInteger(quota) || quota <= 0) throw new RangeError('quota must be a positive integer');
  return {
    players,
    weighted: { weights, quota },
    value(members) {
      let sum = 0;
      for (let i = 0; i < weights.length; i++) if (members[i] === 1) sum += weights[i]!;
      return sum >= quota ? 1 : 0;
    },
  };
}

/**
 * A goal met only when every one of several requirements is met, each a weighted threshold
 * over the same players (e.g. land AND air AND sea lines of the force requirement). Such a
 * goal is monotone but no longer a single weighted game, so large ones are estimated.
 */
export function allOfGoal(
  players: readonly string[],
  requirements: readonly { weights: readonly number[]; quota: number }[],
): Goal {
  for (const r of requirements) {
    if (r.weights.length !== players.length)
      throw new RangeError('each requirement needs one weight per player');
  }
  if (requirements.length === 1)
    return weightedGoal(players, requirements[0]!.weights, requirements[0]!.quota);
  return {
    players,
    value(members) {
      for (const r of requirements) {
        let sum = 0;
        for (let i = 0; i < players.length; i++) if (members[i] === 1) sum += r.weights[i]!;
        if (sum < r.quota) return 0;
      }
      return 1;
    },
  };
}

/** Seeded PRNG (mulberry32), so that estimates are reproducible from their seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
