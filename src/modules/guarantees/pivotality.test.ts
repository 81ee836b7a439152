import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allOfGoal, weightedGoal, type Goal } from './goal.js';
import { pivotality } from './pivotality.js';

const names = (n: number) => Array.from({ length: n }, (_, i) => `P${String(i).padStart(2, '0')}`);

/** Shapley and Banzhaf straight from their definitions, over every permutation and subset. */
function bruteForce(goal: Goal): { shapley: number[]; banzhaf: number[] } {
  const n = goal.players.length;
  const shapley = new Array<number>(n).fill(0);
  let perms = 0;
  const walk = (order: number[], rest: number[]) => {
    if (rest.length === 0) {
      perms++;
      const m = new Uint8Array(n);
      let prev = goal.value(m);
      for (const p of order) {
        m[p] = 1;
        const cur = goal.value(m);
        shapley[p]! += cur - prev;
        prev = cur;
      }
      return;
    }
    rest.forEach((p, k) => walk([...order, p], [...rest.slice(0, k), ...rest.slice(k + 1)]));
  };
  walk(
    [],
    Array.from({ length: n }, (_, i) => i),
  );
  const banzhaf = new Array<number>(n).fill(0);
  for (let mask = 0; mask < 2 ** n; mask++) {
    const m = new Uint8Array(n);
    for (let i = 0; i < n; i++) m[i] = (mask >> i) & 1;
    for (let i = 0; i < n; i++) {
      if (m[i]) continue;
      const base = goal.value(m);
      m[i] = 1;
      banzhaf[i]! += goal.value(m) - base;
      m[i] = 0;
    }
  }
  return { shapley: shapley.map((s) => s / perms), banzhaf: banzhaf.map((b) => b / 2 ** (n - 1)) };
}

/** The same weighted game without its `weighted` marker, so that it is enumerated. */
const opaque = (g: Goal): Goal => ({ players: g.players, value: (m) => g.value(m) });

const weightedGame = fc
  .integer({ min: 1, max: 7 })
  .chain((n) =>
    fc.record({
      weights: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
      quotaShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
    }),
  )
  .map(({ weights, quotaShare }) => {
    const total = weights.reduce((a, b) => a + b, 0);
    const quota = Math.max(1, Math.ceil(total * quotaShare));
    return weightedGoal(names(weights.length), weights, quota);
  });

describe('pivotality on hand-computable coalitions', () => {
  it('gives the known Shapley–Shubik and Banzhaf indices of [4; 3, 2, 1, 1]', () => {
    const goal = weightedGoal(['A', 'B', 'C', 'D'], [3, 2, 1, 1], 4);
    for (const result of [pivotality(goal), pivotality(opaque(goal))]) {
      const byParty = Object.fromEntries(result.players.map((p) => [p.party, p]));
      expect(byParty.A!.shapley).toBeCloseTo(1 / 2, 12);
      for (const p of ['B', 'C', 'D']) expect(byParty[p]!.shapley).toBeCloseTo(1 / 6, 12);
      expect(byParty.A!.banzhaf).toBeCloseTo(3 / 4, 12);
      for (const p of ['B', 'C', 'D']) expect(byParty[p]!.banzhaf).toBeCloseTo(1 / 4, 12);
      expect(byParty.A!.banzhafIndex).toBeCloseTo(1 / 2, 12);
      expect(byParty.B!.banzhafIndex).toBeCloseTo(1 / 6, 12);
      expect(result.minimalBlockingSets).toEqual([
        ['A', 'B'],
        ['A', 'C'],
        ['A', 'D'],
        ['B', 'C', 'D'],
      ]);
      expect(result.blockingSetsComplete).toBe(true);
      expect(result.players.every((p) => p.shapleyHalfWidth === 0)).toBe(true);
    }
    expect(pivotality(goal).method).toBe('exact-weighted');
    expect(pivotality(opaque(goal)).method).toBe('exact-enumeration');
  });

  it('finds veto players: with UK and France both essential, each is a blocking set alone', () => {
    // Goal: 3 of 4 units with GBR and FRA indispensable (weights 2 and 2 of a quota 5 over total 6).
    const goal = weightedGoal(['GBR', 'FRA', 'CAN', 'EST'], [2, 2, 1, 1], 5);
    const result = pivotality(goal);
    expect(result.minimalBlockingSets).toEqual([['GBR'], ['FRA'], ['CAN', 'EST']]);
  });

  it('treats [51; 49, 49, 2] as symmetric: each party holds one third', () => {
    const result = pivotality(weightedGoal(['X', 'Y', 'Z'], [49, 49, 2], 51));
    for (const p of result.players) {
      expect(p.shapley).toBeCloseTo(1 / 3, 12);
      expect(p.banzhaf).toBeCloseTo(1 / 2, 12);
    }
  });

  it('answers an unreachable goal with zero power and no blocking sets', () => {
    const result = pivotality(weightedGoal(['A', 'B'], [1, 1], 5));
    expect(result.grandCoalitionMeetsGoal).toBe(false);
    expect(result.players.every((p) => p.shapley === 0 && p.banzhaf === 0)).toBe(true);
    expect(result.minimalBlockingSets).toEqual([]);
  });

  it('handles a goal over several requirements (land and air) exactly', () => {
    const goal = allOfGoal(
      ['GBR', 'FRA', 'TUR'],
      [
        { weights: [2, 2, 0], quota: 3 },
        { weights: [0, 1, 1], quota: 1 },
      ],
    );
    const result = pivotality(goal);
    // Winning: {GBR,FRA} (air from FRA), {GBR,FRA,TUR}. FRA is a veto player, GBR too.
    expect(result.minimalBlockingSets).toEqual([['GBR'], ['FRA']]);
    const [gbr, fra, tur] = result.players.map((p) => p.shapley);
    expect(gbr).toBeCloseTo(0.5, 12);
    expect(fra).toBeCloseTo(0.5, 12);
    expect(tur).toBe(0);
  });
});

