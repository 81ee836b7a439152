/** One party's power over a goal. Values are fractions (0..1), not percentages. */
export interface PartyPower {
  party: string;
  /** Shapley value: the party's expected marginal contribution over all join orders. */
  shapley: number;
  /** Half-width of the 95 % confidence interval of `shapley`; 0 when exact. */
  shapleyHalfWidth: number;
  /** Banzhaf value: the share of coalitions of the others in which the party is a swing. */
  banzhaf: number;
  /** Half-width of the 95 % confidence interval of `banzhaf`; 0 when exact. */
  banzhafHalfWidth: number;
  /** Normalised Banzhaf index: `banzhaf` divided by the sum over all parties (0 when none swings). */
  banzhafIndex: number;
}

/** How the values were obtained. */
export type PowerMethod = 'exact-enumeration' | 'exact-weighted' | 'monte-carlo';

/** Each party's power over a goal and the minimal sets of parties whose absence breaks it. */
export interface Pivotality {
  method: PowerMethod;
  /** True when the goal is met with every party taking part; otherwise all powers are 0. */
  grandCoalitionMeetsGoal: boolean;
  /** Confidence level of the stated half-widths. */
  confidence: 0.95;
  /** Number of sampled join orders (Shapley) and coalitions (Banzhaf) for Monte Carlo; else 0. */
  samples: { shapley: number; banzhaf: number };
  /** Seed of the sampler, so that an estimate can be reproduced. */
  seed: number;
  players: PartyPower[];
  /**
   * Minimal sets of parties whose absence breaks the goal (minimal blocking coalitions), the
   * smallest first. A set of one is a veto player.
   */
  minimalBlockingSets: string[][];
  /** False when the search stopped at `maxBlockingSetSize` or `maxBlockingSets`. */
  blockingSetsComplete: boolean;
}

/** Options of `pivotality`. */
export interface PivotalityOptions {
  /** Games with at most this many players are enumerated exactly (default 20). */
  maxExactPlayers?: number;
  /** Target 95 % half-width of Monte Carlo estimates, as a fraction (default 0.01 = 1 pp). */
  targetHalfWidth?: number;
  /** Upper bound on samples per estimate (default 200,000). */
  maxSamples?: number;
  /** Seed of the sampler (default 1). */
  seed?: number;
  /** Largest blocking set searched for in games that are neither small nor weighted (default 3). */
  maxBlockingSetSize?: number;
  /** Most minimal blocking sets returned (default 500). */
  maxBlockingSets?: number;
  /** Force Monte Carlo even where an exact method applies (to check estimates against exact values). */
  forceMonteCarlo?: boolean;
}

/** The value at which a goal counts as met: characteristic functions are normalised to 1. */
export const GOAL_MET = 1 - 1e-9;

/** z for a two-sided 95 % normal interval. */
export const Z95 = 1.959963984540054;