describe('pivotality properties', () => {
  it('matches the definitions: weighted DP = enumeration = brute force', () => {
    fc.assert(
      fc.property(weightedGame, (goal) => {
        const brute = bruteForce(goal);
        const dp = pivotality(goal);
        const en = pivotality(opaque(goal));
        goal.players.forEach((_, i) => {
          expect(dp.players[i]!.shapley).toBeCloseTo(brute.shapley[i]!, 9);
          expect(en.players[i]!.shapley).toBeCloseTo(brute.shapley[i]!, 9);
          expect(dp.players[i]!.banzhaf).toBeCloseTo(brute.banzhaf[i]!, 9);
          expect(en.players[i]!.banzhaf).toBeCloseTo(brute.banzhaf[i]!, 9);
        });
        expect(dp.minimalBlockingSets).toEqual(en.minimalBlockingSets);
      }),
      { numRuns: 150 },
    );
  });

  it('is efficient: Shapley values sum to v(N) − v(∅)', () => {
    fc.assert(
      fc.property(weightedGame, (goal) => {
        const n = goal.players.length;
        const expected = goal.value(new Uint8Array(n).fill(1)) - goal.value(new Uint8Array(n));
        const sum = pivotality(goal).players.reduce((a, p) => a + p.shapley, 0);
        expect(sum).toBeCloseTo(expected, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('is symmetric and gives null players nothing', () => {
    fc.assert(
      fc.property(weightedGame, (goal) => {
        const weights = goal.weighted!.weights;
        const result = pivotality(goal);
        weights.forEach((wi, i) => {
          if (wi === 0) {
            expect(result.players[i]!.shapley).toBe(0);
            expect(result.players[i]!.banzhaf).toBe(0);
          }
          weights.forEach((wj, j) => {
            if (wi === wj) {
              expect(result.players[i]!.shapley).toBeCloseTo(result.players[j]!.shapley, 12);
              expect(result.players[i]!.banzhaf).toBeCloseTo(result.players[j]!.banzhaf, 12);
            }
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same minimal blocking sets by size search as by enumeration', () => {
    fc.assert(
      fc.property(weightedGame, (goal) => {
        const exact = pivotality(opaque(goal));
        const bySize = pivotality(opaque(goal), {
          forceMonteCarlo: true,
          maxBlockingSetSize: goal.players.length,
          maxSamples: 500,
        });
        expect(bySize.minimalBlockingSets).toEqual(exact.minimalBlockingSets);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps Monte Carlo estimates within their stated 95 % interval of the exact value', () => {
    let inside = 0;
    let total = 0;
    fc.assert(
      fc.property(weightedGame, fc.integer({ min: 1, max: 1e6 }), (goal, seed) => {
        const exact = pivotality(goal);
        const estimate = pivotality(goal, { forceMonteCarlo: true, seed, targetHalfWidth: 0.02 });
        expect(estimate.method).toBe('monte-carlo');
        goal.players.forEach((_, i) => {
          const e = estimate.players[i]!;
          const x = exact.players[i]!;
          for (const [value, half, truth] of [
            [e.shapley, e.shapleyHalfWidth, x.shapley],
            [e.banzhaf, e.banzhafHalfWidth, x.banzhaf],
          ] as const) {
            total++;
            if (Math.abs(value - truth) <= half + 1e-12) inside++;
            // 3.5 half-widths is about 6.9 standard errors: never expected to be exceeded.
            expect(Math.abs(value - truth)).toBeLessThanOrEqual(3.5 * half + 1e-12);
          }
        });
      }),
      { numRuns: 40, seed: 7 },
    );
    expect(inside / total).toBeGreaterThan(0.85);
  });

  it('estimates 35 parties to ±1 pp, agreeing with the exact weighted DP', () => {
    const weights = Array.from({ length: 35 }, (_, i) => 1 + ((i * 7919) % 23));
    const total = weights.reduce((a, b) => a + b, 0);
    const goal = weightedGoal(names(35), weights, Math.ceil(total * 0.6));
    const exact = pivotality(goal);
    const estimate = pivotality(goal, { forceMonteCarlo: true, seed: 3 });
    expect(exact.method).toBe('exact-weighted');
    for (const [i, e] of estimate.players.entries()) {
      expect(e.shapleyHalfWidth).toBeLessThanOrEqual(0.01);
      expect(Math.abs(e.shapley - exact.players[i]!.shapley)).toBeLessThanOrEqual(0.02);
    }
    expect(exact.players.reduce((a, p) => a + p.shapley, 0)).toBeCloseTo(1, 9);
  });
});
